import Testing

@testable import TimelineStore

@Suite struct SearchPatternTests {
    @Test(arguments: [
        ("shoot to kill", #""shoot" "to" "kill""#),
        (#"say "hi""#, #""say" """hi""""#),
        ("a OR b", #""a" "OR" "b""#),
        ("  spaced\tout\n", #""spaced" "out""#),
        ("100% -- x_y", #""100%" "--" "x_y""#),
    ])
    func fullTextQuotesEveryWord(_ text: String, _ expected: String) {
        #expect(SearchPattern.fullText(text) == expected)
    }

    @Test func fullTextOfBlankTextIsNil() {
        #expect(SearchPattern.fullText(" \n ") == nil)
        #expect(SearchPattern.fullText("") == nil)
    }

    @Test(arguments: [
        ("Almaty", "%Almaty%"),
        ("100%", #"%100\%%"#),
        ("a_b", #"%a\_b%"#),
        (#"back\slash"#, #"%back\\slash%"#),
    ])
    func containsEscapesLikeWildcards(_ text: String, _ expected: String) {
        #expect(SearchPattern.contains(text) == expected)
    }
}
