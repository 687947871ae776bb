import NewsExtraction
import Testing

@testable import TimelineStore

/// The matcher applies its rule one day at a time (`EventMatcher.Stream`) with participant indexes instead of
/// comparing every pair of reports. These tests hold it to the rule written the plain way: every pair compared,
/// every group considered.
@Suite struct MatchStreamTests {
    /// The rule of `EventMatcher`, written without streaming or indexes: the oracle.
    static func reference(_ reports: [EventReport]) -> Set<Set<String>> {
        let sorted = EventMatcher.sortedByIdentity(reports)
        func components(_ members: [EventReport]) -> [[EventReport]] {
            var groups: [[EventReport]] = []
            for report in members {
                let joined = groups.indices.filter { index in
                    groups[index].contains { EventMatcher.participantsMatch($0, report) }
                }
                var merged = [report]
                for index in joined.reversed() { merged += groups.remove(at: index) }
                groups.append(merged)
            }
            return groups
        }
        func key(_ report: EventReport) -> String {
            report.type.rawValue + (report.date?.iso ?? "") + ".." + (report.dateTo?.iso ?? "")
        }
        var events: [[EventReport]] = sorted.filter { $0.date == nil }.map { [$0] }
        let dated = sorted.filter { $0.date != nil }
        var groups: [[EventReport]] = []
        for members in Dictionary(grouping: dated.filter(EventMatcher.isPrecise), by: key).values {
            groups += components(members)
        }
        let stepOne = groups.map { (count: $0.count, first: EventMatcher.sortedByIdentity($0)[0]) }
        var leftOver: [String: [EventReport]] = [:]
        for report in dated where !EventMatcher.isPrecise(report) {
            let date = report.date!
            var best: (index: Int, rank: (Int, Int, String, String))?
            for (index, group) in groups.enumerated() {
                let first = stepOne[index].first
                let groupDate = first.date!
                guard first.type == report.type, groupDate.year == date.year else { continue }
                let distance: Int
                if date.precision == .day {
                    guard report.dateTo == nil else { continue }
                    distance = groupDate.firstDay.days(to: date.firstDay)
                    guard distance >= 0, distance <= EventMatcher.publicationReach else { continue }
                } else {
                    guard date.contains(groupDate), first.dateTo.map({ date.contains($0) }) ?? true else { continue }
                    distance = 0
                }
                // Only the reports of step 1 count, in number and in participants.
                let stepOneReports = Array(group.prefix(stepOne[index].count))
                guard stepOneReports.contains(where: { EventMatcher.participantsMatch($0, report) }) else { continue }
                if date.precision != .day, let region = EventMatcher.region(of: report.location),
                    let groupRegion = EventMatcher.mainRegion(of: stepOneReports), region != groupRegion
                {
                    continue
                }
                let rank = (distance, -stepOne[index].count, groupDate.firstDay.iso, first.identity)
                if best == nil || rank < best!.rank { best = (index, rank) }
            }
            if let best {
                groups[best.index].append(report)
            } else {
                let place = date.precision == .day ? "" : "|" + (EventMatcher.region(of: report.location) ?? "")
                leftOver[key(report) + "|" + (report.dateBasis?.rawValue ?? "") + place, default: []].append(report)
            }
        }
        for members in leftOver.values { groups += components(members) }
        events += groups
        return Set(events.map { Set($0.map(\.identity)) })
    }

