import Testing

@testable import NewsExtraction

@Suite struct PlaceTaggerTests {
    let tagger = PlaceTagger(knowledge: .builtIn)

    @Test func citiesAndCountriesAreFoundWithTheirCountry() {
        let mentions = tagger.mentions(in: "Protests spread from Zhanaozen to Almaty and across Kazakhstan.")
        #expect(mentions.map(\.name) == ["Zhanaozen", "Almaty", "Kazakhstan"])
        #expect(mentions.map(\.kind) == [.city, .city, .country])
        #expect(mentions.allSatisfy { $0.country == "Kazakhstan" })
    }

    @Test(
        arguments: [
            ("Nur-Sultan", "Astana"), ("Alma-Ata", "Almaty"), ("Kiev", "Kyiv"), ("Bogotá", "Bogota"),
            ("Bogota", "Bogota"),
        ]
    )
    func renamedAndTransliteratedCitiesResolveToOneName(written: String, expected: String) {
        #expect(tagger.mentions(in: "Officials in \(written) said so.").map(\.name) == [expected])
    }

    @Test func theLongestNameWins() {
        let mentions = tagger.mentions(in: "Students marched in Novi Sad and in Sri Lanka.")
        #expect(mentions.map(\.name) == ["Novi Sad", "Sri Lanka"])
        #expect(mentions.map(\.country) == ["Serbia", "Sri Lanka"])
    }

    @Test func rangesCountUnicodeScalars() throws {
        let text = "«Déjà vu» in Bogotá today."
        let mention = try #require(tagger.mentions(in: text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.range])) == "Bogotá")
        #expect(mention.surface == "Bogotá")
    }

    @Test func abbreviationsMatchOnlyInCapitals() {
        #expect(tagger.mentions(in: "The UK said so.").map(\.name) == ["United Kingdom"])
        #expect(tagger.mentions(in: "Give us a car.").isEmpty)
    }

    @Test func demonymsAndOrganisationsAreNotPlaces() {
        #expect(tagger.mentions(in: "Kazakh officials met Iran Human Rights.").isEmpty)
        #expect(tagger.demonyms(in: "Kazakh officials").map(\.country) == ["Kazakhstan"])
    }
}
