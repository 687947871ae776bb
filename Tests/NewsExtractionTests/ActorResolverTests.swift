import Testing

@testable import NewsExtraction

/// Builds a document whose paragraphs are the given sentences, one passage each, and analyses it.
struct ActorFixture {
    var paragraphs: [(text: String, kind: PassageKind, author: String?, handle: String?)] = []
    var published: String? = "2022-01-07"
    var author: String?
    var title: String?

    init(_ sentences: [String], published: String? = "2022-01-07", author: String? = nil, title: String? = nil) {
        paragraphs = sentences.map { ($0, .body, nil, nil) }
        self.published = published
        self.author = author
        self.title = title
    }

    var document: Document {
        var text = ""
        var passages: [Passage] = []
        for paragraph in paragraphs {
            if !text.isEmpty { text += "\n\n" }
            let start = text.unicodeScalars.count
            text += paragraph.text
            passages.append(
                Passage(
                    kind: paragraph.kind,
                    range: start..<text.unicodeScalars.count,
                    anchor: nil,
                    author: paragraph.author,
                    handle: paragraph.handle
                )
            )
        }
        return Document(
            metadata: ArticleMetadata(
                title: title,
                author: author,
                published: published.flatMap { Day(iso: $0) }
            ),
            text: text,
            passages: passages,
            format: .text
        )
    }

    var sentences: [Sentence] {
        document.passages.enumerated().map { offset, passage in
            let scalars = Array(document.text.unicodeScalars)[passage.range]
            return Sentence(
                text: String(String.UnicodeScalarView(scalars)),
                start: passage.range.lowerBound,
                end: passage.range.upperBound,
                passage: offset
            )
        }
    }

    func analyze(_ knowledge: Knowledge = .builtIn) -> ActorAnalysis {
        ActorResolver(knowledge: knowledge).analyze(document, sentences: sentences)
    }
}

extension ActorAnalysis {
    var names: [String] { actors.map(\.name) }

    func actor(_ name: String) -> Actor? { actors.first { $0.name == name } }
}

@Suite struct ActorResolverTests {
    @Test func dictionaryNamesAndTransliteratedAliasesResolveToTheCanonicalName() {
        let analysis = ActorFixture(["Tokaev spoke by phone with Putin on Friday, officials in Almaty said."]).analyze()
        #expect(analysis.names.contains("Kassym-Jomart Tokayev"))
        #expect(analysis.names.contains("Vladimir Putin"))
        #expect(analysis.actor("Kassym-Jomart Tokayev")?.mentions == ["Tokaev"])
        #expect(analysis.actor("Kassym-Jomart Tokayev")?.roles.map(\.title) == ["President of Kazakhstan"])
    }

    @Test(
        arguments: [
            ("2018-05-04", "Nursultan Nazarbayev"),
            ("2022-01-05", "Kassym-Jomart Tokayev"),
        ]
    )
    func thePresidentResolvesByTheArticleDateAndCountry(published: String, expected: String) {
        let analysis = ActorFixture(
            ["Crowds gathered in Almaty and Aktau.", "The president said the price cap would be restored."],
            published: published
        )
        .analyze()
        #expect(analysis.names == [expected])
        #expect(analysis.actor(expected)?.mentions == ["The president"])
    }

    @Test func withoutADictionaryHolderThePresidentIsTheOneTheArticleNames() {
        let analysis = ActorFixture(
            ["President Tomas Varga of Freedonia met protesters.", "The president later left the capital."],
            published: "2031-05-01"
        )
        .analyze()
        #expect(analysis.names == ["Tomas Varga"])
        #expect(analysis.actor("Tomas Varga")?.mentions == ["Tomas Varga", "The president"])
    }

    @Test func aFormerPresidentIsThePreviousHolder() {
        let analysis = ActorFixture(
            ["Protesters in Almaty turned on the former president, who kept wide powers."],
            published: "2022-01-05"
        )
        .analyze()
        #expect(analysis.names == ["Nursultan Nazarbayev"])
    }

    @Test func aRoleAsAPredicateNamesNobody() {
        let analysis = ActorFixture(
            ["In Almaty, lawmakers said he would serve as president until 2024."],
            published: "2022-01-05"
        )
        .analyze()
        #expect(analysis.names.isEmpty)
    }