    /// Reports drawn from a small world (three actors, two places, five weeks across a new year), so that every
    /// rule meets every other: shared and disjoint actors, location-only matches, the publication reach, month and
    /// year precision, ranges, and the year boundary.
    static func randomReports(count: Int, seed: UInt64) -> [EventReport] {
        var generator = SeededGenerator(seed: seed)
        let actors = ["Alpha", "Beta", "Gamma"]
        let places: [String?] = ["Almaty", "almaty", "Kazakhstan", "Minsk", nil]
        let start = Day(year: 2021, month: 12, day: 20)!
        return (0..<count).map { index in
            let day = start.adding(days: Int.random(in: 0..<40, using: &generator))
            let date: DateValue?
            var dateTo: DateValue?
            var basis: DateBasis = .text
            switch Int.random(in: 0..<20, using: &generator) {
            case 0: date = nil
            case 1, 2: date = DateValue(year: day.year, month: day.month)
            case 3: date = DateValue(year: day.year)
            case 4:
                date = DateValue(day)
                dateTo = DateValue(day.adding(days: 2))
            case 5...9:
                date = DateValue(day)
                basis = .publication
            default: date = DateValue(day)
            }
            let named = actors.filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }
            return EventReport(
                sourceID: Int64(index),
                article: "article-\(Int.random(in: 0..<12, using: &generator))",
                start: index * 10,
                end: index * 10 + 5,
                date: date,
                dateTo: dateTo,
                dateBasis: date == nil ? nil : basis,
                type: Bool.random(using: &generator) ? .protest : .clash,
                actors: named,
                groups: ["protesters"],
                location: places.randomElement(using: &generator)!,
                summary: "report \(index)",
                quote: "Report \(index) of the day."
            )
        }
    }

    @Test(arguments: 1...40)
    func theStreamFollowsTheRuleWrittenPlainly(seed: UInt64) {
        let reports = Self.randomReports(count: 60, seed: seed)
        let events = EventMatcher.match(reports)
        #expect(Set(events.map { Set($0.reports.map(\.identity)) }) == Self.reference(reports))
        // Each event is formed from all its reports, including those that joined after it was first settled.
        for event in events {
            #expect(event == EventMatcher.event(of: event.reports))
        }
    }

    /// A month's report joins a day early in the month although that day's event was settled long before the
    /// month closed: the stream amends it.
    @Test func aMonthReportAmendsAnEventSettledBefore() {
        func report(_ article: String, _ date: String, actors: [String]) -> EventReport {
            EventMatcherTests.report(article, date, actors: actors)
        }
        let reports = [
            report("a", "2022-01-03", actors: ["CSTO"]),
            report("b", "2022-01-03", actors: ["CSTO"]),
            report("c", "2022-01-25", actors: ["CSTO"]),
            report("d", "2022-01", actors: ["CSTO"]),
        ]
        var stream = EventMatcher.Stream()
        var outputs: [EventMatcher.Stream.Output] = []
        for (index, day) in ["2022-01-01", "2022-01-03", "2022-01-25"].enumerated() {
            let dated = reports.enumerated().filter { $0.element.date!.firstDay.iso == day }.map { item in
                var report = item.element
                report.sourceID = Int64(item.offset)
                return report
            }
            outputs += stream.add(day: Day(iso: day)!, dated)
            if index == 2 {
                // The 3 January event went out when 25 January came, before the month closed.
                #expect(outputs.contains { if case .event(let event) = $0 { event.reports.count == 2 } else { false } })
            }
        }
        outputs += stream.finish()
        let amendments = outputs.compactMap { output -> (Int64, [EventReport])? in
            if case .amend(let anchor, let added) = output { (anchor, added) } else { nil }
        }
        #expect(amendments.count == 1)
        #expect(amendments.first?.1.map(\.article) == ["d"])
        let january = EventMatcher.match(reports).first { $0.date?.iso == "2022-01-03" }
        #expect(january?.reports.map(\.article) == ["a", "b", "d"])
    }

    /// A day's-news report attaches by the reports of step 1 alone: it does not reach a group through another
    /// day's-news report that joined it.
    @Test func aDaysNewsReportDoesNotChainThroughAnother() {
        let events = EventMatcher.match([
            EventMatcherTests.report("a", "2022-01-06", actors: ["CSTO"]),
            EventMatcherTests.report("b", "2022-01-07", basis: .publication, actors: ["CSTO", "Russia"]),
            EventMatcherTests.report("c", "2022-01-07", basis: .publication, actors: ["Russia"]),
        ])
        let csto = events.first { $0.reports.contains { $0.article == "a" } }
        #expect(csto?.reports.map(\.article) == ["a", "b"])
    }
}

/// A small deterministic generator (SplitMix64), so that a failing seed can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
