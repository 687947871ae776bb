import NewsExtraction
import Testing

@testable import TimelineStore

@Suite struct ActorNamesTests {
    @Test(arguments: [
        ("Kassym-Jomart Tokayev", ActorKind.person, "Tokayev" as String?),
        ("Martin Luther King Jr.", .person, nil),
        ("Madonna", .person, nil),
        ("Bank of Japan", .organization, nil),
        ("Iván Duque", .person, "Duque"),
    ])
    func surnameIsTheLastWordOfAPersonsName(_ name: String, _ kind: ActorKind, _ expected: String?) {
        #expect(ActorNames.surname(of: name, kind: kind) == expected)
    }

    static let candidates: [(name: String, alias: String)] = [
        ("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"), ("Kassym-Jomart Tokayev", "Tokayev"),
        ("Nursultan Nazarbayev", "Nursultan Nazarbayev"), ("Nursultan Nazarbayev", "Nazarbayev"),
        ("CSTO", "CSTO"), ("CSTO", "Collective Security Treaty Organization"),
    ]

    @Test func suggestionsRankNearMissesAndContainingNames() {
        #expect(ActorNames.suggestions(for: "Tokaev", among: Self.candidates, limit: 3) == ["Kassym-Jomart Tokayev"])
        #expect(ActorNames.suggestions(for: "nazarbaev", among: Self.candidates, limit: 3) == ["Nursultan Nazarbayev"])
        #expect(ActorNames.suggestions(for: "security treaty", among: Self.candidates, limit: 3) == ["CSTO"])
        #expect(ActorNames.suggestions(for: "Putin", among: Self.candidates, limit: 3) == [])
        #expect(ActorNames.suggestions(for: "ayev", among: Self.candidates, limit: 1).count == 1)
    }

    @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("same", "same", 0), ("flaw", "lawn", 2)])
    func editDistanceCountsInsertionsDeletionsAndSubstitutions(_ a: String, _ b: String, _ expected: Int) {
        #expect(ActorNames.editDistance(a, b, limit: 10) == expected)
    }

    @Test func editDistanceStopsPastTheLimit() {
        #expect(ActorNames.editDistance("abcdefgh", "zyxwvuts", limit: 2) == 3)
    }
}
