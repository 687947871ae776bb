import Foundation
import Testing

@testable import NewsExtraction

@Suite struct ArticleReaderTests {
    @Test(
        arguments: [
            ("<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt", InputFormat.html),
            ("  <html lang=\"en\"><p>x</p></html>", nil, .html),
            ("<p>Short fragment</p>", "fragment.html", .html),
            ("{\"title\": \"t\", \"text\": \"x\"}", "article.txt", .json),
            ("{\n  \"title\": \"t\",\n  \"text\": \"x\"\n}\n", nil, .json),
            ("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "articles.json", .ndjson),
            ("{\"text\": \"a\"}\n", "articles.jsonl", .ndjson),
            ("---\ntitle: T\n---\nBody.", "article.md", .text),
            ("By Staff Reporter, January 7, 2022\nBody.", "article.html", .text),
            ("Plain prose.", nil, .text),
            ("{Braced} prose that is not JSON.", "note.txt", .text),
        ] as [(String, String?, InputFormat)]
    )
    func detectsTheFormatFromTheContentFirst(content: String, fileName: String?, expected: InputFormat) {
        #expect(ArticleReader.detectFormat(Array(content.utf8), fileName: fileName) == expected)
    }

    @Test func aForcedFormatWinsOverSniffing() throws {
        let document = try ReaderTestSupport.read("<p>Not markup, says the caller.</p>", format: .text)
        #expect(document.format == .text)
        #expect(document.text == "<p>Not markup, says the caller.</p>")
    }

    @Test(
        arguments: [
            ([UInt8](), "the file is empty"),
            (Array("  \n\t \r\n ".utf8), "the file is empty"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "looks like a binary file"),
            ((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 128) | 0x80 }, "looks like a binary file"),
        ] as [([UInt8], String)]
    )
    func emptyAndBinaryInputIsRefusedWithAOneLineReason(bytes: [UInt8], expected: String) {
        for format in [nil, InputFormat.text, .html, .json] {
            #expect {
                try ArticleReader.read(bytes, fileName: "article.txt", format: format)
            } throws: { error in
                let message = (error as? ArticleReadError)?.message ?? ""
                return message.contains(expected) && !message.contains("\n")
            }
        }
    }

    @Test func invalidUTF8IsReplacedNotRefused() throws {
        var bytes = Array("By Staff Reporter, January 7, 2022\nCaf".utf8)
        bytes += [0xE9, 0xFF]
        bytes += Array(" owners said the protest was peaceful.".utf8)
        let document = try ArticleReader.read(bytes, fileName: "article.txt")
        #expect(document.text == "Caf\u{FFFD}\u{FFFD} owners said the protest was peaceful.")
        #expect(document.metadata.published == Day(iso: "2022-01-07"))
    }

    @Test func windowsLineEndsAndAByteOrderMarkAreNormalised() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("By Staff, May 5, 2021\r\nFirst.\r\n\r\nSecond.\r\n".utf8)
        let document = try ArticleReader.read(bytes, fileName: "a.txt")
        #expect(document.text == "First.\n\nSecond.")
        #expect(document.metadata.author == "Staff")
    }

    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "By Staff, May 5, 2021\nThe march went ahead.".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let document = try ArticleReader.read(bytes, fileName: "a.txt")
        #expect(document.text == "The march went ahead.")
    }

    @Test(arguments: [
        ("---\ntitle: Only a header\npublished: 2022-01-07\n---\n\n", "a.md", "no text after its header"),
        ("By Staff Reporter, January 7, 2022\n", "a.txt", "no text after its header"),
        ("<html><body><script>var x = 1;</script></body></html>", "a.html", "no article text"),
        ("{\"text\": \"   \"}", "a.json", "\"text\""),
    ])
    func articlesWithoutBodyTextAreRefused(content: String, fileName: String, expected: String) {
        #expect {
            try ReaderTestSupport.read(content, fileName: fileName)
        } throws: { error in
            (error as? ArticleReadError)?.message.contains(expected) == true
        }
    }

    @Test func utf16WithoutAByteOrderMarkIsDecoded() throws {
        var bytes: [UInt8] = []
        for unit in "By Staff, May 5, 2021\nThe march went ahead.".utf16 {
            bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let document = try ArticleReader.read(bytes, fileName: "a.txt")
        #expect(document.text == "The march went ahead.")
    }

    @Test func aFileWithoutADateReadsWithNoPublicationDate() throws {
        let document = try ReaderTestSupport.read(
            "Protesters gathered in the square.\nPolice watched.",
            fileName: "a.txt"
        )
        #expect(document.metadata.published == nil)
        #expect(document.passages.count == 2)
    }

    @Test func passagesCoverTheParagraphsAndPointIntoTheText() throws {
        let document = try ReaderTestSupport.read("By A, June 6, 2019\nOne.\n\n\nTwo two.\nThree.", fileName: "a.txt")
        #expect(document.text == "One.\n\nTwo two.\n\nThree.")
        #expect(document.passages.map(\.range) == [0..<4, 6..<14, 16..<22])
        #expect(ReaderTestSupport.texts(of: document) == ["One.", "Two two.", "Three."])
    }
}

/// Helpers shared by the reader tests.
enum ReaderTestSupport {
    /// The package root, found from this file's path (`Tests/NewsExtractionTests/...`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` beside the package, when the development corpus is there.
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    /// The seed article, which the project must not copy: read in place when present.
    static let seed = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seed/worldtribune-2022-01-07-kazakhstan.txt")

    static var hasCorpus: Bool {
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent("gold").path)
    }
    static var hasSeed: Bool { FileManager.default.fileExists(atPath: seed.path) }

    /// The corpus articles (not the gold files or the README).
    static func corpusArticles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return
            names
            .filter { $0 != "README.md" && ["txt", "md", "html", "json"].contains(($0 as NSString).pathExtension) }
            .sorted()
            .map { corpus.appendingPathComponent($0) }
    }

    static func read(_ text: String, fileName: String? = nil, format: InputFormat? = nil) throws -> Document {
        try ArticleReader.read(Array(text.utf8), fileName: fileName, format: format)
    }

    static func read(_ url: URL) throws -> Document {
        let data = try Data(contentsOf: url)
        return try ArticleReader.read([UInt8](data), fileName: url.lastPathComponent)
    }

    /// The text of each passage, in order.
    static func texts(of document: Document) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        return document.passages.map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    /// The passages of one kind, with their text.
    static func passages(_ kind: PassageKind, of document: Document) -> [(passage: Passage, text: String)] {
        zip(document.passages, texts(of: document)).filter { $0.0.kind == kind }.map { ($0.0, $0.1) }
    }

    /// The text a dateline covers.
    static func datelineText(of document: Document) -> String? {
        guard let range = document.dateline?.range else { return nil }
        return String(String.UnicodeScalarView(Array(document.text.unicodeScalars)[range]))
    }
}
