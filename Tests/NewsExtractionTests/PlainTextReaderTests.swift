import Foundation
import Testing

@testable import NewsExtraction

@Suite struct PlainTextReaderTests {
    @Test func aBylineGivesTheAuthorAndDateAndStaysOutOfTheText() throws {
        let document = try ReaderTestSupport.read(
            "By Staff Reporter, January 7, 2022\nThe president spoke on Friday.",
            fileName: "a.txt"
        )
        #expect(document.metadata.author == "Staff Reporter")
        #expect(document.metadata.published == Day(iso: "2022-01-07"))
        #expect(document.text == "The president spoke on Friday.")
    }

    @Test(
        arguments: [
            ("by WorldTribune Staff, January 7, 2022", "WorldTribune Staff", "2022-01-07"),
            ("By Marta Keller | January 6, 2022", "Marta Keller", "2022-01-06"),
            ("By Claire Dumont, Friday, 24 March 2023", "Claire Dumont", "2023-03-24"),
            ("BY Jane Roe - 2022-01-05", "Jane Roe", "2022-01-05"),
            ("By Aibek Toktogulov", "Aibek Toktogulov", nil),
        ] as [(String, String?, String?)]
    )
    func bylinesInSeveralShapes(line: String, author: String?, published: String?) throws {
        let byline = try #require(BylineParser.parse(line[...]))
        #expect(byline.author == author)
        #expect(byline.published == published.flatMap { Day(iso: $0) })
    }

    @Test(arguments: [
        "By Monday the protests had reached Aktau, the regional capital on the Caspian shore, where residents camped.",
        "By the end of the day, police had withdrawn.",
        "Protesters marched on January 7, 2022",
    ])
    func sentencesThatStartLikeABylineAreNotOne(line: String) {
        #expect(BylineParser.parse(line[...]) == nil)
    }

    @Test func aTitleLineAboveTheBylineBecomesTheTitle() throws {
        let document = try ReaderTestSupport.read(
            "Troops land in Almaty\nBy Staff, January 6, 2022\nTroops landed.",
            fileName: "a.txt"
        )
        #expect(document.metadata.title == "Troops land in Almaty")
        #expect(document.text == "Troops landed.")
    }

