import Testing

@testable import NewsExtraction

/// Large and hostile inputs read in linear time and without crashing (no timing assertions: finishing and
/// being right is the test).
@Suite struct ReaderRobustnessTests {
    @Test func aTwentyMegabyteArticleReads() throws {
        let paragraph = "Protesters marched through the capital on Tuesday, and police said 12 people were detained.\n"
        let count = 20_000_000 / paragraph.utf8.count
        let text = "By Staff, January 7, 2022\n" + String(repeating: paragraph, count: count)
        let document = try ReaderTestSupport.read(text, fileName: "big.txt")
        #expect(document.passages.count == count)
        #expect(document.metadata.published == Day(iso: "2022-01-07"))
    }

    @Test(arguments: ["big.txt", "big.md"])
    func aMegabyteLineWithoutSpacesReads(fileName: String) throws {
        let line = String(repeating: "x*[_(", count: 200_000)
        let document = try ReaderTestSupport.read("By Staff, January 7, 2022\n" + line, fileName: fileName)
        #expect(document.passages.count == 1)
        #expect(document.text.unicodeScalars.count > 500_000)
    }

    @Test func aMegabyteLineReadsAsHTMLAndJSON() throws {
        let word = String(repeating: "a", count: 1_000_000)
        let html = try ReaderTestSupport.read("<html><body><p>\(word)</p></body></html>")
        #expect(html.text.count == 1_000_000)
        let json = try ReaderTestSupport.read("{\"text\": \"\(word)\"}")
        #expect(json.text.count == 1_000_000)
    }

    @Test func aLargeHTMLPageReads() throws {
        let paragraph = "<p>Police said &#8220;dozens&#8221; were detained in <b>Almaty</b> on Thursday.</p>\n"
        let page = "<html><body><article>" + String(repeating: paragraph, count: 100_000) + "</article></body></html>"
        let document = try ReaderTestSupport.read(page, fileName: "big.html")
        #expect(document.passages.count == 100_000)
    }

    @Test func aLongNDJSONFeedIsReadLineByLine() {
        let line = #"{"title": "T", "date": "2022-01-07", "text": "Police detained 12 people.\nTalks resumed."}"#
        let bytes = Array(String(repeating: line + "\n", count: 5000).utf8)
        var count = 0
        var failures = 0
        ArticleReader.readLines(bytes, fileName: "feed.ndjson") { _, result in
            count += 1
            if case .failure = result { failures += 1 }
        }
        #expect(count == 5000)
        #expect(failures == 0)
    }

    @Test func manySignatureLikeLinesStayLinear() throws {
        let lines = (0..<20_000).map { "Line \($0) of a long feed" } + ["\u{2014} A (@a) January 1, 2022"]
        let document = try ReaderTestSupport.read(lines.joined(separator: "\n"), fileName: "feed.txt")
        #expect(document.passages.count >= 20_000 - 50)
    }
}
