import Testing

@testable import NewsExtraction

@Suite struct QuantityTaggerTests {
    struct Bounds: Equatable, CustomStringConvertible {
        var low: Int?
        var high: Int?
        var approximate: Bool

        var description: String {
            "\(low.map(String.init) ?? "nil")...\(high.map(String.init) ?? "nil")\(approximate ? "~" : "")"
        }
    }

    func bounds(_ text: String) -> [Bounds] {
        QuantityTagger().quantities(in: text).map { Bounds(low: $0.low, high: $0.high, approximate: $0.isApproximate) }
    }

    @Test(arguments: [
        ("2,500 people", 2500),
        ("2 500 people", 2500),
        ("2\u{2009}500 people", 2500),
        ("2\u{00A0}500 people", 2500),
        ("2\u{202F}500 people", 2500),
        ("two people", 2),
        ("twelve people", 12),
        ("Seventeen people", 17),
        ("twenty-one people", 21),
        ("twenty one people", 21),
        ("164 people", 164),
        ("9.9 thousand people", 9900),
        ("1.5 million people", 1_500_000),
        ("a hundred people", 100),
        ("one hundred and twenty people", 120),
        ("two thousand five hundred people", 2500),
        ("two dozen people", 24),
    ])
    func readsEveryWrittenFormOfANumber(_ text: String, _ value: Int) {
        #expect(bounds(text) == [Bounds(low: value, high: value, approximate: false)])
    }

    @Test(arguments: [
        ("at least 14", Bounds(low: 14, high: nil, approximate: false)),
        ("more than 200", Bounds(low: 200, high: nil, approximate: false)),
        ("over 50", Bounds(low: 50, high: nil, approximate: false)),
        ("upwards of 30", Bounds(low: 30, high: nil, approximate: false)),
        ("up to 2,500", Bounds(low: nil, high: 2500, approximate: false)),
        ("as many as 40", Bounds(low: nil, high: 40, approximate: false)),
        ("Up to ten", Bounds(low: nil, high: 10, approximate: false)),
        ("nearly 400", Bounds(low: 400, high: 400, approximate: true)),
        ("almost 400", Bounds(low: 400, high: 400, approximate: true)),
        ("some 2,500", Bounds(low: 2500, high: 2500, approximate: true)),
        ("about 6,700", Bounds(low: 6700, high: 6700, approximate: true)),
        ("around 300", Bounds(low: 300, high: 300, approximate: true)),
        ("roughly 300", Bounds(low: 300, high: 300, approximate: true)),
        ("approximately 300", Bounds(low: 300, high: 300, approximate: true)),
        ("between 10 and 20", Bounds(low: 10, high: 20, approximate: false)),
        ("40 to 50", Bounds(low: 40, high: 50, approximate: false)),
        ("40 or 50", Bounds(low: 40, high: 50, approximate: false)),
        ("more than a dozen", Bounds(low: 12, high: nil, approximate: false)),
        ("about a dozen", Bounds(low: 12, high: 12, approximate: true)),
    ])
    func readsBoundWords(_ text: String, _ expected: Bounds) {
        #expect(bounds(text) == [expected])
    }

    @Test(arguments: [
        ("a dozen", 12, 12),
        ("A dozen", 12, 12),
        ("dozens", 24, 99),
        ("Dozens", 24, 99),
        ("scores", 40, 99),
        ("hundreds", 200, 999),
        ("thousands", 2000, 9999),
        ("tens of thousands", 20000, 99999),
        ("several", 3, 9),
        ("a few", 2, 5),
    ])
    func readsVagueWordsWithTheDocumentedBounds(_ text: String, _ low: Int, _ high: Int) {
        #expect(bounds(text + " of people") == [Bounds(low: low, high: high, approximate: true)])
    }

    @Test func quantifierTableParsesEveryEntry() throws {
        let entries = NumberWords.quantifierYAML.split(separator: "\n").filter { $0.hasPrefix("- ") }
        let table = try #require(NumberWords.parseQuantifiers(NumberWords.quantifierYAML))
        #expect(table.count == entries.count)
        #expect(NumberWords.vagueQuantifiers == table)
        #expect(Set(table.map(\.words)).count == table.count)
        #expect(table.allSatisfy { $0.low <= $0.high })
    }

    @Test func quantifierTableRejectsAnEntryWithoutBounds() {
        #expect(NumberWords.parseQuantifiers("- {words: dozens, low: 24}") == nil)
    }

    @Test(arguments: [
        "999999999999999999999 killed",
        "99999999999999999 thousand killed",
        "a billion billion billion killed",
        "nine hundred billion billion people",
    ])
    func skipsNumbersTooLargeForSixtyFourBits(_ text: String) {
        #expect(bounds(text).isEmpty)
    }

    @Test(arguments: ["a 26-year-old man", "the 120-seat parliament", "at 11pm", "80.1% of the vote", "Khabar-24"])
    func ignoresNumbersGluedToWordsAndBareDecimals(_ text: String) {
        #expect(bounds(text).isEmpty)
    }

    @Test func marksBareFourDigitNumbersAsPossibleYears() {
        let quantities = QuantityTagger().quantities(in: "in 2019 and 2,019 and 2500")
        #expect(quantities.map(\.couldBeYear) == [true, false, false])
    }

    @Test func keepsTokenOffsetsInUnicodeScalars() {
        let tokens = CountTokenizer.tokens(in: "Almaty’s “dozens” of 2,500")
        #expect(tokens.map(\.text) == ["Almaty’s", "dozens", "of", "2,500"])
        #expect(tokens.last?.range == 21..<26)
    }

    @Test func readsALongRunOfDigitsInLinearTime() {
        let text = String(repeating: "1,000 ", count: 20000)
        #expect(QuantityTagger().quantities(in: text).count == 20000)
    }

    @Test func countTokensOfAccentedAndTypographicText() {
        let tokens = CountTokenizer.tokens(in: "Åland’s “dozens” and 2,500 ÉLUS, 9.9 Тысяч")
        #expect(tokens.map(\.text) == ["Åland’s", "dozens", "and", "2,500", "ÉLUS", ",", "9.9", "Тысяч"])
        #expect(tokens.map(\.lower) == ["åland’s", "dozens", "and", "2,500", "élus", ",", "9.9", "тысяч"])
        #expect(tokens.map(\.isCapitalized) == [true, false, false, false, true, false, false, true])
        #expect(tokens[3].mantissa == 2500 && tokens[3].isGrouped)
        #expect(tokens[6].mantissa == 99 && tokens[6].fractionDigits == 1)
    }

    @Test func numberWordsAndBoundsAreFoundAmongOtherWords() {
        let text = "Officials said a hundred and twenty were hurt, at least twenty-one died and some 🔥 fled."
        #expect(
            bounds(text) == [
                Bounds(low: 120, high: 120, approximate: false), Bounds(low: 21, high: nil, approximate: false),
            ]
        )
    }
}
