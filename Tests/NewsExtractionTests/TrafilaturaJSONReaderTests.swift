import Testing

@testable import NewsExtraction

@Suite struct TrafilaturaJSONReaderTests {
    static let article = """
        {"title": "Last troops leave", "author": "Sergei Varlamov", "hostname": "atlasnews.example",
         "date": "2022-01-19", "fingerprint": "caa3", "id": null, "license": null, "comments": "",
         "raw_text": "x", "text": "ALMATY, Jan 19 (Atlas News) - The last troops left.\\nThe ministry said so.",
         "language": "en", "source": "https://atlasnews.example/world/last-troops",
         "source-hostname": "Atlas News", "excerpt": "Gone.", "categories": "World;Asia", "tags": "CSTO"}
        """

    @Test func trafilaturaFieldsMapToTheMetadata() throws {
        let document = try ReaderTestSupport.read(Self.article, fileName: "a.json")
        #expect(document.format == .json)
        #expect(document.metadata.title == "Last troops leave")
        #expect(document.metadata.author == "Sergei Varlamov")
        #expect(document.metadata.url == "https://atlasnews.example/world/last-troops")
        #expect(document.metadata.source == "Atlas News")
        #expect(document.metadata.published == Day(iso: "2022-01-19"))
        #expect(document.text == "ALMATY, Jan 19 (Atlas News) - The last troops left.\n\nThe ministry said so.")
        #expect(document.dateline?.agency == "Atlas News")
    }

    @Test func anExplicitURLWinsOverTheSource() throws {
        let document = try ReaderTestSupport.read(
            #"{"url": "https://a.example/x", "source": "https://b.example/y", "hostname": "a.example", "text": "T."}"#
        )
        #expect(document.metadata.url == "https://a.example/x")
        #expect(document.metadata.source == "a.example")
    }

    @Test(arguments: [
        ("[1, 2]", "not a JSON object"),
        (#"{"title": "No body"}"#, "no \"text\" field"),
        (#"{"title": "#, "not valid JSON"),
    ])
    func malformedJSONIsRefusedWithAOneLineReason(content: String, expected: String) {
        #expect {
            try ReaderTestSupport.read(content, fileName: "a.json", format: .json)
        } throws: { error in
            (error as? ArticleReadError)?.message.contains(expected) == true
        }
    }

    @Test func ndjsonReportsEachLineOnItsOwn() {
        let lines = [
            #"{"title": "One", "date": "2022-01-05", "text": "First article."}"#,
            "",
            "[1]",
            #"{"title": "Three", "text": "Third article."}"#,
            "{broken",
            #"{"title": "No text"}"#,
        ]
        var results: [(Int, Result<Document, ArticleReadError>)] = []
        ArticleReader.readLines(Array(lines.joined(separator: "\n").utf8), fileName: "a.ndjson") { number, result in
            results.append((number, result))
        }
        #expect(results.map(\.0) == [1, 3, 4, 5, 6])
        #expect((try? results[0].1.get())?.metadata.published == Day(iso: "2022-01-05"))
        #expect((try? results[2].1.get())?.text == "Third article.")
        let messages = results.compactMap { _, result -> String? in
            if case .failure(let error) = result { return error.message }
            return nil
        }
        #expect(messages.count == 3)
        #expect(messages[0].hasPrefix("line 3: not a JSON object"))
        #expect(messages[1].hasPrefix("line 5: not valid JSON"))
        #expect(messages[2].hasPrefix("line 6: the JSON article has no \"text\" field"))
    }

    @Test func readingNDJSONWholeAsksForLineByLineReading() {
        let bytes = Array("{\"text\": \"a\"}\n{\"text\": \"b\"}\n".utf8)
        #expect {
            try ArticleReader.read(bytes, fileName: "a.ndjson")
        } throws: { error in
            (error as? ArticleReadError)?.message.contains("2 JSON articles") == true
        }
    }

    @Test func anEmptyNDJSONFileIsOneFailure() {
        var messages: [String] = []
        ArticleReader.readLines([], fileName: "a.ndjson") { _, result in
            if case .failure(let error) = result { messages.append(error.message) }
        }
        #expect(messages.count == 1)
        #expect(messages.first?.contains("empty") == true)
    }
}
