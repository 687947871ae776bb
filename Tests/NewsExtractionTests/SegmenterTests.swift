import Testing

@testable import NewsExtraction

@Suite struct SegmenterTests {
    func sentences(_ text: String) -> [String] {
        let document = Document(
            metadata: ArticleMetadata(),
            text: text,
            passages: [Passage(kind: .body, range: 0..<text.unicodeScalars.count)],
            format: .text
        )
        return Segmenter.sentences(in: document).map(\.text)
    }

    @Test func splitsAtFullStopsBeforeCapitals() {
        #expect(sentences("Crowds gathered. Police arrived.") == ["Crowds gathered.", "Police arrived."])
    }

    @Test(arguments: [
        "Protests began on Jan. 7 in the west.",
        "Mr. Smith and Dr. Jones spoke.",
        "The U.S. State Department said so.",
        "J. R. Hartley wrote the note.",
        "Inflation reached 9.9 percent.",
        "See pic.twitter.com/abc for the video.",
        "Gen. Iturriaga ordered a curfew.",
    ])
    func keepsAbbreviationsInitialsAndDecimals(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func splitsAfterClosingQuote() {
        let text = "\u{201C}The West should act.\u{201D} He left. \u{201C}Why?\u{201D} she asked."
        #expect(
            sentences(text) == ["\u{201C}The West should act.\u{201D}", "He left.", "\u{201C}Why?\u{201D} she asked."]
        )
    }

    @Test func bulletsAndLinesAreSentences() {
        let text = "Kazakhstan protests:\n\u{2022} Dozens killed\n\u{2022} 1000 people injured \u{2022} 2000 jailed"
        #expect(sentences(text) == ["Kazakhstan protests:", "Dozens killed", "1000 people injured", "2000 jailed"])
    }

    @Test func offsetsPointIntoTheDocument() {
        let text = "Caf\u{E9} owners left. \u{1F1F0}\u{1F1FF} Troops came."
        let document = Document(
            metadata: ArticleMetadata(),
            text: text,
            passages: [Passage(kind: .body, range: 0..<text.unicodeScalars.count)],
            format: .text
        )
        let scalars = Array(text.unicodeScalars)
        for sentence in Segmenter.sentences(in: document) {
            #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
        }
        #expect(Segmenter.sentences(in: document).count == 2)
    }

    @Test func passagesBoundSentences() {
        let text = "First passage ends here\n\nSecond one."
        let document = Document(
            metadata: ArticleMetadata(),
            text: text,
            passages: [Passage(kind: .body, range: 0..<23), Passage(kind: .embeddedPost, range: 25..<36)],
            format: .text
        )
        let result = Segmenter.sentences(in: document)
        #expect(result.map(\.passage) == [0, 1])
        #expect(result.map(\.text) == ["First passage ends here", "Second one."])
    }

    /// A document of body passages, one per paragraph, separated by blank lines.
    static func document(_ paragraphs: [String]) -> Document {
        var passages: [Passage] = []
        var start = 0
        for paragraph in paragraphs {
            passages.append(Passage(kind: .body, range: start..<start + paragraph.unicodeScalars.count))
            start += paragraph.unicodeScalars.count + 2
        }
        return Document(
            metadata: ArticleMetadata(),
            text: paragraphs.joined(separator: "\n\n"),
            passages: passages,
            format: .text
        )
    }

    @Test func sentencesReadAPassageAtATimeKeepTheirOffsets() {
        let paragraphs = [
            "ALMATY, Jan 6 (Wire) - Caf\u{E9} owners left.", "\u{1F1F0}\u{1F1FF} Troops came. Mr. Ab fled.", "Z.",
        ]
        let document = Self.document(paragraphs)
        let scalars = Array(document.text.unicodeScalars)
        var read: [Sentence] = []
        for (index, sentence, own) in DocumentSentences(document) {
            #expect(index == read.count)
            #expect(own == Array(sentence.text.unicodeScalars))
            #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
            read.append(sentence)
        }
        #expect(
            read.map(\.text) == [
                "ALMATY, Jan 6 (Wire) - Caf\u{E9} owners left.", "\u{1F1F0}\u{1F1FF} Troops came.", "Mr. Ab fled.",
                "Z.",
            ]
        )
        #expect(read.map(\.passage) == [0, 1, 1, 2])
        // A sentence wholly inside the excluded range (the dateline) is left out, and the rest keep their offsets.
        let rest = DocumentSentences(document, excluding: 0..<48)
        #expect(rest.count == 3)
        #expect(rest.spans.first?.start == read[1].start)
    }

    /// The passage reader decodes UTF-8 itself: scalars of one to four bytes, passages listed out of text order
    /// (the reader starts over) and a passage running past the end of the text.
    @Test func passagesOfEveryWidthReadInAnyOrder() {
        let paragraphs = [
            "Caf\u{E9} \u{4E2D}\u{6587} one \u{1F600}.", "Two \u{201C}quoted\u{201D} words.", "\u{10348}\u{E9} three.",
        ]
        var document = Self.document(paragraphs)
        document.passages.reverse()
        document.passages[0].range = document.passages[0].range.lowerBound..<document.passages[0].range.upperBound + 10
        let scalars = Array(document.text.unicodeScalars)
        var read: [String] = []
        for (_, sentence, own) in DocumentSentences(document) {
            #expect(own == Array(scalars[sentence.start..<sentence.end]))
            #expect(own == Array(sentence.text.unicodeScalars))
            read.append(sentence.text)
        }
        #expect(read == paragraphs.reversed())
    }

    @Test func longInputsFinish() {
        let line = String(repeating: "a.", count: 500_000)
        #expect(sentences(line).count == 1)
        let article = String(repeating: "Police detained 20 people on Jan. 5 in Almaty. ", count: 200_000)
        #expect(sentences(article).count == 200_000)
    }
}