    @Test(
        arguments: [
            (
                "ALMATY, Jan 6 (Reuters) - Troops arrived.", "ALMATY", "2022-01-06", "Reuters",
                "ALMATY, Jan 6 (Reuters) -"
            ),
            (
                "NUR-SULTAN, Jan 8 (Caspian Monitor) - The KNB said.", "NUR-SULTAN", "2022-01-08", "Caspian Monitor",
                "NUR-SULTAN, Jan 8 (Caspian Monitor) -"
            ),
            (
                "SANTIAGO, Oct 20 (Wire) - Chile extended.", "SANTIAGO", "2021-10-20", "Wire",
                "SANTIAGO, Oct 20 (Wire) -"
            ),
            ("MOSCOW/ALMATY, Jan 6 (Northbridge) \u{2013} Troops.", "MOSCOW/ALMATY", "2022-01-06", "Northbridge", nil),
            (
                "YEREVAN, April 23 (Caucasus Observer) - Sargsyan quit.", "YEREVAN", "2022-04-23", "Caucasus Observer",
                nil
            ),
            ("CALI, Colombia - The ombudsman said.", "CALI", nil, nil, "CALI, Colombia -"),
            ("PARIS - The minister said.", "PARIS", nil, nil, "PARIS -"),
            ("QUITO \u{2013} Residents swept up.", "QUITO", nil, nil, nil),
            ("WASHINGTON (AP) \u{2014} Officials said.", "WASHINGTON", nil, "AP", "WASHINGTON (AP) \u{2014}"),
            (
                "ALMATY, Kazakhstan, Jan. 5 (Wire) -- Crowds.", "ALMATY", "2022-01-05", "Wire",
                "ALMATY, Kazakhstan, Jan. 5 (Wire) --"
            ),
        ] as [(String, String, String?, String?, String?)]
    )
    func wireDatelinesStayInTheTextAndAreRecorded(
        paragraph: String,
        place: String,
        day: String?,
        agency: String?,
        covered: String?
    ) throws {
        let document = try ReaderTestSupport.read("By Staff, January 7, 2022\n" + paragraph, fileName: "a.txt")
        let dateline = try #require(document.dateline)
        #expect(document.text == paragraph)
        #expect(dateline.place == place)
        #expect(dateline.day == day.flatMap { Day(iso: $0) })
        #expect(dateline.agency == agency)
        if let covered { #expect(ReaderTestSupport.datelineText(of: document) == covered) }
    }

    @Test func aDatelineDayResolvesAcrossTheYearBoundary() throws {
        let late = try ReaderTestSupport.read(
            "By A, January 1, 2022\nKYIV, Dec 31 (Wire) - Fireworks.",
            fileName: "a.txt"
        )
        #expect(late.dateline?.day == Day(iso: "2021-12-31"))
        let early = try ReaderTestSupport.read(
            "By A, December 31, 2021\nKYIV, Jan 1 (Wire) - Plans.",
            fileName: "a.txt"
        )
        #expect(early.dateline?.day == Day(iso: "2022-01-01"))
    }

    @Test(arguments: [
        "NATO said on Friday it was watching.",
        "US-led forces withdrew.",
        "A crowd gathered - then left.",
        "ALMATY-based analysts said so.",
        "BREAKING - The president resigned.",
        "UPDATE, Jan 6 - Figures revised.",
    ])
    func ordinaryOpeningsAreNotDatelines(paragraph: String) throws {
        let document = try ReaderTestSupport.read(paragraph, fileName: "a.txt")
        #expect(document.dateline == nil)
    }

    @Test func singleNewlinesSeparateParagraphsInPlainText() throws {
        let document = try ReaderTestSupport.read("One line.\nAnother line.\n\nA third.", fileName: "a.txt")
        #expect(document.passages.count == 3)
        #expect(document.text == "One line.\n\nAnother line.\n\nA third.")
    }

    @Test func aPostClosedByASignatureIsItsOwnPassageWithoutTheSignature() throws {
        let document = try ReaderTestSupport.read(
            """
            By A, August 17, 2020
            MINSK, Aug 17 (Baltic Line) - Workers walked out.

            The avenue is full from end to end. pic.twitter.com/Vb3nQeP0aL
            \u{2014} Oksana H (@ohrytsenko) August 16, 2020

            The strikes continued.
            """,
            fileName: "a.txt"
        )
        let posts = ReaderTestSupport.passages(.embeddedPost, of: document)
        try #require(posts.count == 1)
        #expect(posts[0].text == "The avenue is full from end to end. pic.twitter.com/Vb3nQeP0aL")
        #expect(posts[0].passage.anchor == Day(iso: "2020-08-16"))
        #expect(posts[0].passage.author == "Oksana H")
        #expect(posts[0].passage.handle == "ohrytsenko")
        #expect(!document.text.contains("@ohrytsenko"))
        #expect(document.passages.map(\.kind) == [.body, .embeddedPost, .body])
    }

    @Test(arguments: ["--", "-", "\u{2013}", "\u{2014}"])
    func signaturesMayStartWithAnyDash(dash: String) throws {
        let signature = try #require(EmbeddedPostDetector.signature("\(dash) Alban (@_Alban) January 6, 2022"[...]))
        #expect(signature.author == "Alban")
        #expect(signature.handle == "_Alban")
        #expect(signature.day == Day(iso: "2022-01-06"))
    }

    @Test func anIntroductionEndingWithAColonStaysInTheArticle() throws {
        let document = try ReaderTestSupport.read(
            """
            The crowd took over the square.
            This is what it looks like:
            Soldiers being rounded up by protesters! pic.twitter.com/UBOz6
            \u{2014} A fan (@fan_1984) January 7, 2022
            """,
            fileName: "a.txt"
        )
        let posts = ReaderTestSupport.passages(.embeddedPost, of: document)
        #expect(posts.map(\.text) == ["Soldiers being rounded up by protesters! pic.twitter.com/UBOz6"])
        #expect(ReaderTestSupport.passages(.body, of: document).map(\.text).last == "This is what it looks like:")
    }

    @Test func anIntroductionAFewLinesUpOpensAMultiSentencePost() throws {
        let document = try ReaderTestSupport.read(
            """
            The crowd grew through the afternoon.
            One witness put it this way:
            We are not leaving.
            Not today, not ever. pic.twitter.com/x1
            \u{2014} W (@w) January 5, 2022
            """,
            fileName: "a.txt"
        )
        #expect(
            ReaderTestSupport.passages(.embeddedPost, of: document).map(\.text) == [
                "We are not leaving.\nNot today, not ever. pic.twitter.com/x1"
            ]
        )
    }

