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
///      publication-dated report, then the group with the most reports, then the earliest date, then the group
///      whose first report has the smallest identity (article hash, offsets): never the first loaded.
///   3. Imprecise reports left over are grouped like step 1, by equal date and basis.
/// - Undated reports are never matched: each is an event of its own.
///
/// Each event then takes (see `event(of:)`): the date most of its articles give at day precision (else at any
/// precision), ties going to a date from the text, then to the earlier date; the clearest report's summary (see
/// `clearest(_:date:)`); the most reported location; and every participant.
///
/// Reports of different years never match (a publication-dated report on 1 January does not reach back into
/// December), so that the store can regroup one type and year at a time.
public enum EventMatcher {
    /// How many days before its publication date a day's-news report may attach to a dated group.
    public static let publicationReach = 2

    /// The events `reports` form, ordered by their first report's identity.
    public static func match(_ reports: [EventReport]) -> [MatchedEvent] {
        let sorted = sortedByIdentity(reports)
        var groups: [[EventReport]] = []
        var imprecise: [EventReport] = []
        var precise: [String: [EventReport]] = [:]
        for report in sorted {
            guard report.date != nil else {
                groups.append([report])
                continue
            }
            if isPrecise(report) {
                precise[dateKey(report), default: []].append(report)
            } else {
                imprecise.append(report)
            }
        }
        // Step 1.
        var dated: [[EventReport]] = []
        for key in precise.keys.sorted() {
            dated += components(precise[key]!)
        }
        // Step 2.
        var leftOver: [String: [EventReport]] = [:]
        for report in imprecise {
            if let index = bestGroup(for: report, among: dated) {
                dated[index].append(report)
            } else {
                leftOver[dateKey(report) + "|" + (report.dateBasis?.rawValue ?? ""), default: []].append(report)
            }
        }
        // Step 3.
        for key in leftOver.keys.sorted() {
            dated += components(leftOver[key]!)
        }
        groups += dated
        return
            groups
            .map { event(of: sortedByIdentity($0)) }
            .map { (identity: $0.reports[0].identity, event: $0) }
            .sorted { $0.identity < $1.identity }
            .map(\.event)
    }

    /// The reports in identity order, each identity built once rather than at every comparison of the sort.
    static func sortedByIdentity(_ reports: [EventReport]) -> [EventReport] {
        guard reports.count > 1 else { return reports }
        return reports.map { (identity: $0.identity, report: $0) }.sorted { $0.identity < $1.identity }.map(\.report)
    }

    /// Whether two reports could be the same event as far as their participants tell (see the type's rule).
    public static func participantsMatch(_ a: EventReport, _ b: EventReport) -> Bool {
        let namedA = Set(a.actors.map { $0.lowercased() })
        let namedB = Set(b.actors.map { $0.lowercased() })
        if !namedA.isEmpty && !namedB.isEmpty { return !namedA.isDisjoint(with: namedB) }
        guard let locationA = a.location?.lowercased(), let locationB = b.location?.lowercased() else { return false }
        return locationA == locationB
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

    /// Reports are grouped only with reports of the same type and date.
    private static func dateKey(_ report: EventReport) -> String {
        report.type.rawValue + " " + (report.date?.iso ?? "") + ".." + (report.dateTo?.iso ?? "")
    }

    /// Connected components of `participantsMatch` among reports that share a date, in identity order.
    private static func components(_ reports: [EventReport]) -> [[EventReport]] {
        var parent = Array(reports.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        for i in reports.indices {
            for j in reports.indices where j > i && participantsMatch(reports[i], reports[j]) {
                let (a, b) = (root(i), root(j))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var byRoot: [Int: [EventReport]] = [:]
        for index in reports.indices { byRoot[root(index), default: []].append(reports[index]) }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }

    /// The group of step 1 an imprecise report attaches to, if any (see the type's rule).
    private static func bestGroup(for report: EventReport, among groups: [[EventReport]]) -> Int? {
        guard let date = report.date else { return nil }
        var best: (index: Int, rank: (Int, Int, String, String))?
        for (index, group) in groups.enumerated() {
            let first = group[0]
            guard let groupDate = first.date, first.type == report.type, groupDate.year == date.year else { continue }
            let distance: Int
            if date.precision == .day {
                // A day's-news report: the event happened that day or shortly before.
                guard report.dateTo == nil else { continue }
                distance = groupDate.firstDay.days(to: date.firstDay)
                guard distance >= 0, distance <= publicationReach else { continue }
            } else {
                guard date.contains(groupDate), first.dateTo == nil || date.contains(first.dateTo!) else { continue }
                distance = 0
            }
            guard group.contains(where: { participantsMatch($0, report) }) else { continue }
            let rank = (distance, -group.count, groupDate.firstDay.iso, first.identity)
            if best == nil || rank < best!.rank { best = (index, rank) }
        }
        return best?.index
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
        func rank(_ report: EventReport) -> (Int, Int, Int, Int, Int, String) {
            let length = report.quote.unicodeScalars.count
            return (
                report.date == date ? 0 : 1,
                report.dateBasis == .publication ? 1 : 0,
                hasDateline(report.quote) ? 1 : 0,
                -report.actors.count,
                length >= 40 ? length : 10_000 - length,
                report.identity
            )
        }
        return reports.min { rank($0) < rank($1) }!
    }

    /// Whether a sentence opens with a wire dateline: an upper-case place, a date and an outlet in parentheses, then
    /// a dash, within its first 80 characters.
    static func hasDateline(_ sentence: String) -> Bool {
        let head = String(sentence.prefix(80))
        guard let dash = head.range(of: " - ") ?? head.range(of: " – ") ?? head.range(of: " — ") else { return false }
        let before = head[..<dash.lowerBound]
        return before.hasSuffix(")") && before.contains("(")
            && before.prefix { $0 != "," }.allSatisfy { $0.isUppercase || $0 == " " || $0 == "/" || $0 == "-" }
    }

    /// Every participant once (ignoring case): the clearest report's in its order, then the others by how many
    /// reports name them, then by name.
    private static func participants(_ lists: [[String]], first: [String]) -> [String] {
        var counts: [String: (count: Int, spelling: String)] = [:]
        for list in lists {
            for name in Set(list.map { $0.lowercased() }) {
                let spelling = counts[name]?.spelling ?? list.first { $0.lowercased() == name }!
                counts[name] = ((counts[name]?.count ?? 0) + 1, spelling)
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
