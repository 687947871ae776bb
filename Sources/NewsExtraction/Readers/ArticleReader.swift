/// Reads article bytes in any supported format into documents. (Owned by the readers work.)
///
/// For example:
/// ```swift
/// let document = try ArticleReader.read(Array(contents), fileName: "article.html")
/// ```
public enum ArticleReader {
    /// Guesses the format from the content, with the file name's extension as a hint.
    public static func detectFormat(_ bytes: [UInt8], fileName: String?) -> InputFormat {
        .text
    }

    /// Reads one article. NDJSON input is read with `readLines(_:fileName:_:)` instead.
    ///
    /// - throws: An `ArticleReadError` when the bytes hold no article (empty, binary, malformed).
    public static func read(_ bytes: [UInt8], fileName: String?, format: InputFormat? = nil) throws -> Document {
        let text = String(decoding: bytes, as: UTF8.self)
        let scalars = text.unicodeScalars.count
        return Document(
            metadata: ArticleMetadata(),
            text: text,
            passages: [Passage(kind: .body, range: 0..<scalars)],
            format: .text
        )
    }

    /// Reads NDJSON: calls `body` once per non-blank line with its 1-based line number and the document or
    /// the error for that line, so that one bad line does not stop the others.
    public static func readLines(
        _ bytes: [UInt8],
        fileName: String?,
        _ body: (Int, Result<Document, ArticleReadError>) throws -> Void
    ) rethrows {}
}

/// Bytes that hold no readable article.
public struct ArticleReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A one-line explanation that says how to fix the input ("the file is empty", "line 3 is not JSON: ...").
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