    @Test func titledUnknownNamesArePeople() {
        let analysis = ActorFixture([
            "Defence Minister Tomas Brandvik said soldiers would stay in the capital.",
            "Colonel General Ivar Suominen commands the force, and Secretary of State Lena Marsh urged restraint.",
        ])
        .analyze()
        #expect(analysis.names == ["Tomas Brandvik", "Ivar Suominen", "Lena Marsh"])
        #expect(analysis.actors.allSatisfy { $0.kind == .person })
    }

    @Test func initialsStayInsideNames() {
        let analysis = ActorFixture(["External Affairs Minister R. Tanaka and Jorge L. Ibarra met on Monday."])
            .analyze()
        #expect(analysis.names == ["R. Tanaka", "Jorge L. Ibarra"])
    }

    @Test func placesAndAliasesThatAreGivenNamesStartPeoplesNames() {
        let analysis = ActorFixture(["Milan Horvat met Amal Rahimi while Hezbollah and Amal marched."]).analyze()
        #expect(analysis.names == ["Milan Horvat", "Amal Rahimi", "Hezbollah", "Amal Movement"])
    }

    @Test func quotedSpeakersWithFullNamesArePeople() {
        let analysis = ActorFixture([
            "\"We will not leave,\" said Marta Oyarzun, 34, a teacher on the square.",
            "According to Pavel Dremov, the march was peaceful.",
        ])
        .analyze()
        #expect(analysis.names == ["Marta Oyarzun", "Pavel Dremov"])
    }

    @Test func aLaterSurnameResolvesToTheFullName() {
        let analysis = ActorFixture([
            "Interior Minister Andrea Volkova said 40 people were held.",
            "Volkova later resigned.",
        ])
        .analyze()
        #expect(analysis.names == ["Andrea Volkova"])
        #expect(analysis.actor("Andrea Volkova")?.mentions == ["Andrea Volkova", "Volkova"])
        #expect(analysis.mentions[1].map(\.name) == ["Andrea Volkova"])
    }

    @Test func aTitledSurnameIsAPersonEvenWithoutTheFullName() {
        let analysis = ActorFixture([
            "President Halvorsen said the curfew would end, and Oslund agreed.", "Mr. Brekke left.",
        ])
        .analyze()
        #expect(analysis.names == ["Halvorsen", "Brekke"])
    }

    @Test func aSurnameBeforeTheFullNameResolvesToo() {
        let analysis = ActorFixture(["Volkova quits.", "Interior Minister Andrea Volkova resigned on Monday."])
            .analyze()
        #expect(analysis.mentions[0].map(\.name) == ["Andrea Volkova"])
    }

    @Test func organisationsAreFoundByTheirShape() {
        let analysis = ActorFixture([
            "The Committee for Free Elections (CFE) said the vote was rigged.",
            "The CFE also called for a recount, and the Northern Farmers Union joined it.",
            "The electricity company Voltania said power was restored, as did Brightline, a Quito-based group.",
        ])
        .analyze()
        #expect(analysis.names == ["Committee for Free Elections", "Northern Farmers Union", "Voltania", "Brightline"])
        #expect(analysis.actor("Committee for Free Elections")?.mentions == ["Committee for Free Elections", "CFE"])
        #expect(analysis.actors.allSatisfy { $0.kind == .organization })
    }