    @Test func aPostAfterOrdinaryProseTakesOnlyPostLikeLines() throws {
        let document = try ReaderTestSupport.read(
            """
            The ministry said 26 people were killed.
            Protests update:
            \u{2022} 26 killed
            \u{2022} 748 injured
            Shared by many pic.twitter.com/x1
            \u{2014} Reporter (@rep) January 7, 2022
            """,
            fileName: "a.txt"
        )
        let posts = ReaderTestSupport.passages(.embeddedPost, of: document)
        #expect(
            posts.map(\.text) == [
                "Protests update:\n\u{2022} 26 killed\n\u{2022} 748 injured\nShared by many pic.twitter.com/x1"
            ]
        )
        #expect(
            ReaderTestSupport.passages(.body, of: document).map(\.text) == ["The ministry said 26 people were killed."]
        )
    }

    @Test func aBlankLineBetweenAPostEndingInALinkAndItsSignatureIsAllowed() throws {
        let document = try ReaderTestSupport.read(
            "Crowds gathered.\n\nThe square is full. https://t.co/abc\n\n\u{2014} A B (@ab) May 5, 2021\n\nLater, rain.",
            fileName: "a.txt"
        )
        #expect(
            ReaderTestSupport.passages(.embeddedPost, of: document).map(\.text) == [
                "The square is full. https://t.co/abc"
            ]
        )
        #expect(document.passages.map(\.kind) == [.body, .embeddedPost, .body])
    }

    @Test func adSlotLinesAreDroppedWherever() throws {
        let document = try ReaderTestSupport.read(
            "First.\nADVERTISEMENT\nSecond.\nStory continues below advertisement\nThird."
        )
        #expect(ReaderTestSupport.texts(of: document) == ["First.", "Second.", "Third."])
    }

    @Test(arguments: [
        "DAILY BRIEFING: . . . . Read More . . . . Morning Digest",
        "SUBSCRIBE TO OUR DAILY BRIEFING",
        "\u{00A9} 2022 Example Media. All rights reserved.",
    ])
    func trailingSiteFurnitureIsDropped(line: String) throws {
        let document = try ReaderTestSupport.read("By A, May 5, 2021\nThe strike went on.\n\(line)", fileName: "a.txt")
        #expect(document.text == "The strike went on.")
    }

    @Test func aShortFinalParagraphOfProseIsKept() throws {
        let document = try ReaderTestSupport.read("By A, May 5, 2021\nThe strike went on.\nTalks resume on Monday.")
        #expect(document.passages.count == 2)
    }

    @Test(.enabled(if: ReaderTestSupport.hasSeed))
    func theSeedArticleHasFourPostsWithTheirOwnDates() throws {
        let document = try ReaderTestSupport.read(ReaderTestSupport.seed)
        #expect(document.metadata.published == Day(iso: "2022-01-07"))
        #expect(document.metadata.author == "WorldTribune Staff")
        let posts = ReaderTestSupport.passages(.embeddedPost, of: document)
        try #require(posts.count == 4)
        #expect(posts.map(\.passage.author) == ["Nietzsche fan", "Hillel Neuer", "Alban", "Patrick Reevell"])
        #expect(
            posts.map(\.passage.anchor) == ["2022-01-07", "2022-01-06", "2022-01-06", "2022-01-06"].map(Day.init(iso:))
        )
        #expect(posts[0].text.hasPrefix("Crazy scenes in Kazakhstan"))
        #expect(posts[1].text.hasPrefix("\u{1F1F0}\u{1F1FF} Kazakhstan protests:\n\u{2022} Dozens killed"))
        #expect(posts[1].text.contains("0 urgent sessions"))
        #expect(posts[2].text.hasPrefix("Horse militias"))
        #expect(
            posts[3].text.hasPrefix(
                "Incredible video from the BBC showing the aftermath of yesterday\u{2019}s protests"
            )
        )
        #expect(posts[3].text.hasSuffix("@abdujalil is in the city. pic.twitter.com/JJq5DYq6jO"))
        let body = ReaderTestSupport.passages(.body, of: document).map(\.text)
        #expect(body.last == "This is what a real insurrection looks like:")
        #expect(body.first?.hasPrefix("The president of Kazakhstan issued a shoot-to-kill order") == true)
        #expect(!document.text.contains("INFORMATION WORLD WAR"))
        #expect(!document.text.contains("(@HillelNeuer)"))
        #expect(!document.text.contains("by WorldTribune Staff"))
    }
}

extension PlainTextReaderTests {
    @Test func aDatelineAfterATitleLineIsFound() throws {
        let document = try ReaderTestSupport.read(
            "---\npublished: 2022-01-06\n---\nTroops land\n\nALMATY, Jan 6 (Wire) - Troops landed.",
            fileName: "a.txt"
        )
        #expect(document.dateline?.place == "ALMATY")
        #expect(ReaderTestSupport.datelineText(of: document) == "ALMATY, Jan 6 (Wire) -")
    }

    @Test func markdownWithoutAnExtensionIsSniffed() throws {
        let document = try ReaderTestSupport.read("# Title\n\nOne line\ncontinues [here](https://x.example).")
        #expect(document.metadata.title == "Title")
        #expect(document.text == "One line continues here.")
    }
}
