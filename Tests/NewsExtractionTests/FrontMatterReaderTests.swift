import Testing

@testable import NewsExtraction

@Suite struct FrontMatterReaderTests {
    @Test func frontMatterGivesTheMetadataAndStaysOutOfTheText() throws {
        let document = try ReaderTestSupport.read(
            """
            ---
            title: "Opinion: Kazakhstan's bloody January: what next?"
            url: https://steppereview.example/opinion/2022/02/10/x
            source: steppereview.example
            author: [Ann Lee, Bo Chen]
            published: 2022-02-10
            ---
            When Nazarbayev resigned in March 2019, the handover was praised.
            """,
            fileName: "opinion.txt"
        )
        #expect(document.metadata.title == "Opinion: Kazakhstan's bloody January: what next?")
        #expect(document.metadata.url == "https://steppereview.example/opinion/2022/02/10/x")
        #expect(document.metadata.source == "steppereview.example")
        #expect(document.metadata.author == "Ann Lee and Bo Chen")
        #expect(document.metadata.published == Day(iso: "2022-02-10"))
        #expect(document.text == "When Nazarbayev resigned in March 2019, the handover was praised.")
    }

    @Test(arguments: [
        ("2022-01-08", "2022-01-08"),
        ("2022-01-08T23:30:00-05:00", "2022-01-08"),
        ("2022-01-08 10:00:00", "2022-01-08"),
        ("\"January 8, 2022\"", "2022-01-08"),
        ("Jan 8, 2022", "2022-01-08"),
    ])
    func thePublicationDateMayBeADateOrATimestamp(value: String, expected: String) throws {
        let document = try ReaderTestSupport.read("---\npublished: \(value)\n---\nText.", fileName: "a.md")
        #expect(document.metadata.published == Day(iso: expected))
    }

    @Test func anUnquotedTitleWithAColonStillKeepsTheOtherFields() throws {
        let document = try ReaderTestSupport.read(
            "---\ntitle: Opinion: the myth: ended\npublished: 2022-02-10\n---\nText.",
            fileName: "a.md"
        )
        #expect(document.metadata.published == Day(iso: "2022-02-10"))
        #expect(document.metadata.title == "Opinion: the myth: ended")
    }

    @Test func aLeadingRuleWithoutMappingIsNotFrontMatter() throws {
        let document = try ReaderTestSupport.read("---\nJust prose here.\n---\nMore prose.", fileName: "a.txt")
        #expect(document.text.contains("Just prose here."))
    }

    @Test func markdownJoinsLinesAndStripsMarkup() throws {
        let document = try ReaderTestSupport.read(
            """
            ---
            title: T
            published: 2025-01-28
            ---
            BELGRADE, Jan 28 (Danube Report) - Serbia's **prime minister**
            resigned on *Tuesday*, the [agency](https://example.com/a_b) said.

            ## Background

            - Students blocked _Autokomanda_ for 24 hours.
            - Shops closed on Friday.

            The handle @aliya_reports and snake_case stay as written; 2 * 3 too.
            """,
            fileName: "a.md"
        )
        #expect(
            ReaderTestSupport.texts(of: document) == [
                "BELGRADE, Jan 28 (Danube Report) - Serbia's prime minister resigned on Tuesday, the agency said.",
                "Background",
                "Students blocked Autokomanda for 24 hours.",
                "Shops closed on Friday.",
                "The handle @aliya_reports and snake_case stay as written; 2 * 3 too.",
            ]
        )
        #expect(document.dateline?.day == Day(iso: "2025-01-28"))
        #expect(ReaderTestSupport.datelineText(of: document) == "BELGRADE, Jan 28 (Danube Report) -")
    }

    @Test func aMarkdownHeadingOnTopIsTheTitleWhenThereIsNoOther() throws {
        let document = try ReaderTestSupport.read("# Sudan toll disputed\n\nDoctors said 108 died.", fileName: "a.md")
        #expect(document.metadata.title == "Sudan toll disputed")
        #expect(document.text == "Doctors said 108 died.")
    }

    @Test func markdownPostsAreFoundBeforeLinesAreJoined() throws {
        let document = try ReaderTestSupport.read(
            """
            Protests erupted on September 17.

            Thousands at the funeral today. pic.twitter.com/r4TnYw8HcU
            \u{2014} Rojin K (@rojin_k) September 17, 2022

            On Sunday night students were trapped.
            """,
            fileName: "a.md"
        )
        #expect(document.passages.map(\.kind) == [.body, .embeddedPost, .body])
        #expect(ReaderTestSupport.passages(.embeddedPost, of: document).first?.passage.handle == "rojin_k")
    }

    @Test func quotedMarkdownPostsAreFoundToo() throws {
        let document = try ReaderTestSupport.read(
            "Students were trapped.\n\n> Sharif right now: agents at every gate.\n> \u{2014} R K (@rk) October 2, 2022\n",
            fileName: "a.md"
        )
        let post = try #require(ReaderTestSupport.passages(.embeddedPost, of: document).first)
        #expect(post.text == "Sharif right now: agents at every gate.")
        #expect(post.passage.anchor == Day(iso: "2022-10-02"))
    }

    @Test func imagesAndUnmatchedBracketsDoNotBreakStripping() {
        #expect(MarkdownStripper.inline("A ![map](m.png)B [not a link and [x](y) done") == "A B [not a link and x done")
        #expect(MarkdownStripper.inline("\\*literal\\* and `code`") == "*literal* and code")
    }
}
