import NewsExtraction
import Testing
import TimelineSQLite

@testable import TimelineStore

/// Event ids in `Fixtures`: Kazakhstan 1 riot 2022-01-05, 2 decree 2022-01-07, 3 undated statement, 4 arrest 2022-01,
/// 5 protest 2022-01-02...2022-01-11, 6 other 2022-01-06; Sri Lanka 7 other 2022-07-13, 8 resignation 2022-05.
@Suite struct QueryTests {
    let store: TimelineStore

    init() throws {
        store = try makeLoadedStore()
    }

    func ids(_ query: EventQuery) throws -> [Int64] {
        try store.events(query).map(\.id)
    }

    @Test func namesAreNormalizedWithOrWithoutTheFastPath() {
        let cases = [
            "Tokayev": "Tokayev", "Kassym-Jomart Tokayev": "Kassym-Jomart Tokayev", " Tokayev": "Tokayev",
            "Tokayev ": "Tokayev", "Kassym  Tokayev": "Kassym Tokayev", "Kassym\tTokayev": "Kassym Tokayev",
            "Kassym\r\nTokayev": "Kassym Tokayev", "Iván\u{00A0}Duque": "Iván Duque", "": "", "   ": "",
            "a\u{1F}b": "a\u{1F}b", "Élysée": "Élysée",
        ]
        for (name, expected) in cases {
            #expect(TimelineStore.normalizedName(name) == expected, "\(name.debugDescription)")
        }
    }

    @Test func eventsComeInDateOrderThenById() throws {
        #expect(try ids(EventQuery()) == [4, 5, 1, 6, 2, 8, 7])
        #expect(try ids(EventQuery(descending: true)) == [7, 8, 2, 6, 1, 5, 4])
    }

    @Test func undatedEventsComeLastOnlyWhenAskedFor() throws {
        #expect(try ids(EventQuery(includeUndated: true)) == [4, 5, 1, 6, 2, 8, 7, 3])
        #expect(try ids(EventQuery(descending: true, includeUndated: true)) == [7, 8, 2, 6, 1, 5, 4, 3])
        // A date criterion never matches an undated event.
        #expect(try ids(EventQuery(on: Fixtures.date("2022"), includeUndated: true)) == [4, 5, 1, 6, 2, 8, 7])
    }

    @Test(arguments: [
        ("2022-01-05", [Int64(1)]),
        ("2022-01-06", [6]),
        ("2022-01-03", []),
        ("2022-01", [4, 5, 1, 6, 2]),
        ("2022-05", [8]),
        ("2022", [4, 5, 1, 6, 2, 8, 7]),
        ("2021", []),
    ])
    func onListsEventsWhoseDatesLieInside(_ on: String, _ expected: [Int64]) throws {
        #expect(try ids(EventQuery(on: Fixtures.date(on))) == expected)
    }

    @Test func sinceAndUntilAreInclusive() throws {
        let since = Fixtures.day("2022-01-05")
        let until = Fixtures.day("2022-01-07")
        #expect(try ids(EventQuery(since: since, until: until)) == [1, 6, 2])
        #expect(try ids(EventQuery(since: Fixtures.day("2022-01-02"))) == [5, 1, 6, 2, 8, 7])
        #expect(try ids(EventQuery(until: Fixtures.day("2022-01-10"))) == [1, 6, 2])
        #expect(try ids(EventQuery(until: Fixtures.day("2022-01-11"))) == [5, 1, 6, 2])
    }

    @Test(arguments: [
        "Kassym-Jomart Tokayev", "kassym-jomart tokayev", "Tokayev", "TOKAYEV", "Tokaev", "the President",
        "  Tokayev ",
    ])
    func actorMatchesNamesAliasesAndSurnamesIgnoringCase(_ name: String) throws {
        #expect(try store.matchingActorNames(name) == ["Kassym-Jomart Tokayev"])
        #expect(try ids(EventQuery(actors: [name])) == [2])
        #expect(try ids(EventQuery(actors: [name], includeUndated: true)) == [2, 3])
    }

