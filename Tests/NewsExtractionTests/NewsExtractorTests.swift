import Testing

@testable import NewsExtraction

@Suite struct NewsExtractorTests {
    func document(_ paragraphs: [(String, PassageKind, Day?)], published: String? = "2022-01-07") -> Document {
        var text = ""
        var passages: [Passage] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { text += "\n\n" }
            let start = text.unicodeScalars.count
            text += paragraph.0
            passages.append(
                Passage(kind: paragraph.1, range: start..<text.unicodeScalars.count, anchor: paragraph.2)
            )
        }
        return Document(
            metadata: ArticleMetadata(
                title: "Title",
                url: "https://example.test/a",
                published: published.flatMap { Day(iso: $0) }
            ),
            text: text,
            passages: passages,
            format: .text
        )
    }

    @Test func fillsTheArticleFromTheMetadata() {
        let extraction = NewsExtractor().extract(document([("Nothing happened.", .body, nil)]))
        #expect(extraction.article.title == "Title")
        #expect(extraction.article.url == "https://example.test/a")
        #expect(extraction.article.published?.iso == "2022-01-07")
    }

    @Test func relativeDatesInAPostCountFromThePostDate() throws {
        let extraction = NewsExtractor().extract(
            document([
                ("Troops arrived.", .body, nil),
                ("The aftermath of yesterday\u{2019}s protests in the city.", .embeddedPost, Day(iso: "2022-01-06")),
            ])
        )
        let protest = try #require(extraction.events.first { $0.type == .protest })
        #expect(protest.date?.iso == "2022-01-05")
        #expect(protest.dateBasis == .text)
    }

    @Test func undatedNewsInALiveEntryTakesTheEntryTimestamp() throws {
        let extraction = NewsExtractor().extract(
            document(
                [("Protesters have stormed the city hall.", .liveEntry, Day(iso: "2022-01-05"))],
                published: "2022-01-04"
            )
        )
        let riot = try #require(extraction.events.first)
        #expect(riot.date?.iso == "2022-01-05")
        #expect(riot.dateBasis == .publication)
    }

    @Test func relativeChainsFollowTheBody() throws {
        let extraction = NewsExtractor().extract(
            document([
                ("The protests began on Sunday in the west.", .body, nil),
                ("Two days later they had spread to the capital in a wave of protests.", .body, nil),
            ])
        )
        #expect(extraction.events.map { $0.date?.iso } == ["2022-01-02", "2022-01-04"])
    }

    @Test func theDatelineDayAnchorsButDoesNotDate() throws {
        let text = "ALMATY, Jan 4 (Wire) - Police detained dozens of protesters. Crowds rallied yesterday."
        var doc = document([(text, .body, nil)], published: "2022-01-05")
        doc.dateline = Dateline(place: "ALMATY", day: Day(iso: "2022-01-04"), agency: "Wire", range: 0..<23)
        let extraction = NewsExtractor().extract(doc)
        let arrest = try #require(extraction.events.first { $0.type == .arrest })
        #expect(arrest.date?.iso == "2022-01-04")
        #expect(arrest.dateBasis == .publication)
        #expect(extraction.events.first { $0.type == .protest }?.date?.iso == "2022-01-03")
    }

    @Test func aDayAfterAClauseDatesTheClause() throws {
        let extraction = NewsExtractor().extract(
            document([
                (
                    "The first troops arrived on Thursday, a day after the president asked the alliance for help.",
                    .body, nil
                )
            ])
        )
        let request = try #require(extraction.events.first { $0.type == .request })
        #expect(request.date?.iso == "2022-01-05")
        #expect(request.dateBasis == .text)
    }

    @Test func theFirstDayOfTheStrikeIsTheDayItBegan() throws {
        let extraction = NewsExtractor().extract(
            document(
                [
                    ("The national strike began on April 28 against a tax reform.", .body, nil),
                    ("On the first day of the strike, police fired tear gas at marchers.", .body, nil),
                ],
                published: "2021-05-05"
            )
        )
        let crackdown = try #require(extraction.events.first { $0.type == .crackdown })
        #expect(crackdown.date?.iso == "2021-04-28")
        #expect(crackdown.dateBasis == .text)
    }

    /// `onset(of:in:)` rules windows out by their ASCII letters before splitting them into words; it must agree
    /// with the split alone, whatever the case, the letters around the verb or the scalars before it.
    @Test func theOnsetPreCheckAgreesWithSplittingTheWords() throws {
        func plainOnset(_ mention: TimeMention, _ scalars: [Unicode.Scalar]) -> Day? {
            guard let day = mention.value.exactDay else { return nil }
            let before = Array(scalars.prefix(mention.range.lowerBound).suffix(24))
            let words = ScalarText.string(before[...]).lowercased().split { !$0.isLetter }
            return words.suffix(3).contains { ["began", "started", "erupted", "begun"].contains($0) } ? day : nil
        }
        let day = try #require(Day(iso: "2022-01-05"))
        let pieces = [
            "began", "BEGAN", "Started", "erupted", "begun", "rebegan", "begunned", "\u{212A}", "\u{C9}", "b\u{E9}gan",
            " ", ", ", "on", "the strike", "\u{1F600}", "-", "e\u{301}rupted", "\u{130}",
        ]
        var checked = 0
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let scalars = Array((first + second + third + " on ").unicodeScalars)
                    for offset in [scalars.count, scalars.count - 4, max(0, scalars.count - 9)] {
                        let mention = TimeMention(
                            value: DateValue(day),
                            to: nil,
                            range: offset..<scalars.count,
                            surface: "",
                            isRelative: false
                        )
                        #expect(NewsExtractor.onset(of: mention, in: scalars) == plainOnset(mention, scalars))
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 3 * pieces.count * pieces.count * pieces.count)
    }

    @Test func quotesPointIntoTheText() {
        let doc = document([
            ("Preamble.", .body, nil), ("Police detained dozens of protesters on Thursday.", .body, nil),
        ])
        let extraction = NewsExtractor().extract(doc)
        let scalars = Array(doc.text.unicodeScalars)
        #expect(!extraction.events.isEmpty)
        for event in extraction.events {
            #expect(String(String.UnicodeScalarView(scalars[event.start..<event.end])) == event.quote)
        }
    }

    @Test func namesGivenInOnePassageResolveInAnother() throws {
        let extraction = NewsExtractor().extract(
            document([
                ("Varga said on Thursday that the curfew would stay.", .body, nil),
                ("President Tomas Varga addressed the nation in Almaty on Wednesday.", .body, nil),
                ("Shops stayed closed.", .body, nil),
                ("Varga told reporters on Friday that talks had failed.", .body, nil),
            ])
        )
        let varga = try #require(extraction.actors.first { $0.name == "Tomas Varga" })
        #expect(Set(varga.mentions) == ["Varga", "Tomas Varga"])
        let statements = extraction.events.filter { $0.type == .statement }
        #expect(statements.map(\.date?.iso) == ["2022-01-06", "2022-01-07"])
        #expect(statements.allSatisfy { $0.actors.first == "Tomas Varga" })
    }

    @Test func extractionAgreesWithTheAnalysisOfSentencesInMemory() {
        let doc = document([
            ("Kazakhstan's interior ministry said on Thursday that 26 protesters were killed.", .body, nil),
            ("The ministry said Tokayev had asked the CSTO for help.", .body, nil),
            ("Kassym-Jomart Tokayev spoke in Almaty.", .body, nil),
        ])
        let sentences = Segmenter.sentences(in: doc)
        let analysis = ActorResolver(knowledge: .builtIn).analyze(doc, sentences: sentences)
        let extraction = NewsExtractor().extract(doc)
        #expect(extraction.actors == analysis.actors)
        let contexts = NewsExtractor.contexts(
            of: sentences,
            in: doc,
            actors: analysis.mentions,
            places: analysis.places
        )
        let defaultLocation = NewsExtractor.mainPlace(contexts.flatMap(\.places))
        #expect(extraction.events == EventBuilder().events(in: contexts, defaultLocation: defaultLocation))
    }

    @Test func isDeterministic() {
        let doc = document([
            ("Protests spread on Tuesday. Police fired tear gas. The government resigned on Wednesday.", .body, nil)
        ])
        #expect(NewsExtractor().extract(doc) == NewsExtractor().extract(doc))
    }

    /// A 20 MB article goes through the extraction stages this module owns (sentences, dates, events); the whole
    /// extractor reads a 1 MB article and a 1 MB line without spaces. Nothing is timed: the test fails only if
    /// the work does not finish.
    @Test func survivesHugeDocuments() {
        func body(_ text: String) -> Document {
            Document(
                metadata: ArticleMetadata(published: Day(iso: "2022-01-07")),
                text: text,
                passages: [Passage(kind: .body, range: 0..<text.unicodeScalars.count)],
                format: .text
            )
        }
        let paragraph = String(repeating: "Police detained 20 people on Jan. 5 in the city. ", count: 2_000)
        let huge = body(Array(repeating: paragraph, count: 200).joined(separator: "\n\n"))
        let sentences = Segmenter.sentences(in: huge)
        #expect(sentences.count == 400_000)
        let contexts = NewsExtractor.contexts(of: sentences, in: huge, actors: [], places: [])
        #expect(EventBuilder().events(in: contexts, defaultLocation: nil).count == 1)

        let article = body(Array(repeating: paragraph, count: 10).joined(separator: "\n\n"))
        #expect(NewsExtractor().extract(article).events.count == 1)
        #expect(NewsExtractor().extract(body(String(repeating: "x", count: 1_000_000))).events.isEmpty)
    }
}
