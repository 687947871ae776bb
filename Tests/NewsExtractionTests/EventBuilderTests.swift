import Testing

@testable import NewsExtraction

@Suite struct EventBuilderTests {
    let anchor = Day(iso: "2022-01-07")!

    /// Builds the events of one made-up sentence, with the actor and place mentions given as surfaces.
    func events(
        _ text: String,
        actors: [(String, String, ActorKind)] = [],
        places: [String] = [],
        countries: [String] = [],
        kind: PassageKind = .body,
        author: String? = nil
    ) -> [ExtractedEvent] {
        let sentence = Sentence(text: text, start: 0, end: text.unicodeScalars.count, passage: 0)
        func range(of surface: String) -> Range<Int> {
            let scalars = Array(text.unicodeScalars)
            let needle = Array(surface.unicodeScalars)
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle
            {
                return start..<start + needle.count
            }
            return 0..<0
        }
        let context = SentenceContext(
            sentence: sentence,
            anchor: anchor,
            passageKind: kind,
            passageAuthor: author,
            times: TemporalTagger().mentions(in: sentence, anchor: anchor),
            actors: actors.map { ActorMention(name: $0.1, kind: $0.2, surface: $0.0, range: range(of: $0.0)) },
            places: places.map { PlaceMention(name: $0, kind: .city, country: nil, surface: $0, range: range(of: $0)) }
                + countries.map {
                    PlaceMention(name: $0, kind: .country, country: $0, surface: $0, range: range(of: $0))
                }
        )
        return EventBuilder().events(in: [context], defaultLocation: "Kazakhstan")
    }

    @Test func theDaysNewsTakesThePublicationDate() throws {
        let result = events(
            "The president issued a shoot-to-kill order.",
            actors: [("The president", "Kassym-Jomart Tokayev", .person)]
        )
        let event = try #require(result.first)
        #expect(result.count == 1)
        #expect(event.type == .decree)
        #expect(event.date?.iso == "2022-01-07")
        #expect(event.dateBasis == .publication)
        #expect(event.actors == ["Kassym-Jomart Tokayev"])
        #expect(event.location == "Kazakhstan")
    }

