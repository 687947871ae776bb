import NewsExtraction

/// One article's report of an event: a sentence with the event as that article gives it. The store keeps one per
/// `event_source` row; the matcher groups them into events.
public struct EventReport: Sendable, Hashable {
    /// The `event_source` row, for the store to apply decisions; the matcher never decides by it.
    public var sourceID: Int64
    /// The event the report belongs to now, if any.
    public var eventID: Int64?
    /// The content hash of the report's article: it tells articles apart whatever order they were loaded in.
    public var article: String
    public var start: Int
    public var end: Int
    public var date: DateValue?
    public var dateTo: DateValue?
    public var dateBasis: DateBasis?
    public var type: EventType
    /// Canonical names of named actors, in the article's order.
    public var actors: [String]
    /// Generic groups ("protesters", "police"), in the article's order.
    public var groups: [String]
    public var location: String?
    public var summary: String
    public var quote: String

    public init(
        sourceID: Int64 = 0,
        eventID: Int64? = nil,
        article: String,
        start: Int,
        end: Int,
        date: DateValue?,
        dateTo: DateValue? = nil,
        dateBasis: DateBasis?,
        type: EventType,
        actors: [String],
        groups: [String] = [],
        location: String?,
        summary: String,
        quote: String
    ) {
        self.sourceID = sourceID
        self.eventID = eventID
        self.article = article
        self.start = start
        self.end = end
        self.date = date
        self.dateTo = dateTo
        self.dateBasis = dateBasis
        self.type = type
        self.actors = actors
        self.groups = groups
        self.location = location
        self.summary = summary
        self.quote = quote
    }

    /// An identity that does not depend on load order: article hash, offsets, type, then the rest.
    var identity: String {
        "\(article):\(start):\(end):\(type.rawValue):\(date?.iso ?? ""):\(summary)"
    }
}

/// What several reports say together: one event of the timeline.
public struct MatchedEvent: Sendable, Hashable {
    /// The reports, ordered by their load-order-independent identity.
    public var reports: [EventReport]
    public var date: DateValue?
    public var dateTo: DateValue?
    public var dateBasis: DateBasis?
    public var type: EventType
    public var actors: [String]
    public var groups: [String]
    public var location: String?
    public var summary: String
}

/// Groups event reports into events. A pure function of the *set* of reports, so that any load order gives the same
/// events with the same sources.
///
/// The rule. Two reports of the same event have:
/// - **the same type**;
/// - **compatible participants**: when both name actors, at least one named actor in common; when either names
///   none (only groups such as "protesters", or nobody), the same location, ignoring case. Groups alone never
///   match, since almost every protest has "protesters";
/// - **compatible dates**, in three steps:
///   1. *Precise* reports (a day, or a range, dated by the article's own words) match only reports of the very same
///      date. They are grouped first: a report joins every compatible report of its date, transitively.
///   2. *Imprecise* reports then attach to one group of step 1: a report dated only by its publication (`≤ day`: the
///      day's news) to a group dated that day or up to two days before; a month- or year-precision report to a group
///      dated inside that month or year. Among the compatible groups it takes the nearest in date for a
///      publication-dated report, then the group with the most reports of step 1, then the earliest date, then the
///      group whose first report has the smallest identity (article hash, offsets): never the first loaded. Each
///      imprecise report chooses by the groups of step 1 alone, not by what other imprecise reports chose.
///   3. Imprecise reports left over are grouped like step 1, by equal date and basis.
///
///   A month or a year is weak evidence, so a month- or year-precision report also needs **the same country**
///   (`region(of:)`: "Almaty" lies in Kazakhstan) as the group it joins in step 2 (`mainRegion(of:)`: the country
///   most of the group's reports give), unless either has none, and in step 3 it is grouped only with reports of
///   its own country (or, without a place, with those without one). Otherwise one actor who is in the news every
///   month would gather that month's loosely dated statements from every country into a single event.
/// - Undated reports are never matched: each is an event of its own.
///
/// Each event then takes (see `event(of:)`): the date most of its articles give at day precision (else at any
/// precision), ties going to a date from the text, then to the earlier date; the clearest report's summary (see
/// `clearest(_:date:)`); the most reported location; and every participant.
///
/// Reports of different years never match (a publication-dated report on 1 January does not reach back into
/// December), so that the store can regroup one type and year at a time.
///
/// Because a report reaches at most two days back, or into its own month or year, the rule can be applied one day
/// at a time in date order (``Stream``), holding only the last three days' groups and the month- and year-precision
/// reports still open: the store regroups a block of any size in memory that does not grow with it.
public enum EventMatcher {
    /// How many days before its publication date a day's-news report may attach to a dated group.
    public static let publicationReach = 2