    @Test func accentsAndNonASCIICaseAreIgnoredWhenNothingMatchesExactly() throws {
        let text = "Iván Duque spoke in Bogotá. ÉLYSÉE"
        _ = try store.load(
            Extraction(
                article: Article(text: text),
                actors: [Actor(name: "Iván Duque", kind: .person), Actor(name: "Élysée", kind: .organization)],
                events: [],
                figures: []
            )
        )
        #expect(try store.matchingActorNames("Ivan Duque") == ["Iván Duque"])
        #expect(try store.matchingActorNames("duque") == ["Iván Duque"])
        #expect(try store.matchingActorNames("ÉLYSÉE") == ["Élysée"])
        #expect(try store.matchingActorNames("elysee") == ["Élysée"])
        #expect(try store.suggestActors(for: "Ivan Duqe", limit: 3) == ["Iván Duque"])
    }

    @Test func sharedSurnameMatchesEveryoneWhoBearsIt() throws {
        #expect(try store.matchingActorNames("rajapaksa") == ["Gotabaya Rajapaksa", "Mahinda Rajapaksa"])
        #expect(try ids(EventQuery(actors: ["Rajapaksa"])) == [8, 7])
        #expect(try ids(EventQuery(actors: ["Rajapaksa", "Gotabaya Rajapaksa"])) == [7])
    }

    @Test func everyActorMustTakePart() throws {
        #expect(try ids(EventQuery(actors: ["the interior ministry", "protesters"])) == [4])
        #expect(try ids(EventQuery(actors: ["Tokayev", "Rajapaksa"])) == [])
    }

    @Test func groupNamesFilterLikeActors() throws {
        #expect(try ids(EventQuery(actors: ["Protesters"])) == [4, 5, 1])
    }

