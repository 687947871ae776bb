import Foundation
import Testing

@testable import NewsExtraction

/// Replays every file of `Fuzz/Regressions/` through each reader and the extractor, the stages the libFuzzer harness
/// (`Fuzz/TimelineFuzz`) drives: each input that once crashed, trapped or hung, and the hostile shapes the harness
/// was seeded with, must end with a document or a reader error, never a crash (issue 7).
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    static let extractor = NewsExtractor()

    @Test func theRegressionFolderIsNotEmpty() {
        #expect(Self.files.count >= 5)
    }

    @Test(arguments: files)
    func replaysThroughEveryStage(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        for (fileName, format) in [
            ("fuzz.txt", InputFormat.text), ("fuzz.md", .text), ("fuzz.html", .html), ("fuzz.json", .json),
        ] {
            if let document = try? ArticleReader.read(bytes, fileName: fileName, format: format) {
                _ = Self.extractor.extract(document)
            }
        }
        var lines = 0
        ArticleReader.readLines(bytes, fileName: "fuzz.ndjson") { _, result in
            lines += 1
            if case .success(let document) = result { _ = Self.extractor.extract(document) }
        }
        #expect(lines >= 1)
        if let document = try? ArticleReader.read(bytes, fileName: name) {
            let extraction = Self.extractor.extract(document)
            // Every quote still points into the document's text.
            let scalars = Array(document.text.unicodeScalars)
            for event in extraction.events {
                #expect(event.start >= 0 && event.start <= event.end && event.end <= scalars.count)
            }
        }
    }
}
