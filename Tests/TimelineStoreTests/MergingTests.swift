import NewsExtraction
import Testing

@testable import TimelineStore

/// The store applies the event matcher's decisions (issue: one event, many sources).
@Suite struct MergingTests {
    static func article(
        _ name: String,
        published: String,
        events: [(String, String, DateBasis, [String])]
    )
        -> Extraction
    {
        let text = events.map(\.0).joined(separator: "\n\n")
        return Extraction(
            article: Article(
                title: name,
                url: "https://\(name).example/story",
                source: name,
                published: Fixtures.day(published),
                text: text
            ),
            actors: [
                Actor(name: "CSTO", kind: .organization), Actor(name: "Kassym-Jomart Tokayev", kind: .person),
            ],
            events: events.map { quote, date, basis, actors in
                Fixtures.event(
                    quote,
                    in: text,
                    date: date,
                    basis: basis,
                    type: .deployment,
                    actors: actors,
                    location: "Kazakhstan",
                    summary: quote
                )
            },
            figures: []
        )
    }

    static let first = article(
        "north",
        published: "2022-01-06",
        events: [("The first CSTO troops arrived in Kazakhstan on Thursday.", "2022-01-06", .text, ["CSTO", "troops"])]
    )
    static let second = article(
        "atlas",
        published: "2022-01-19",
        events: [("CSTO troops first arrived on January 6, officials recalled.", "2022-01-06", .text, ["CSTO"])]
    )
    static let third = article(
        "tribune",
        published: "2022-01-07",
        events: [("Russia reportedly sent in CSTO troops at Tokayev's request.", "2022-01-07", .publication, ["CSTO"])]
    )

    @Test func articlesThatReportTheSameEventShareIt() throws {
        let store = try makeStore()
        for extraction in [Self.first, Self.second, Self.third] { _ = try store.load(extraction) }
        let events = try store.events(EventQuery(includeUndated: true))
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.date?.iso == "2022-01-06")
        #expect(event.sources.compactMap(\.title).sorted() == ["atlas", "north", "tribune"])
        #expect(event.otherDates.map(\.date?.iso) == ["2022-01-07"])
        #expect(event.summary == "The first CSTO troops arrived in Kazakhstan on Thursday.")
        #expect(event.actors == ["CSTO", "troops"])
        #expect(try store.events(EventQuery(on: DateValue(iso: "2022-01-07"))).isEmpty)
        #expect(try store.count("event_actor") == 2)
    }

    @Test func loadingTwiceChangesNothing() throws {
        let store = try makeStore()
        _ = try store.load(Self.first)
        _ = try store.load(Self.second)
        let before = try store.events(EventQuery(includeUndated: true))
        #expect(try store.load(Self.second) == .skipped(articleID: 2))
        #expect(try store.events(EventQuery(includeUndated: true)) == before)
    }

    @Test func replacingAnArticleRemovesItsSourcesAndEmptyEvents() throws {
        let store = try makeStore()
        _ = try store.load(Self.first)
        _ = try store.load(Self.second)
        var changed = Self.second
        changed.article.text += "\n\nUpdated."
        changed.events = []
        _ = try store.load(changed, replace: true)
        let events = try store.events(EventQuery(includeUndated: true))
        #expect(events.map { $0.sources.map(\.title) } == [["north"]])
        var gone = Self.first
        gone.article.text += "\n\nUpdated."
        gone.events = []
        _ = try store.load(gone, replace: true)
        #expect(try store.count("event") == 0)
        #expect(try store.count("event_actor") == 0)
    }

    /// A month's report joins an event of the 3rd that the matcher settled before the month closed (when it reached
    /// the 25th): the store adds it to the stored event and forms the event again, whether the load deferred
    /// matching or not, and the month report's own event is gone.
    @Test(arguments: [false, true])
    func aMonthReportJoinsAnEventSettledEarlierInTheMonth(deferred: Bool) throws {
        let articles = [
            Self.article(
                "early",
                published: "2022-01-03",
                events: [("CSTO troops landed in Almaty on Monday.", "2022-01-03", .text, ["CSTO"])]
            ),
            Self.article(
                "late",
                published: "2022-01-25",
                events: [("CSTO troops left Almaty on Tuesday.", "2022-01-25", .text, ["CSTO"])]
            ),
            Self.article(
                "review",
                published: "2022-02-10",
                events: [("CSTO troops were deployed in January.", "2022-01", .text, ["CSTO"])]
            ),
        ]
        let store = try makeStore()
        for article in articles { _ = try store.load(article, deferMatching: deferred) }
        if deferred { try store.settleMatching() }
        let events = try store.events(EventQuery(includeUndated: true))
        #expect(events.map { $0.sources.compactMap(\.title).sorted() } == [["early", "review"], ["late"]])
        #expect(events.first?.date?.iso == "2022-01-03")
        #expect(try store.count("event") == 2)
        #expect(try store.check().allSatisfy { $0.passed })
    }

    @Test func theMatcherReadsABlockThroughTheTypeIndex() throws {
        let plan = try makeStore().blockReportsQueryPlan().joined(separator: "\n")
        #expect(plan.contains("event_source_by_type"), "\(plan)")
    }
}
