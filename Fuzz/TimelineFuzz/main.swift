import Foundation
import NewsExtraction

// libFuzzer harness over the input readers and the extractor (`make fuzz`; the README's Reliability section has
// the latest run). Built with `swift build --sanitize=fuzzer --sanitize=address`, this file has no top-level
// code of its own: libFuzzer's `main` calls `LLVMFuzzerTestOneInput` once per generated input. Which stage is
// fuzzed comes from TIMELINE_FUZZ_TARGET:
//
// - text, frontmatter, html, json: `ArticleReader.read` with the format forced (front matter as a `.md` file);
// - ndjson: `ArticleReader.readLines`, every line;
// - extract (the default): the format detected from the bytes, then `NewsExtractor.extract` over the document.
//
// Readers may refuse an input with an `ArticleReadError`; that is the expected outcome for most random bytes. What
// the fuzzer looks for is a crash, a trap (overflow, index out of range), a sanitizer report or a hang.

/// The stage under test, read once.
private let fuzzTarget = ProcessInfo.processInfo.environment["TIMELINE_FUZZ_TARGET"] ?? "extract"

/// Built once: the built-in dictionaries are large.
private let fuzzExtractor = NewsExtractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func timelineFuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    switch fuzzTarget {
    case "text":
        _ = try? ArticleReader.read(bytes, fileName: "fuzz.txt", format: .text)
    case "frontmatter":
        _ = try? ArticleReader.read(bytes, fileName: "fuzz.md", format: .text)
    case "html":
        _ = try? ArticleReader.read(bytes, fileName: "fuzz.html", format: .html)
    case "json":
        _ = try? ArticleReader.read(bytes, fileName: "fuzz.json", format: .json)
    case "ndjson":
        ArticleReader.readLines(bytes, fileName: "fuzz.ndjson") { _, _ in }
    default:
        if let document = try? ArticleReader.read(bytes, fileName: nil) {
            _ = fuzzExtractor.extract(document)
        }
    }
    return 0
}