    /// Actors come states first, then governments, then in order of appearance.
    @Test func ministriesAndGovernmentsTakeTheArticlesCountry() {
        let analysis = ActorFixture([
            "Unrest spread across Kazakhstan from Zhanaozen to Almaty.",
            "The interior ministry said 40 people were detained, and the government resigned.",
            "Russia's defence ministry said its troops had landed, and the ministry gave no numbers.",
        ])
        .analyze()
        #expect(
            analysis.names == ["Government of Kazakhstan", "Kazakhstan Interior Ministry", "Russian Defence Ministry"]
        )
        #expect(analysis.mentions[2].map(\.name) == ["Russian Defence Ministry", "Russian Defence Ministry"])
    }

    @Test func countriesActWhenTheyAreNotJustPlaces() {
        let analysis = ActorFixture([
            "Troops from Belarus and Armenia arrived in Almaty, Kazakhstan, on Thursday.",
            "The State Department said it was watching, and the Kremlin called it a limited mission.",
        ])
        .analyze()
        #expect(analysis.names == ["Belarus", "Armenia", "United States", "Russia"])
        #expect(analysis.actors.allSatisfy { $0.kind == .country })
    }

    @Test func seatsAndCountriesUsedAsModifiersAreNotActors() {
        let analysis = ActorFixture(["Kremlin-backed media and Russian-led troops reached Almaty, Kazakhstan."])
            .analyze()
        #expect(analysis.names.isEmpty)
    }

    @Test func reportersOutletsAndPostAuthorsAreNotActors() {
        var fixture = ActorFixture(
            [
                "\"The West must act,\" Mukhtar Ablyazov told Reuters in an interview with Anna Berg.",
                "Crowds again. pic.twitter.com/abc \u{2014} Dana Kuat (@dana_kuat) January 6, 2022",
            ],
            author: "Anna Berg"
        )
        fixture.paragraphs[1].kind = .embeddedPost
        fixture.paragraphs[1].author = "Dana Kuat"
        fixture.paragraphs[1].handle = "dana_kuat"
        let analysis = fixture.analyze()
        #expect(analysis.names == ["Mukhtar Ablyazov"])
    }

    @Test func creditLinesNameNoActors() {
        let analysis = ActorFixture(["Reporting by Olga Brant; Editing by Tomas Riel"]).analyze()
        #expect(analysis.names.isEmpty)
    }

    @Test func aPartyNamedBeforeALowercaseNounIsAnOrganisation() {
        let analysis = ActorFixture([
            "In Tbilisi the ruling Georgian Dream party pressed on, and the National Commission on Human Rights "
                + "objected."
        ])
        .analyze()
        #expect(analysis.names == ["Georgian Dream", "National Commission on Human Rights"])
    }

    @Test func eventsOutletsAndVenuesAreNotPeople() {
        let analysis = ActorFixture([
            "He spoke to the Kyiv Post about the Cold War after a European Union summit at the United Nations."
        ])
        .analyze()
        #expect(analysis.names.isEmpty)
    }

    @Test func aMovementKnownByANameIsAnOrganisation() {
        let analysis = ActorFixture(["The protest movement, known as the \"Tavar\", has camped there since April."])
            .analyze()
        #expect(analysis.names == ["Tavar"])
    }

    @Test func aCitysOwnBodiesAreNamedByTheCity() {
        let analysis = ActorFixture(["The Paris police prefecture said 200 people were held."]).analyze()
        #expect(analysis.names == ["Paris Police Prefecture"])
    }

    @Test func aOneWordNameBeforeItsLeaderIsAnOrganisation() {
        let analysis = ActorFixture(["Ferrovia president Louis de Grange said 30 stations were damaged."]).analyze()
        #expect(analysis.names == ["Ferrovia", "Louis de Grange"])
    }

    @Test func anAbbreviationDefinedOnceResolvesEverywhere() {
        let analysis = ActorFixture([
            "The National Rights Institute (NRI) counted 1,000 injured.",
            "Ana Molina, the NRI's director, filed complaints.",
        ])
        .analyze()
        #expect(analysis.names == ["National Rights Institute", "Ana Molina"])
        #expect(analysis.actor("National Rights Institute")?.mentions == ["National Rights Institute", "NRI"])
    }

    @Test func mentionRangesPointIntoTheSentence() throws {
        let sentence = "Officials said Prime Minister Askar Mamin's cabinet stepped down."
        let analysis = ActorFixture([sentence]).analyze()
        let mention = try #require(analysis.mentions[0].first { $0.name == "Askar Mamin" })
        let scalars = Array(sentence.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.range])) == "Askar Mamin's")
        #expect(mention.surface == "Askar Mamin")
    }

    @Test func theMainCountryComesFromPlacesAndDemonyms() {
        let fixture = ActorFixture([
            "Police in Colombo fired tear gas.",
            "Sri Lankan officials said Singapore had let him in.",
        ])
        #expect(fixture.analyze().mainCountry == "Sri Lanka")
    }

    @Test func aUserDictionaryAddsPeople() throws {
        let mine = try Knowledge(
            yaml: """
                people:
                  - name: Zarina Ospanova
                    aliases: [Ospanova]
                    roles: [{title: mayor, country: Kazakhstan, from: 2020-01-01}]
                """
        )
        let analysis = ActorFixture(["Ospanova opened the square."]).analyze(Knowledge.builtIn.merging(mine))
        #expect(analysis.names == ["Zarina Ospanova"])
    }
}