    @Test func aTimeMentionDatesTheClause() throws {
        let event = try #require(
            events("Protesters stormed the city hall in Almaty on Wednesday.", places: ["Almaty"]).first
        )
        #expect(event.type == .riot)
        #expect(event.date?.iso == "2022-01-05")
        #expect(event.dateBasis == .text)
        #expect(event.actors == ["protesters"])
        #expect(event.location == "Almaty")
    }

    @Test func coordinatedClausesShareTheDate() {
        let result = events(
            "Tokayev accepted the resignation of the government on Wednesday and declared a state of emergency.",
            actors: [("Tokayev", "Kassym-Jomart Tokayev", .person)]
        )
        #expect(result.map(\.type) == [.resignation, .decree])
        #expect(result.allSatisfy { $0.date?.iso == "2022-01-05" && $0.dateBasis == .text })
    }

    @Test func relativeClausesKeepTheirOwnDate() throws {
        let event = try #require(
            events(
                "Nazarbayev, who stepped aside in 2019, kept his powers.",
                actors: [("Nazarbayev", "Nursultan Nazarbayev", .person)]
            ).first
        )
        #expect(event.type == .resignation)
        #expect(event.date?.iso == "2019")
        #expect(event.dateBasis == .text)
    }

    @Test(arguments: [
        "The minister had resigned after the vote.",
        "The opposition will protest on Monday.",
        "The concession did not end the protests.",
        "He asked people to protest peacefully.",
        "Analysts said the anger went well beyond the cost of gas.",
        "He said he had come to discuss the terms of his resignation on Sunday.",
        "The president ordered the army not to open fire on Monday.",
        "The detention came a day after the president spoke.",
    ])
    func backgroundPlansAndNegationsAreNotEvents(_ text: String) {
        #expect(events(text).isEmpty)
    }

    @Test func statementsNeedANamedSpeaker() throws {
        let named = events(
            "The interior ministry said several officers had been hurt.",
            actors: [("The interior ministry", "Kazakhstan Interior Ministry", .organization)]
        )
        let statement = try #require(named.first { $0.type == .statement })
        #expect(statement.actors.first == "Kazakhstan Interior Ministry")
        #expect(statement.dateBasis == .publication)
        #expect(events("Officials said the situation was calm.").isEmpty)
    }

    @Test func aStatementIsDatedByItsOwnTimeNotTheReportedOne() throws {
        let result = events(
            "The ministry said on Thursday that 95 officers had been injured in clashes on Tuesday.",
            actors: [("The ministry", "Kazakhstan Interior Ministry", .organization)]
        )
        let statement = try #require(result.first { $0.type == .statement })
        #expect(statement.date?.iso == "2022-01-06")
        let clash = try #require(result.first { $0.type == .clash })
        #expect(clash.date?.iso == "2022-01-04")
    }

    @Test func embeddedPostAuthorsAreNotSpeakers() {
        let result = events(
            "Hillel Neuer said the council was silent.",
            actors: [("Hillel Neuer", "Hillel Neuer", .person)],
            kind: .embeddedPost,
            author: "Hillel Neuer"
        )
        #expect(result.isEmpty)
    }

    @Test func requestsNeedAnAppealForHelp() {
        let asked = events(
            "Tokayev asked the CSTO for help on Wednesday.",
            actors: [("Tokayev", "Kassym-Jomart Tokayev", .person), ("CSTO", "CSTO", .organization)]
        )
        #expect(asked.map(\.type) == [.request])
        #expect(asked.first?.actors == ["Kassym-Jomart Tokayev", "CSTO"])
    }

    @Test func directQuotesAreColourNotEvents() {
        let result = events(
            "\u{201C}Today we marched for our sons,\u{201D} said Anna Petrova, a teacher.",
            actors: [("Anna Petrova", "Anna Petrova", .person)]
        )
        #expect(!result.contains { $0.type == .protest })
    }

    @Test func aPossessiveTimeDatesOnlyItsNoun() throws {
        let event = try #require(
            events("The commission annulled the results of Sunday's election on Tuesday.").first { $0.type == .decree }
        )
        #expect(event.date?.iso == "2022-01-04")
    }

    @Test func aRelativeClauseKeepsItsTimeToItself() {
        let result = events(
            "The protests became a movement against Nazarbayev, who stepped aside in 2019.",
            actors: [("Nazarbayev", "Nursultan Nazarbayev", .person)]
        )
        #expect(result.first { $0.type == .resignation }?.date?.iso == "2019")
        #expect(!result.contains { $0.type == .protest && $0.date?.iso == "2019" })
    }

    @Test func aCountAfterASpeechVerbIsTheSpeakersStatement() {
        let result = events(
            "The ministry said on Sunday that 5,800 people had been detained.",
            actors: [("The ministry", "Kazakhstan Interior Ministry", .organization)]
        )
        #expect(result.map(\.type) == [.statement])
    }

    @Test func aPronounSpeakerIsThePersonNamedBefore() throws {
        func context(_ text: String, actors: [ActorMention]) -> SentenceContext {
            SentenceContext(
                sentence: Sentence(text: text, start: 0, end: text.unicodeScalars.count, passage: 0),
                anchor: anchor,
                actors: actors
            )
        }
        let first = context(
            "Ablyazov leads an opposition movement.",
            actors: [ActorMention(name: "Mukhtar Ablyazov", kind: .person, surface: "Ablyazov", range: 0..<8)]
        )
        let second = context("\u{201C}This is an occupation,\u{201D} he said.", actors: [])
        let statement = try #require(
            EventBuilder().events(in: [first, second], defaultLocation: nil).first { $0.type == .statement }
        )
        #expect(statement.actors == ["Mukhtar Ablyazov"])
        #expect(statement.dateBasis == .publication)
    }

    @Test func removalFromOfficeIsAResignationButOustedIsAnAdjective() {
        let result = events(
            "Congress removed Castillo from office on Wednesday, and supporters of ousted President Castillo marched.",
            actors: [("Castillo", "Pedro Castillo", .person)]
        )
        #expect(result.filter { $0.type == .resignation }.map { $0.date?.iso } == ["2022-01-05"])
    }

    @Test func aYearCanNameAnOccasion() {
        let result = events(
            "Hariri, who was reappointed prime minister after the 2018 elections, resigned on Tuesday.",
            actors: [("Hariri", "Saad Hariri", .person)]
        )
        #expect(result.contains { $0.type == .other && $0.date?.iso == "2018" })
        #expect(result.contains { $0.type == .resignation && $0.date?.iso == "2022-01-04" })
    }

    @Test func riotPoliceAreNoRiot() {
        let result = events("Riot police fired pepper spray at protesters in the airport on Tuesday night.")
        #expect(result.map(\.type) == [.crackdown])
        #expect(result.first?.actors == ["protesters", "police"])
    }

    @Test func anAgreementToActIsTheDecidedEvent() {
        let result = events("The government agreed on Tuesday to cut the price of gas.")
        #expect(result.map(\.type) == [.decree])
        #expect(result.first?.date?.iso == "2022-01-04")
    }

    @Test func aPhraseReachingIntoARelativeClauseTakesItsDate() {
        let result = events(
            "The unrest, which began on January 2 in the west, was the worst since it became independent in 1991."
        )
        #expect(result.contains { $0.type == .protest && $0.date?.iso == "2022-01-02" })
        #expect(result.contains { $0.type == .other && $0.date?.iso == "1991" })
    }

    @Test func privatePeopleQuotedForColourAreNoSpeakers() {
        let result = events(
            "\u{201C}It is about thirty years,\u{201D} said Tomás Aravena, 22, a law student.",
            actors: [("Tomás Aravena", "Tomás Aravena", .person)]
        )
        #expect(!result.contains { $0.type == .statement })
    }

    @Test func aHyphenatedCompoundIsOneWordOfAPhrase() throws {
        // "soldiers ... landed" allows six words between; "Norway-based" counts as one of them.
        let event = try #require(
            events("The first soldiers of a Norway-based naval task force landed on Tuesday.").first
        )
        #expect(event.type == .deployment)
        #expect(event.date?.iso == "2022-01-04")
    }

    @Test func aPhrasesLastWordCanOpenTheNext() {
        // "sent ... peacekeepers" ends where "peacekeepers ... landed" begins.
        let result = events("The neighbours sent peacekeepers, who landed on Tuesday.").filter {
            $0.type == .deployment
        }
        #expect(result.contains { $0.date?.iso == "2022-01-04" }, "\(result)")
    }

    @Test func praiseOrBlameForAnEventOnlyReferToIt() {
        #expect(
            !events("The council praised the governor for deploying the guard.").contains { $0.type == .deployment }
        )
        let result = events(
            "The council praised the governor of the northern province for sending peacekeepers, who landed on Tuesday."
        ).filter { $0.type == .deployment }
        #expect(result.map { $0.date?.iso } == ["2022-01-04"])
    }

    @Test func aTemporalClauseKeepsItsParticipantsAndPlaceToItself() throws {
        let result = events(
            "Army units arrived at the dam on Thursday, two days after the governor appealed for help.",
            actors: [("the governor", "Jane Roe", .person)]
        )
        let arrival = try #require(result.first { $0.type == .deployment }, "\(result)")
        #expect(arrival.date?.iso == "2022-01-06")
        #expect(!arrival.actors.contains("Jane Roe"))
        let request = try #require(result.first { $0.type == .request })
        #expect(request.actors.contains("Jane Roe"))

        let landing = try #require(
            events(
                "The mayor cut a ribbon in Springfield on Friday, ten days after the engineering units landed.",
                actors: [("The mayor", "John Doe", .person)],
                places: ["Springfield"]
            ).first { $0.type == .deployment }
        )
        #expect(landing.location == "Kazakhstan")
        #expect(!landing.actors.contains("John Doe"))
        // A time phrase without a verb is no clause: the mayor still resigns in "just before dawn the mayor ...".
        let resignation = try #require(
            events("Just before dawn the mayor resigned.", actors: [("the mayor", "John Doe", .person)]).first {
                $0.type == .resignation
            }
        )
        #expect(resignation.actors == ["John Doe"])
    }

    @Test func aStateSendingTroopsIsNotWhereTheyGo() throws {
        let sent = try #require(
            events(
                "Norway has dispatched 300 soldiers.",
                actors: [("Norway", "Norway", .country)],
                countries: ["Norway"]
            ).first { $0.type == .deployment }
        )
        #expect(sent.location == "Kazakhstan")
        #expect(sent.actors.contains("Norway"))
        let protest = try #require(
            events("Norway protests continued.", actors: [("Norway", "Norway", .country)], countries: ["Norway"]).first
        )
        #expect(protest.location == "Norway")
    }

    @Test func protestsCarryOnWithTheyAndASecondVerb() throws {
        func sentence(_ text: String, start: Int, reference: DateValue?) -> SentenceContext {
            let sentence = Sentence(text: text, start: start, end: start + text.unicodeScalars.count, passage: 0)
            return SentenceContext(
                sentence: sentence,
                anchor: anchor,
                times: TemporalTagger().mentions(in: sentence, anchor: anchor, reference: reference),
                places: ["Lyon", "Marseille"].compactMap { name in
                    guard let range = text.range(of: name) else { return nil }
                    let lower = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                    return PlaceMention(
                        name: name,
                        kind: .city,
                        country: "France",
                        surface: name,
                        range: lower..<lower + name.unicodeScalars.count
                    )
                }
            )
        }
        func described(_ events: [ExtractedEvent]) -> [String] {
            events.filter { $0.dateBasis == .text }.map { "\($0.date?.iso ?? "-") \($0.type) \($0.location ?? "-")" }
        }
        let monday = DateValue(Day(iso: "2022-01-03")!)
        // "They" stands for the demonstrations of the sentence before.
        let later = EventBuilder().events(
            in: [
                sentence("Demonstrations against the tax filled Lyon on Monday.", start: 0, reference: nil),
                sentence("By Wednesday they had reached Marseille.", start: 60, reference: monday),
            ],
            defaultLocation: "France"
        )
        #expect(described(later) == ["2022-01-03 protest Lyon", "2022-01-05 protest Marseille"])
        // A second verb of their course, joined by "and", has its own place and time.
        let course = EventBuilder().events(
            in: [
                sentence("The strikes were called by the unions.", start: 0, reference: nil),
                sentence(
                    "They started in Lyon on January 2 and spread to Marseille on January 5.",
                    start: 40,
                    reference: nil
                ),
            ],
            defaultLocation: "France"
        )
        #expect(described(course) == ["2022-01-02 protest Lyon", "2022-01-05 protest Marseille"])
        // Without protests just before, "they" is somebody else.
        let other = EventBuilder().events(
            in: [
                sentence("The ministers met on Monday.", start: 0, reference: nil),
                sentence("By Wednesday they had reached Marseille.", start: 40, reference: monday),
            ],
            defaultLocation: "France"
        )
        #expect(!other.contains { $0.type == .protest })
    }

    @Test func theLexiconParsesAndCoversEveryType() {
        let lexicon = EventLexicon.builtIn
        for type in EventType.allCases {
            #expect(lexicon.categories(of: type) != nil, "no lexicon entry for \(type)")
        }
        #expect(EventType.riot.acledCategory.hasPrefix("Riots"))
        #expect(EventType.statement.cameoRoot.hasPrefix("01"))
        #expect(throws: KnowledgeError.self) {
            try EventLexicon(yaml: "- type: parade\n  acled: none\n  cameo: none\n  triggers: [march]\n")
        }
    }
}