    @Test func unknownActorSuggestsTheClosestNames() throws {
        let error = try #require(throws: StoreError.self) { try store.events(EventQuery(actors: ["Tokayv"])) }
        #expect(error.message == "No actor in '\(store.path)' matches 'Tokayv'; did you mean 'Kassym-Jomart Tokayev'?")
        let two = try #require(throws: StoreError.self) { try store.events(EventQuery(actors: ["Rajapaksha"])) }
        #expect(two.message.hasSuffix("did you mean 'Gotabaya Rajapaksa' or 'Mahinda Rajapaksa'?"))
        let none = try #require(throws: StoreError.self) { try store.events(EventQuery(actors: ["Qwxyz"])) }
        #expect(
            none.message
                == "No actor in '\(store.path)' matches 'Qwxyz'; run 'timeline actors' to list the known actors."
        )
        #expect(try store.suggestActors(for: "mahinda", limit: 5) == ["Mahinda Rajapaksa"])
    }

    @Test func typeLocationAndSourceFilter() throws {
        #expect(try ids(EventQuery(types: [.riot, .decree])) == [1, 2])
        #expect(try ids(EventQuery(location: "almaty")) == [1])
        #expect(try ids(EventQuery(location: "KAZAKH")) == [4, 2])
        #expect(try ids(EventQuery(source: "ocean post")) == [8, 7])
        #expect(try ids(EventQuery(source: "news.example")) == [4, 5, 1, 6, 2])
    }

    /// `%` and `_` are LIKE wildcards; a location filter must treat them as text.
    @Test(arguments: [("%", [Int64(6)]), ("_", [6]), ("0%_c", [6]), ("\\", []), ("a%y", [])])
    func locationFilterTreatsWildcardsAsText(_ location: String, _ expected: [Int64]) throws {
        #expect(try ids(EventQuery(location: location)) == expected)
    }

    @Test func limitAndOffsetPage() throws {
        #expect(try ids(EventQuery(limit: 2)) == [4, 5])
        #expect(try ids(EventQuery(limit: 2, offset: 1)) == [5, 1])
        #expect(try ids(EventQuery(offset: 5)) == [8, 7])
        #expect(try ids(EventQuery(limit: 0)) == [])
    }

    @Test func eventCarriesItsDateParticipantsAndSources() throws {
        let event = try #require(try store.event(id: 5))
        #expect(event.date == Fixtures.date("2022-01-02"))
        #expect(event.dateTo == Fixtures.date("2022-01-11"))
        #expect(event.dateBasis == .text)
        #expect(event.type == .protest)
        #expect(event.location == "Zhanaozen")
        let source = try #require(event.sources.first)
        #expect(source.articleID == 1)
        #expect(source.title == "Kazakhstan declares emergency")
        #expect(source.url == "https://news.example/kazakhstan-emergency")
        #expect(source.published == Fixtures.day("2022-01-07"))
        #expect(source.quote.hasPrefix("Demonstrations over fuel prices"))
        #expect(try store.event(id: 4)?.actors == ["Kazakhstan Interior Ministry", "protesters"])
        #expect(try store.event(id: 4)?.date?.precision == .month)
        #expect(try store.event(id: 3)?.date == nil)
        #expect(try store.event(id: 999) == nil)
    }

    @Test func actorsListCountsAndFirstAndLastSeen() throws {
        let actors = try store.actors(ActorQuery())
        #expect(
            actors.map(\.name) == [
                "Kassym-Jomart Tokayev", "Gotabaya Rajapaksa", "Kazakhstan Interior Ministry", "Mahinda Rajapaksa",
                "Khabar 24",
            ]
        )
        #expect(actors.map(\.events) == [2, 1, 1, 1, 0])
        let tokayev = actors[0]
        #expect(tokayev.kind == .person)
        #expect(tokayev.firstSeen == Fixtures.date("2022-01-07"))
        #expect(tokayev.lastSeen == Fixtures.date("2022-01-07"))
        #expect(actors[2].firstSeen == Fixtures.date("2022-01"))
        #expect(actors[4].firstSeen == nil)

        let byFirstSeen = try store.actors(ActorQuery(sort: .firstSeen)).map(\.name)
        #expect(byFirstSeen.first == "Kazakhstan Interior Ministry")
        #expect(byFirstSeen.last == "Khabar 24")
        let organizations = try store.actors(ActorQuery(kind: .organization, sort: .name)).map(\.name)
        #expect(organizations == ["Kazakhstan Interior Ministry", "Khabar 24"])
        #expect(
            try store.actors(ActorQuery(search: "RAJAPAKSA", sort: .name, limit: 1)).map(\.name) == [
                "Gotabaya Rajapaksa"
            ]
        )
        #expect(try store.actors(ActorQuery(search: "tokaev")).map(\.name) == ["Kassym-Jomart Tokayev"])
    }

    @Test func figuresAreListedOnePerReport() throws {
        let killed = try store.figures(FigureQuery(category: .killed))
        #expect(killed.map(\.low) == [164, 2])
        #expect(killed[0].attributedTo == "Khabar 24")
        #expect(killed[0].asOf == Fixtures.date("2022-01-07"))
        #expect(killed[1].high == nil)
        #expect(killed[1].published == Fixtures.day("2022-07-14"))
        #expect(killed[1].articleTitle == "Sri Lanka's president flees")
        #expect(try store.figures(FigureQuery(location: "colombo")).count == 1)
        #expect(try store.figures(FigureQuery(group: .protesters)).isEmpty)
        #expect(try store.figures(FigureQuery(since: Fixtures.day("2022-07-01"))).map(\.low) == [2])
        #expect(try store.figures(FigureQuery(until: Fixtures.day("2022-01-31"))).map(\.low) == [7939, 164])
        #expect(try store.figures(FigureQuery(until: Fixtures.day("2022-01-30"))).map(\.low) == [164])
    }

    /// Figures form a series per category, group and location (issue: one event, many sources).
    @Test func casualtySummaryReconcilesReports() throws {
        let rows = try store.casualtySummary(FigureQuery())
        #expect(rows.map(\.category) == [.killed, .killed, .detained])
        #expect(rows.map(\.location) == ["Colombo", "Kazakhstan", nil])
        let colombo = rows[0]
        #expect(colombo.group == .unspecified)
        #expect(colombo.reports == 1)
        #expect(colombo.latestLow == 2)
        #expect(colombo.latestHigh == nil)
        #expect(colombo.latestAsOf == nil)
        #expect(colombo.latestSource == "Indian Ocean Post")
        #expect(colombo.bestLow == 2)
        #expect(colombo.minLow == 2)
        #expect(colombo.maxHigh == 2)
        #expect(!colombo.conflicting)
        #expect(rows[1].latestSource == "Khabar 24")
        #expect(rows[1].bestSource == "Khabar 24")
        #expect(rows[1].retracted == 0)
        #expect(rows[2].reports == 1)
        #expect(rows[2].latestSource == "Kazakhstan Interior Ministry")
        #expect(!rows[2].conflicting)
    }

    @Test func articlesListWithTheirCounts() throws {
        let articles = try store.articles(limit: nil, offset: 0)
        #expect(articles.map(\.id) == [1, 2])
        #expect(articles.map(\.events) == [6, 2])
        #expect(articles.map(\.figures) == [2, 1])
        #expect(articles[1].source == "Indian Ocean Post")
        #expect(articles[0].published == Fixtures.day("2022-01-07"))
        #expect(try store.articles(limit: 1, offset: 1).map(\.id) == [2])
    }

    static let indexedQueries: [(String, EventQuery, String)] = [
        ("--on", EventQuery(on: DateValue(iso: "2022-01-07")), "event_by_date"),
        ("--on month", EventQuery(on: DateValue(iso: "2022-01")), "event_by_date"),
        ("--since --until", EventQuery(since: Day(iso: "2022-01-01"), until: Day(iso: "2022-01-31")), "event_by_date"),
        ("--until", EventQuery(until: Day(iso: "2022-01-31")), "event_by_date"),
        ("--actor", EventQuery(actors: ["Tokayev"]), "event_actor_by_actor"),
        ("--actor --actor", EventQuery(actors: ["Tokayev", "protesters"]), "event_actor_by_actor"),
    ]

    /// An actor in many of the events is looked up by walking the events in date order (stopping at the limit),
    /// a rare one by collecting its events; both give the first events of the full answer.
    @Test func aFrequentActorIsFoundByWalkingTheDates() throws {
        let store = try makeStore()
        let days = (1...30).map { String(format: "2022-01-%02d", $0) }
        _ = try store.load(
            MergingTests.article(
                "daily",
                published: "2022-02-01",
                events: days.enumerated().map { index, day in
                    ("Report \(index) on \(day).", day, .text, index < 10 ? ["CSTO"] : ["Kassym-Jomart Tokayev"])
                }
            )
        )
        let all = try store.events(EventQuery(actors: ["CSTO"]))
        #expect(all.count == 10)
        // 10 of 30 events: walked for a limit up to 3 (10² > 3 × 30), collected above.
        for limit in 1...12 {
            let query = EventQuery(actors: ["CSTO"], limit: limit)
            #expect(try store.events(query).map(\.id) == all.prefix(limit).map(\.id))
        }
        let walk = try store.eventsQueryPlan(EventQuery(actors: ["CSTO"], limit: 3))
        #expect(walk.contains { $0.contains("CORRELATED") }, "\(walk)")
        #expect(walk.contains { $0.contains("event_actor_by_actor") }, "\(walk)")
        let collect = try store.eventsQueryPlan(EventQuery(actors: ["CSTO"], limit: 4))
        #expect(!collect.contains { $0.contains("CORRELATED") }, "\(collect)")
    }

    @Test(arguments: indexedQueries)
    func dateAndActorFiltersUseIndexes(_ label: String, _ query: EventQuery, _ index: String) throws {
        let plan = try store.eventsQueryPlan(query)
        #expect(!plan.contains { $0 == "SCAN event" || $0.hasPrefix("SCAN event ") }, "\(label): \(plan)")
        #expect(plan.contains { $0.contains(index) }, "\(label): \(plan)")
    }
}
