import NewsExtraction
import Testing

@testable import TimelineStore

@Suite struct EventMatcherTests {
    static func report(
        _ article: String,
        _ date: String?,
        basis: DateBasis = .text,
        type: EventType = .deployment,
        actors: [String] = [],
        groups: [String] = [],
        location: String? = nil,
        quote: String = "Troops of the alliance arrived in the country on that day, officials said."
    ) -> EventReport {
        EventReport(
            article: article,
            start: 0,
            end: quote.unicodeScalars.count,
            date: date.flatMap { DateValue(iso: $0) },
            dateBasis: date == nil ? nil : basis,
            type: type,
            actors: actors,
            groups: groups,
            location: location,
            summary: quote,
            quote: quote
        )
    }

    @Test func reportsOfTheSameDayTypeAndActorAreOneEvent() {
        let events = EventMatcher.match([
            Self.report("a", "2022-01-06", actors: ["CSTO"]),
            Self.report("b", "2022-01-06", actors: ["CSTO", "Russia"]),
        ])
        #expect(events.count == 1)
        #expect(events[0].actors == ["CSTO", "Russia"] || events[0].actors == ["CSTO"] + ["Russia"])
    }

    @Test func differentTypeDayOrActorsStayApart() {
        let events = EventMatcher.match([
            Self.report("a", "2022-01-06", actors: ["CSTO"]),
            Self.report("b", "2022-01-06", type: .statement, actors: ["CSTO"]),
            Self.report("c", "2022-01-07", actors: ["CSTO"]),
            Self.report("d", "2022-01-06", actors: ["United States"]),
        ])
        #expect(events.count == 4, "\(events.map { ($0.reports.map(\.article), $0.date) })")
    }

    @Test func withoutNamedActorsTheLocationDecides() {
        let events = EventMatcher.match([
            Self.report("a", "2022-01-02", type: .protest, actors: ["Government of Kazakhstan"], location: "Zhanaozen"),
            Self.report("b", "2022-01-02", type: .protest, groups: ["protesters"], location: "zhanaozen"),
            Self.report("c", "2022-01-02", type: .protest, groups: ["protesters"], location: "Aktau"),
        ])
        #expect(events.map(\.reports.count).sorted() == [1, 2])
    }

