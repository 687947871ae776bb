import Foundation

/// Reads article bytes in any supported format into documents.
///
/// The format is sniffed from the content (an HTML tag, a JSON object, one JSON object per line, or text
/// with or without YAML front matter); the file name's extension only settles what the content leaves open,
/// and `format:` forces one. The reader does no file I/O: the caller hands it bytes and the file name.
///
/// For example:
/// ```swift
/// let document = try ArticleReader.read(Array(contents), fileName: "article.html")
/// document.metadata.published?.iso  // "2022-01-06"
/// ```
public enum ArticleReader {
    /// Guesses the format from the content, with the file name's extension as a hint.
    ///
    /// For example:
    /// ```swift
    /// ArticleReader.detectFormat(Array("<!DOCTYPE html><html>...".utf8), fileName: nil)  // .html
    /// ArticleReader.detectFormat(Array("{\"text\": \"...\"}".utf8), fileName: "a.json")  // .json
    /// ```
    public static func detectFormat(_ bytes: [UInt8], fileName: String?) -> InputFormat {
        let hint = formatHint(fileName)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, isASCIISpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return hint ?? .text }
        switch bytes[index] {
        case UInt8(ascii: "<"):
            if hint == .html || looksLikeMarkup(bytes, from: index) { return .html }
            return hint ?? .text
        case UInt8(ascii: "{"):
            if hint == .ndjson { return .ndjson }
            // A JSON file ends with "}" too; prose that merely opens with a brace falls back to the extension.
            guard bytes.last(where: { !isASCIISpace($0) }) == UInt8(ascii: "}") else { return hint ?? .json }
            return looksLikeJSONLines(bytes, from: index) ? .ndjson : .json
        case UInt8(ascii: "["):
            return hint ?? .json
        default:
            // Front matter, bylines and prose are all text; an HTML or JSON extension on them is a mistake.
            return .text
        }
    }

    /// Reads one article. NDJSON input is read with `readLines(_:fileName:_:)` instead; given to `read`, an
    /// NDJSON file with a single article reads as that article.
    ///
    /// - throws: An `ArticleReadError` when the bytes hold no article (empty, binary, malformed).
    public static func read(_ bytes: [UInt8], fileName: String?, format: InputFormat? = nil) throws -> Document {
        let format = format ?? detectFormat(bytes, fileName: fileName)
        let text = try format == .html ? TextDecoding.decodeHTML(bytes) : TextDecoding.decode(bytes)
        switch format {
        case .text:
            return try PlainTextReader.read(text, markdown: isMarkdown(fileName, text: text))
        case .html:
            return try HTMLReader.read(text)
        case .json:
            return try TrafilaturaJSONReader.read(text)
        case .ndjson:
            // Counted before any line is parsed, so a large file is refused without building its articles.
            let count = bytes.split(separator: UInt8(ascii: "\n")).count { !$0.allSatisfy(isASCIISpace) }
            if count > 1 {
                throw ArticleReadError(
                    "the file holds \(count) JSON articles, one per line (NDJSON): read it line by line"
                )
            }
            var outcome: Result<Document, ArticleReadError> = .failure(.whitespaceOnly)
            readLines(bytes, fileName: fileName) { _, result in outcome = result }
            return try outcome.get()
        }
    }

    /// Reads NDJSON: calls `body` once per non-blank line with its 1-based line number and the document or
    /// the error for that line, so that one bad line does not stop the others.
    ///
    /// Lines are parsed one at a time as the bytes are scanned, so memory holds one article at a time.
    /// An empty or binary file gives one failure, for line 1.
    public static func readLines(
        _ bytes: [UInt8],
        fileName: String?,
        _ body: (Int, Result<Document, ArticleReadError>) throws -> Void
    ) rethrows {
        if bytes.allSatisfy(isASCIISpace) {
            try body(1, .failure(bytes.isEmpty ? .empty : .whitespaceOnly))
            return
        }
        var lineNumber = 0
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            guard !line.allSatisfy(isASCIISpace) else { continue }
            try body(lineNumber, readLine(line, number: lineNumber))
        }
    }

    private static func readLine(_ line: ArraySlice<UInt8>, number: Int) -> Result<Document, ArticleReadError> {
        let prefix = "line \(number): "
        if line.contains(0) {
            return .failure(ArticleReadError("\(prefix)holds binary data (NUL bytes), not a JSON article"))
        }
        let text = String(decoding: line, as: UTF8.self)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            return .failure(ArticleReadError("\(prefix)not valid JSON: write one article object per line"))
        }
        do {
            return .success(try TrafilaturaJSONReader.document(from: object, linePrefix: prefix))
        } catch {
            return .failure(error)
        }
    }

    private static func formatHint(_ fileName: String?) -> InputFormat? {
        switch fileExtension(fileName) {
        case "html", "htm", "xhtml", "shtml": .html
        case "json": .json
        case "ndjson", "jsonl": .ndjson
        case "txt", "text", "md", "markdown", "mdown", "mkd": .text
        default: nil
        }
    }

    /// Markdown by extension; without a telling extension (stdin, `.text`), by a heading line (`# `, `## `)
    /// or a link (`](http`) near the start.
    private static func isMarkdown(_ fileName: String?, text: String) -> Bool {
        let ext = fileExtension(fileName)
        if ["md", "markdown", "mdown", "mkd"].contains(ext) { return true }
        if ext == "txt" { return false }
        let head = text.utf8.prefix(65_536)
        let sample = String(decoding: head, as: UTF8.self)
        if sample.contains("](http") { return true }
        return sample.lines.contains { $0.hasPrefix("# ") || $0.hasPrefix("## ") }
    }

    private static func fileExtension(_ fileName: String?) -> String {
        guard let fileName, let dot = fileName.lastIndex(of: ".") else { return "" }
        let ext = fileName[fileName.index(after: dot)...]
        return ext.contains("/") ? "" : ext.lowercased()
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12
    }

    /// `<!DOCTYPE html`, `<html`, `<head`, `<body`, `<meta`, `<article`, `<div`, `<p>`, `<!--`.
    private static func looksLikeMarkup(_ bytes: [UInt8], from index: Int) -> Bool {
        let head = String(decoding: bytes[index..<min(bytes.count, index + 64)], as: UTF8.self).lowercased()
        let starts = [
            "<!doctype", "<html", "<head", "<body", "<meta", "<article", "<div", "<p>", "<p ", "<!--", "<title",
        ]
        return starts.contains { head.hasPrefix($0) }
    }

    /// Two or more non-blank lines that each start with `{` and end with `}`, where the first line alone is
    /// a JSON object: a pretty-printed single object fails the second test.
    private static func looksLikeJSONLines(_ bytes: [UInt8], from index: Int) -> Bool {
        var objectLines: [ArraySlice<UInt8>] = []
        var start = index
        while start < bytes.count, objectLines.count < 3 {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[start..<end]
            start = end + 1
            guard let first = line.firstIndex(where: { !isASCIISpace($0) }) else { continue }
            let last = line.lastIndex(where: { !isASCIISpace($0) })!
            guard line[first] == UInt8(ascii: "{"), line[last] == UInt8(ascii: "}") else { return false }
            objectLines.append(line[first...last])
        }
        // Parsed last, and only the first line, so that one large single-line object is not parsed here.
        guard objectLines.count >= 2, let first = objectLines.first else { return false }
        return (try? JSONSerialization.jsonObject(with: Data(first))) is [String: Any]
    }
}

/// Bytes that hold no readable article.
public struct ArticleReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A one-line explanation that says how to fix the input ("the file is empty", "line 3 is not JSON: ...").
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