    /// The events `reports` form, ordered by their first report's identity.
    public static func match(_ reports: [EventReport]) -> [MatchedEvent] {
        // The stream names reports by `sourceID`; here they are named by their position and given back their own
        // ids at the end.
        var numbered = reports
        for index in numbered.indices { numbered[index].sourceID = Int64(index) }
        var events: [MatchedEvent] = []
        var eventOfReport: [Int64: Int] = [:]
        func apply(_ outputs: [Stream.Output]) {
            for output in outputs {
                switch output {
                case .event(let event):
                    for report in event.reports { eventOfReport[report.sourceID] = events.count }
                    events.append(event)
                case .amend(let anchor, let added):
                    let index = eventOfReport[anchor]!
                    for report in added { eventOfReport[report.sourceID] = index }
                    events[index] = event(of: sortedByIdentity(events[index].reports + added))
                }
            }
        }
        // One stream per type, as the store runs one per (type, year) block.
        var byType: [EventType: [Day: [EventReport]]] = [:]
        for report in numbered {
            if let date = report.date {
                byType[report.type, default: [:]][date.firstDay, default: []].append(report)
            } else {
                apply([.event(event(of: [report]))])
            }
        }
        for type in byType.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            let byDay = byType[type]!
            var stream = Stream()
            for day in byDay.keys.sorted() {
                apply(stream.add(day: day, byDay[day]!))
            }
            apply(stream.finish())
        }
        return
            events
            .map { event in
                var event = event
                for index in event.reports.indices {
                    event.reports[index].sourceID = reports[Int(event.reports[index].sourceID)].sourceID
                }
                return event
            }
            .sorted { precedesByIdentity($0.reports[0], $1.reports[0]) }
    }

    /// The reports in identity order.
    static func sortedByIdentity(_ reports: [EventReport]) -> [EventReport] {
        guard reports.count > 1 else { return reports }
        return reports.sorted(by: precedesByIdentity)
    }

    /// Whether `a` comes before `b` in identity order (`a.identity < b.identity`), without building the identities
    /// when the articles decide, as they do for reports of different articles: the identity starts with the article
    /// key, and where two keys first differ, within ASCII bytes on both sides, their identities differ the same way.
    /// Reports of the same article (equal keys, byte for byte) are compared field by field (`restPrecedes`); keys
    /// where one begins the other, or that are not ASCII up to their first difference, by their whole identities.
    static func precedesByIdentity(_ a: EventReport, _ b: EventReport) -> Bool {
        var left = a.article.utf8.makeIterator()
        var right = b.article.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return restPrecedes(a, b)
            case (let x?, let y?) where x < 0x80 && y < 0x80:
                if x != y { return x < y }
            default: return a.identity < b.identity
            }
        }
    }

    /// `a.identity < b.identity` for reports whose article keys are equal: the identities then differ first in the
    /// first field that differs, and as each field but the summary is followed by ":" and holds no ":" (numbers,
    /// type names, ISO dates), comparing that field with its ":" decides. Building two identities for each
    /// comparison of a day's reports of one article was a fifth of the merge's matching.
    static func restPrecedes(_ a: EventReport, _ b: EventReport) -> Bool {
        func precedes(_ x: String, _ y: String) -> Bool { x + ":" < y + ":" }
        if a.start != b.start { return precedes(String(a.start), String(b.start)) }
        if a.end != b.end { return precedes(String(a.end), String(b.end)) }
        if a.type != b.type { return precedes(a.type.rawValue, b.type.rawValue) }
        let (x, y) = (a.date?.iso ?? "", b.date?.iso ?? "")
        if x != y { return precedes(x, y) }
        return a.summary < b.summary
    }

    /// Whether two reports could be the same event as far as their participants tell (see the type's rule).
    public static func participantsMatch(_ a: EventReport, _ b: EventReport) -> Bool {
        Keyed(a).matches(Keyed(b))
    }

    /// The country a report's location lies in (the location itself when the gazetteer does not know it),
    /// lowercased: what a month- or year-precision report must share with the reports it joins.
    static func region(of location: String?) -> String? {
        guard let location = location?.lowercased(), !location.isEmpty else { return nil }
        return regionOfPlace[location] ?? location
    }

    /// The built-in gazetteer's countries by place, both lowercased, read once: going through
    /// `Knowledge.builtIn.country(ofPlace:)` copied the whole `Knowledge` value for each report (6% of matching).
    private static let regionOfPlace = Knowledge.builtIn.countriesOfPlaces.mapValues { $0.lowercased() }

    /// The country of a group of reports: the region most of them give (`region(of:)`), ties going to the first
    /// in alphabetical order; nil when none has a place. A month- or year-precision report joins a group only when
    /// its own region is this one, or either is nil.
    static func mainRegion(of reports: [EventReport]) -> String? {
        mainRegion(ofRegions: reports.map { region(of: $0.location) })
    }

    static func mainRegion(ofRegions regions: [String?]) -> String? {
        var counts: [String: Int] = [:]
        for case let region? in regions { counts[region, default: 0] += 1 }
        return counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
    }

    /// A report dated by the article's own words to a day (or a range of days).
    static func isPrecise(_ report: EventReport) -> Bool {
        report.date?.precision == .day && report.dateBasis != .publication
    }

    /// The year a report belongs to: the unit the store regroups. Nil for undated reports.
    public static func year(of report: EventReport) -> Int? {
        report.date?.year
    }

    /// Whether a source's date disagrees with its event's date: a different day, or a coarser date that does not
    /// contain the event's date. A month-precision "January" for an event of 6 January agrees.
    public static func disagrees(_ sourceDate: DateValue?, with eventDate: DateValue?) -> Bool {
        guard let sourceDate, let eventDate else { return false }
        if sourceDate.precision >= eventDate.precision { return !sourceDate.contains(eventDate) }
        return !eventDate.contains(sourceDate)
    }

    /// A report with what matching compares, computed once: its identity, its named actors and its location,
    /// lowercased.
    struct Keyed {
        var report: EventReport
        var identity: String
        var actors: Set<String>
        var location: String?
        /// `EventMatcher.region(of:)` of the location.
        var region: String?

        init(_ report: EventReport) {
            self.report = report
            identity = report.identity
            actors = Set(report.actors.map { $0.lowercased() })
            location = report.location?.lowercased()
            region = EventMatcher.region(of: location)
        }

        /// `participantsMatch` of the two reports.
        func matches(_ other: Keyed) -> Bool {
            if !actors.isEmpty && !other.actors.isEmpty { return !actors.isDisjoint(with: other.actors) }
            guard let location, let otherLocation = other.location else { return false }
            return location == otherLocation
        }
    }

    /// Where to look for the reports (or groups) that may match a report: by named actor, by location, and by the
    /// location of those that name no actor. A candidate is then confirmed with ``Keyed/matches(_:)``.
    struct ParticipantIndex {
        private var byActor: [String: [Int]] = [:]
        private var byLocation: [String: [Int]] = [:]
        private var unnamedByLocation: [String: [Int]] = [:]

        /// Files entry `entry` under the participants of `report`.
        mutating func insert(_ report: Keyed, as entry: Int) {
            for actor in report.actors { byActor[actor, default: []].append(entry) }
            if let location = report.location {
                byLocation[location, default: []].append(entry)
                if report.actors.isEmpty { unnamedByLocation[location, default: []].append(entry) }
            }
        }

        /// Every entry filed under a report that `report` matches, and maybe some that it does not (each at most a
        /// few times, in no particular order).
        func candidates(for report: Keyed) -> [Int] {
            var result: [Int] = []
            if report.actors.isEmpty {
                if let location = report.location { result += byLocation[location] ?? [] }
            } else {
                for actor in report.actors { result += byActor[actor] ?? [] }
                if let location = report.location { result += unnamedByLocation[location] ?? [] }
            }
            return result
        }
    }

    /// Reports are grouped only with reports of the same type and date.
    fileprivate static func dateKey(_ report: EventReport) -> String {
        report.type.rawValue + " " + (report.date?.iso ?? "") + ".." + (report.dateTo?.iso ?? "")
    }

    /// Imprecise reports left without a group are grouped (step 3) with those of the same date and basis, and a
    /// month- or year-precision report only with those of its country.
    fileprivate static func leftOverKey(_ report: Keyed) -> String {
        let key = dateKey(report.report) + "|" + (report.report.dateBasis?.rawValue ?? "")
        return report.report.date?.precision == .day ? key : key + "|" + (report.region ?? "")
    }

    /// Connected components of `participantsMatch` among reports in identity order, each component in identity
    /// order, the components by their first report. Reports that share a named actor are joined, and all the
    /// reports of a location when one of them names no actor: the pairs `participantsMatch` accepts, without
    /// comparing every pair.
    fileprivate static func components(_ reports: [Keyed]) -> [[Keyed]] {
        var parent = Array(reports.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func union(_ a: Int, _ b: Int) {
            let (a, b) = (root(a), root(b))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var firstWithActor: [String: Int] = [:]
        var firstAtLocation: [String: Int] = [:]
        var unnamedLocations: Set<String> = []
        for (index, report) in reports.enumerated() {
            for actor in report.actors {
                if let first = firstWithActor[actor] { union(first, index) } else { firstWithActor[actor] = index }
            }
            if let location = report.location, report.actors.isEmpty { unnamedLocations.insert(location) }
        }
        for (index, report) in reports.enumerated() {
            guard let location = report.location, unnamedLocations.contains(location) else { continue }
            if let first = firstAtLocation[location] { union(first, index) } else { firstAtLocation[location] = index }
        }
        var byRoot: [Int: [Keyed]] = [:]
        for index in reports.indices { byRoot[root(index), default: []].append(reports[index]) }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }

    /// The rule of ``EventMatcher`` applied one day at a time, in date order.
    ///
    /// Give ``add(day:_:)`` every dated report of one type (one stream per type) whose date starts on that day, days
    /// in increasing order,
    /// then call ``finish()``. Each call returns what it settled:
    /// - `.event`: an event and all its reports, except month- and year-precision reports that may still join it
    ///   when their month or year closes;
    /// - `.amend(anchor:reports:)`: such reports join the event that holds the report whose `sourceID` is `anchor`,
    ///   which an earlier `.event` returned; the event is to be formed again from all its reports.
    ///
    /// Memory holds the groups of the last three days and the open month- and year-precision reports, whatever the
    /// number of days.
    public struct Stream {
        public enum Output {
            case event(MatchedEvent)
            case amend(anchor: Int64, reports: [EventReport])
        }

        /// A group of step 1 that may still gain reports.
        private struct Group {
            var day: Day
            var date: DateValue
            var dateTo: DateValue?
            var members: [Keyed]
            var attached: [EventReport] = []
            /// `EventMatcher.mainRegion(of:)` of the members.
            var region: String?

            var anchor: Int64 { members[0].report.sourceID }
            /// Step 2's preference among compatible groups at the same distance (smaller is better).
            var rank: (Int, String, String) { (-members.count, day.iso, members[0].identity) }
        }

        /// A month- or year-precision report waiting for its month or year to close, with the best group so far.
        private struct OpenReport {
            var report: Keyed
            var best: (anchor: Int64, rank: (Int, String, String))?
        }

        /// The groups of the last days, oldest first, each day with an index of its groups' participants.
        private var window: [(day: Day, groups: [Group], index: ParticipantIndex)] = []
        private var openMonth: (year: Int, month: Int, reports: [OpenReport], index: ParticipantIndex)?
        private var openYear: (year: Int, reports: [OpenReport], index: ParticipantIndex)?
        private var lastDay: Day?

        public init() {}

        /// Settles what `day`'s reports (all dated reports of the stream's one type whose date starts on `day`)
        /// allow.
        public mutating func add(day: Day, _ reports: [EventReport]) -> [Output] {
            precondition(lastDay.map { $0 < day } ?? true, "days must be given in increasing order")
            lastDay = day
            var outputs: [Output] = []
            if let open = openMonth, open.year != day.year || open.month != day.month {
                outputs += closeMonth()
            }
            if let open = openYear, open.year != day.year {
                outputs += closeYear()
            }
            // A group more than the reach before `day` can gain no day's-news report any more.
            while let oldest = window.first, oldest.day.days(to: day) > publicationReach || oldest.day.year != day.year
            {
                outputs += window.removeFirst().groups.map(Self.emit)
            }

            let keyed = EventMatcher.sortedByIdentity(reports).map(Keyed.init)
            var precise: [String: [Keyed]] = [:]
            var dayNews: [Keyed] = []
            for report in keyed {
                if EventMatcher.isPrecise(report.report) {
                    precise[EventMatcher.dateKey(report.report), default: []].append(report)
                } else if report.report.date?.precision == .day {
                    dayNews.append(report)
                } else {
                    open(report)
                }
            }
            // Step 1.
            var groups: [Group] = []
            var index = ParticipantIndex()
            for key in precise.keys.sorted() {
                for members in EventMatcher.components(precise[key]!) {
                    let first = members[0].report
                    let group = Group(
                        day: day,
                        date: first.date!,
                        dateTo: first.dateTo,
                        members: members,
                        region: EventMatcher.mainRegion(ofRegions: members.map(\.region))
                    )
                    offer(group)
                    for member in members { index.insert(member, as: groups.count) }
                    groups.append(group)
                }
            }
            window.append((day, groups, index))
            // Step 2 for the day's news, and step 3 for those left over.
            var leftOver: [String: [Keyed]] = [:]
            for report in dayNews {
                if report.report.dateTo == nil, let (slot, group) = bestGroup(for: report) {
                    window[slot].groups[group].attached.append(report.report)
                } else {
                    leftOver[EventMatcher.leftOverKey(report), default: []].append(report)
                }
            }
            outputs += Self.leftOverEvents(leftOver)
            return outputs
        }

        /// Settles everything still open.
        public mutating func finish() -> [Output] {
            var outputs = closeMonth() + closeYear()
            outputs += window.flatMap { $0.groups.map(Self.emit) }
            window = []
            return outputs
        }

        /// The group of the window a day's-news report attaches to: the nearest day, then `Group.rank`.
        private func bestGroup(for report: Keyed) -> (slot: Int, group: Int)? {
            let day = report.report.date!.firstDay
            var best: (slot: Int, group: Int, rank: (Int, Int, String, String))?
            for slot in window.indices {
                let distance = window[slot].day.days(to: day)
                guard distance >= 0, distance <= publicationReach, window[slot].day.year == day.year else { continue }
                for candidate in Set(window[slot].index.candidates(for: report)) {
                    let group = window[slot].groups[candidate]
                    guard group.members.contains(where: { $0.matches(report) }) else { continue }
                    let groupRank = group.rank
                    let rank = (distance, groupRank.0, groupRank.1, groupRank.2)
                    if best == nil || rank < best!.rank { best = (slot, candidate, rank) }
                }
            }
            return best.map { ($0.slot, $0.group) }
        }

        /// Holds a month- or year-precision report until its month or year closes.
        private mutating func open(_ report: Keyed) {
            let date = report.report.date!
            if date.precision == .month {
                if openMonth == nil { openMonth = (date.year, date.month!, [], ParticipantIndex()) }
                openMonth!.index.insert(report, as: openMonth!.reports.count)
                openMonth!.reports.append(OpenReport(report: report))
            } else {
                if openYear == nil { openYear = (date.year, [], ParticipantIndex()) }
                openYear!.index.insert(report, as: openYear!.reports.count)
                openYear!.reports.append(OpenReport(report: report))
            }
        }

        /// Lets the open month- and year-precision reports consider a new group of step 1.
        private mutating func offer(_ group: Group) {
            func consider(_ reports: inout [OpenReport], _ index: ParticipantIndex) {
                var seen: Set<Int> = []
                for member in group.members {
                    for candidate in index.candidates(for: member) where seen.insert(candidate).inserted {
                        let open = reports[candidate]
                        let date = open.report.report.date!
                        guard date.contains(group.date), group.dateTo.map({ date.contains($0) }) ?? true,
                            open.report.region == nil || group.region == nil || open.report.region == group.region,
                            group.members.contains(where: { $0.matches(open.report) })
                        else { continue }
                        if open.best == nil || group.rank < open.best!.rank {
                            reports[candidate].best = (group.anchor, group.rank)
                        }
                    }
                }
            }
            if openMonth != nil { consider(&openMonth!.reports, openMonth!.index) }
            if openYear != nil { consider(&openYear!.reports, openYear!.index) }
        }

        private mutating func closeMonth() -> [Output] {
            guard let open = openMonth else { return [] }
            openMonth = nil
            return settle(open.reports)
        }

        private mutating func closeYear() -> [Output] {
            guard let open = openYear else { return [] }
            openYear = nil
            return settle(open.reports)
        }

        /// Attaches closed reports to their best group: still in the window, or already returned (an amendment);
        /// the reports without one are grouped by step 3.
        private mutating func settle(_ reports: [OpenReport]) -> [Output] {
            var amendments: [Int64: [EventReport]] = [:]
            var leftOver: [String: [Keyed]] = [:]
            var inWindow: [Int64: (slot: Int, group: Int)] = [:]
            for slot in window.indices {
                for group in window[slot].groups.indices { inWindow[window[slot].groups[group].anchor] = (slot, group) }
            }
            for open in reports {
                if let best = open.best, let (slot, group) = inWindow[best.anchor] {
                    window[slot].groups[group].attached.append(open.report.report)
                } else if let best = open.best {
                    amendments[best.anchor, default: []].append(open.report.report)
                } else {
                    leftOver[EventMatcher.leftOverKey(open.report), default: []].append(open.report)
                }
            }
            return amendments.keys.sorted().map { .amend(anchor: $0, reports: amendments[$0]!) }
                + Self.leftOverEvents(leftOver)
        }

        private static func emit(_ group: Group) -> Output {
            .event(EventMatcher.event(of: EventMatcher.sortedByIdentity(group.members.map(\.report) + group.attached)))
        }

        private static func leftOverEvents(_ leftOver: [String: [Keyed]]) -> [Output] {
            leftOver.keys.sorted().flatMap { key in
                EventMatcher.components(leftOver[key]!).map { .event(EventMatcher.event(of: $0.map(\.report))) }
            }
        }
    }

    /// The event a group of reports (in identity order) forms: its date, summary, location and participants.
    static func event(of reports: [EventReport]) -> MatchedEvent {
        let (date, dateTo, basis) = chosenDate(reports)
        let clearest = clearest(reports, date: date)
        var locationCounts: [String: (count: Int, spelling: String)] = [:]
        for report in reports {
            guard let location = report.location, !location.isEmpty else { continue }
            let key = location.lowercased()
            locationCounts[key] = ((locationCounts[key]?.count ?? 0) + 1, locationCounts[key]?.spelling ?? location)
        }
        let location =
            locationCounts.max { a, b in
                if a.value.count != b.value.count { return a.value.count < b.value.count }
                if (a.key == clearest.location?.lowercased()) != (b.key == clearest.location?.lowercased()) {
                    return b.key == clearest.location?.lowercased()
                }
                return a.key > b.key
            }?.value.spelling
        return MatchedEvent(
            reports: reports,
            date: date,
            dateTo: dateTo,
            dateBasis: basis,
            type: reports[0].type,
            actors: participants(reports.map(\.actors), first: clearest.actors),
            groups: participants(reports.map(\.groups), first: clearest.groups),
            location: location,
            summary: clearest.summary
        )
    }

    /// The date most articles give: at day precision when any report gives a day, else at any precision. Ties go to
    /// a date the text gives, then to the finer, then to the earlier date.
    private static func chosenDate(_ reports: [EventReport]) -> (DateValue?, DateValue?, DateBasis?) {
        let dated = reports.filter { $0.date != nil }
        guard !dated.isEmpty else { return (nil, nil, nil) }
        let days = dated.filter { $0.date?.precision == .day }
        let candidates = days.isEmpty ? dated : days
        struct Key: Hashable {
            var date: DateValue
            var dateTo: DateValue?
        }
        var articles: [Key: Set<String>] = [:]
        var fromText: Set<Key> = []
        for report in candidates {
            let key = Key(date: report.date!, dateTo: report.dateTo)
            articles[key, default: []].insert(report.article)
            if report.dateBasis != .publication { fromText.insert(key) }
        }
        let chosen = articles.keys.max { a, b in
            let countA = articles[a]!.count
            let countB = articles[b]!.count
            if countA != countB { return countA < countB }
            if fromText.contains(a) != fromText.contains(b) { return fromText.contains(b) }
            if a.date.precision != b.date.precision { return a.date.precision > b.date.precision }
            if a.date != b.date { return a.date > b.date }
            return (a.dateTo?.iso ?? "") > (b.dateTo?.iso ?? "")
        }!
        let basis: DateBasis? =
            candidates.contains { $0.date == chosen.date && $0.dateTo == chosen.dateTo && $0.dateBasis == .text }
            ? .text
            : candidates.first { $0.date == chosen.date && $0.dateTo == chosen.dateTo }?.dateBasis
        return (chosen.date, chosen.dateTo, basis)
    }

    /// The clearest report of an event, whose summary the event shows. In order of preference, a report that:
    /// gives the event's own date; dates it by its words rather than by its publication; does not open with a wire
    /// dateline ("ALMATY, Jan 4 (Wire) - "); names the most named actors; is the shortest sentence of at least
    /// 40 characters (shorter sentences are usually fragments); then the smallest identity.
    public static func clearest(_ reports: [EventReport], date: DateValue?) -> EventReport {
        // The first of the best, as `min` would take it; each part of the rank is computed only when the parts
        // before it tie: the dateline, the length and the identity cost far more than the rest and rarely decide.
        var best = Ranked(reports[0], date: date)
        for report in reports.dropFirst() {
            var candidate = Ranked(report, date: date)
            if candidate.ranksBefore(&best) { best = candidate }
        }
        return best.report
    }

    /// A report's rank in ``clearest(_:date:)``, smaller first.
    private struct Ranked {
        let report: EventReport
        /// Gives another date than the event's; dated by its publication.
        let dates: (Int, Int)
        private var dateline: Int?
        private var length: Int?
        private var identity: String?

        init(_ report: EventReport, date: DateValue?) {
            self.report = report
            dates = (report.date == date ? 0 : 1, report.dateBasis == .publication ? 1 : 0)
        }

        mutating func ranksBefore(_ other: inout Ranked) -> Bool {
            if dates != other.dates { return dates < other.dates }
            let (dateline, otherDateline) = (datelineRank(), other.datelineRank())
            if dateline != otherDateline { return dateline < otherDateline }
            if report.actors.count != other.report.actors.count {
                return report.actors.count > other.report.actors.count
            }
            let (length, otherLength) = (lengthRank(), other.lengthRank())
            if length != otherLength { return length < otherLength }
            return identityRank() < other.identityRank()
        }

        private mutating func datelineRank() -> Int {
            if let dateline { return dateline }
            let rank = EventMatcher.hasDateline(report.quote) ? 1 : 0
            dateline = rank
            return rank
        }

        /// The length in scalars from 40 up, and any shorter sentence after every one of 40 or more.
        private mutating func lengthRank() -> Int {
            if let length { return length }
            let scalars = report.quote.unicodeScalars.count
            let rank = scalars >= 40 ? scalars : 10_000 - scalars
            length = rank
            return rank
        }

        private mutating func identityRank() -> String {
            if let identity { return identity }
            let rank = report.identity
            identity = rank
            return rank
        }
    }

    /// Whether a sentence opens with a wire dateline: an upper-case place, a date and an outlet in parentheses, then
    /// a dash, within its first 80 characters.
    static func hasDateline(_ sentence: String) -> Bool {
        // A dateline has "(" in the first 80 scalars: checked on the bytes first, as most sentences have none.
        var scalarCount = 0
        var hasParenthesis = false
        for byte in sentence.utf8 {
            if byte & 0xC0 != 0x80 {
                scalarCount += 1
                if scalarCount > 80 { break }
            }
            if byte == UInt8(ascii: "(") {
                hasParenthesis = true
                break
            }
        }
        guard hasParenthesis else { return false }
        // Over the first 80 scalars by hand: the matcher asks this of every report of every event it forms.
        let head = Array(sentence.unicodeScalars.prefix(80))
        func spaced(_ dash: Unicode.Scalar) -> Int? {
            head.indices.dropFirst().dropLast().first { head[$0] == dash && head[$0 - 1] == " " && head[$0 + 1] == " " }
        }
        guard let dash = spaced("-") ?? spaced("\u{2013}") ?? spaced("\u{2014}") else { return false }
        let before = head[..<(dash - 1)]
        return before.last == ")" && before.contains("(")
            && before.prefix { $0 != "," }.allSatisfy { scalar in
                scalar == " " || scalar == "/" || scalar == "-" || scalar.properties.isUppercase
            }
    }

    /// Every participant once (ignoring case): the clearest report's in its order, then the others by how many
    /// reports name them, then by name.
    private static func participants(_ lists: [[String]], first: [String]) -> [String] {
        var counts: [String: (count: Int, spelling: String)] = [:]
        for list in lists {
            // Each name once per list, spelled as the list first spells it when no list before did.
            var named: Set<String> = []
            for spelling in list {
                let name = spelling.lowercased()
                guard named.insert(name).inserted else { continue }
                counts[name] = ((counts[name]?.count ?? 0) + 1, counts[name]?.spelling ?? spelling)
            }
        }
        var result: [String] = []
        var seen: Set<String> = []
        for name in first where seen.insert(name.lowercased()).inserted { result.append(name) }
        let rest = counts.filter { !seen.contains($0.key) }.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key
        }
        result += rest.map(\.value.spelling)
        return result
    }
}