    @Test func groupsAloneNeverMatch() {
        #expect(
            EventMatcher.match([
                Self.report("a", "2022-01-04", type: .protest, groups: ["protesters"]),
                Self.report("b", "2022-01-04", type: .protest, groups: ["protesters"]),
            ]).count == 2
        )
    }

    @Test func monthPrecisionAttachesToADayInsideIt() {
        let events = EventMatcher.match([
            Self.report("a", "2022-01-06", actors: ["CSTO"]),
            Self.report("b", "2022-01", actors: ["CSTO"]),
            Self.report("c", "2022-02", actors: ["CSTO"]),
        ])
        #expect(events.count == 2)
        let january = try? #require(events.first { $0.date?.iso == "2022-01-06" })
        #expect(january?.reports.map(\.article).sorted() == ["a", "b"])
    }

    /// A month or a year is weak evidence: a loosely dated report also needs the same country as the day it joins
    /// ("Almaty" lies in Kazakhstan), and reports left over are grouped by country.
    @Test func monthPrecisionNeedsTheSameCountry() {
        let groups = Self.statementGroups([
            ("a", "2022-01-06", "Almaty"), ("b", "2022-01", "Kazakhstan"), ("c", "2022-01", "Belarus"),
            ("d", "2022-01", "Minsk"), ("e", "2022", "Chile"), ("f", "2022", "Sri Lanka"), ("g", "2022", nil),
        ])
        #expect(groups == [["a", "b", "g"], ["c", "d"], ["e"], ["f"]])
    }

    /// The country of a group is the one most of its reports give: a group of two reports from Kazakhstan and one
    /// from Belarus, joined by a shared actor, takes no month report from Belarus.
    @Test func monthPrecisionJoinsTheCountryMostOfTheGroupGives() {
        let reports = [
            ("a", "2022-01-06", "Almaty"), ("b", "2022-01-06", "Kazakhstan"), ("c", "2022-01-06", "Minsk"),
            ("d", "2022-01", "Belarus"), ("e", "2022-01", "Shymkent"),
        ]
        #expect(Self.statementGroups(reports) == [["a", "b", "c", "e"], ["d"]])
        let day = reports.prefix(3).map { Self.report($0.0, $0.1, type: .statement, location: $0.2) }
        #expect(EventMatcher.mainRegion(of: day) == "kazakhstan")
    }

    /// The events of statements by one person (article, date, place), as sets of articles.
    static func statementGroups(_ reports: [(String, String, String?)]) -> Set<Set<String>> {
        let events = EventMatcher.match(
            reports.map { report($0.0, $0.1, type: .statement, actors: ["Jane Roe"], location: $0.2) }
        )
        return Set(events.map { Set($0.reports.map(\.article)) })
    }

    @Test func monthPrecisionNeverJoinsTwoDays() {
        let events = EventMatcher.match([
            Self.report("a", "2022-01-06", actors: ["CSTO"]),
            Self.report("b", "2022-01-13", actors: ["CSTO"]),
            Self.report("c", "2022-01", actors: ["CSTO"]),
        ])
        #expect(events.count == 2)
    }

    /// The day's news (dated by publication) may report an event of a day or two before; the date most sources
    /// give wins, and the other is recorded.
    @Test func theMajorityDateWinsAndTheOtherIsRecorded() {
        let events = EventMatcher.match([
            Self.report("a", "2022-01-06", actors: ["CSTO"]),
            Self.report("b", "2022-01-06", actors: ["CSTO"]),
            Self.report("c", "2022-01-07", basis: .publication, actors: ["CSTO", "Russia"]),
        ])
        #expect(events.count == 1)
        #expect(events[0].date?.iso == "2022-01-06")
        #expect(events[0].dateBasis == .text)
        #expect(EventMatcher.disagrees(DateValue(iso: "2022-01-07"), with: events[0].date))
        #expect(!EventMatcher.disagrees(DateValue(iso: "2022-01"), with: events[0].date))
    }

    @Test func undatedReportsAreNeverMatched() {
        #expect(
            EventMatcher.match([
                Self.report("a", nil, actors: ["CSTO"]), Self.report("b", nil, actors: ["CSTO"]),
            ]).count == 2
        )
    }

    @Test func theClearestSentenceIsTheSummary() {
        let dateline = "ALMATY, Jan 6 (Wire) - The first troops of the alliance arrived on Thursday, officials said."
        let plain = "The first troops of the Russian-led alliance arrived in Kazakhstan on Thursday."
        let events = EventMatcher.match([
            Self.report("a", "2022-01-06", actors: ["CSTO"], quote: dateline),
            Self.report("b", "2022-01-06", actors: ["CSTO"], quote: plain),
            Self.report("c", "2022-01-07", basis: .publication, actors: ["CSTO"], quote: "Troops arrived."),
        ])
        #expect(events.count == 1)
        #expect(events[0].summary == plain)
        #expect(EventMatcher.hasDateline(dateline))
        #expect(!EventMatcher.hasDateline(plain))
    }

    static let reports = [
        report("a", "2022-01-06", actors: ["CSTO"]),
        report("b", "2022-01-06", actors: ["CSTO", "Russia"]),
        report("c", "2022-01-07", basis: .publication, actors: ["Russia"]),
        report("d", "2022-01", actors: ["CSTO"]),
        report("e", "2022-01-06", groups: ["troops"], location: "Almaty"),
        report("f", "2022-01-06", actors: ["Kassym-Jomart Tokayev"], location: "Almaty"),
        report("g", "2022-01-08", basis: .publication, actors: ["CSTO"]),
    ]

    /// The matcher is a function of the set of reports: every order gives the same events.
    @Test func everyOrderGivesTheSameEvents() {
        let expected = EventMatcher.match(Self.reports)
        for permutation in permutations(Self.reports) {
            #expect(EventMatcher.match(permutation) == expected)
        }
    }
}

/// Every ordering of `items` (n! of them: keep n small).
func permutations<T>(_ items: [T]) -> [[T]] {
    guard items.count > 1 else { return [items] }
    var result: [[T]] = []
    for index in items.indices {
        var rest = items
        let item = rest.remove(at: index)
        for tail in permutations(rest) { result.append([item] + tail) }
    }
    return result
}
