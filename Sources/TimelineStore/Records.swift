import NewsExtraction

/// What `TimelineStore.load(_:replace:)` did with an article.
public enum LoadOutcome: Sendable, Hashable {
    /// The article was stored (or replaced) with this many events, figures and actors.
    ///
    /// `actors` counts the named actors the extraction lists; each is inserted, or found by its canonical name.
    case loaded(articleID: Int64, events: Int, figures: Int, actors: Int)
    /// An article with the same text (the same SHA-256) is already stored; nothing was written.
    case skipped(articleID: Int64)
}

/// A filter over the timeline's events. Every criterion given must hold.
public struct EventQuery: Sendable, Hashable {
    /// Events whose dates lie inside this date: a day lists the events of that day; a month lists every event of
    /// the month, including month-precision ones; a month-precision event is not listed under a single day.
    public var on: DateValue?
    /// Events that start on or after this day.
    public var since: Day?
    /// Events that end on or before this day.
    public var until: Day?
    /// Names that must all take part. Each matches canonical names, aliases and surnames, ignoring case; a name
    /// that matches several actors is satisfied by any of them. A name that matches no actor but a group
    /// ("protesters") matches that group.
    public var actors: [String]
    /// Events of any of these types; every type when empty.
    public var types: [EventType]
    /// Events whose location contains this text, ignoring case.
    public var location: String?
    /// Words that must all occur in a sentence that reports the event, or in the title or text of an article
    /// that reports it (see `searchScope`).
    public var search: String?
    /// Pass `search` to SQLite FTS5 unchanged (operators, prefixes, column filters) instead of as plain words.
    public var rawSearch: Bool
    /// Where `search` looks.
    public var searchScope: SearchScope
    /// Events reported by the article with this id, or by an article whose source (outlet) or URL contains this
    /// text, ignoring case.
    public var source: String?
    public var limit: Int?
    public var offset: Int
    /// Latest first.
    public var descending: Bool
    /// Also list undated events (after the dated ones); only when no date criterion is given.
    public var includeUndated: Bool

    public init(
        on: DateValue? = nil,
        since: Day? = nil,
        until: Day? = nil,
        actors: [String] = [],
        types: [EventType] = [],
        location: String? = nil,
        search: String? = nil,
        rawSearch: Bool = false,
        searchScope: SearchScope = .both,
        source: String? = nil,
        limit: Int? = nil,
        offset: Int = 0,
        descending: Bool = false,
        includeUndated: Bool = false
    ) {
        self.on = on
        self.since = since
        self.until = until
        self.actors = actors
        self.types = types
        self.location = location
        self.search = search
        self.rawSearch = rawSearch
        self.searchScope = searchScope
        self.source = source
        self.limit = limit
        self.offset = offset
        self.descending = descending
        self.includeUndated = includeUndated
    }
}

/// Where an event search looks.
public enum SearchScope: String, Sendable, Hashable, CaseIterable {
    /// The sentences that report the event.
    case sentences
    /// The title and text of the articles that report the event.
    case articles
    /// Either.
    case both
}

/// One event of the timeline with everyone who took part and every sentence that reports it.
public struct EventRecord: Sendable, Hashable {
    public var id: Int64
    /// The date as reported, at its precision; nil when undated.
    public var date: DateValue?
    /// The end of a reported range, nil for a single date.
    public var dateTo: DateValue?
    public var dateBasis: DateBasis?
    public var type: EventType
    /// Canonical names of named actors and generic group names, in the extractor's order.
    public var actors: [String]
    public var location: String?
    public var summary: String
    /// The sentences that report the event, in load order.
    public var sources: [EventSourceRecord]

    /// The sources that give another date than the event's (``EventMatcher/disagrees(_:with:)``): the event keeps
    /// the date most of its sources give, and these record the others.
    public var otherDates: [EventSourceRecord] {
        sources.filter { EventMatcher.disagrees($0.date, with: date) }
    }

    public init(
        id: Int64,
        date: DateValue?,
        dateTo: DateValue?,
        dateBasis: DateBasis?,
        type: EventType,
        actors: [String],
        location: String?,
        summary: String,
        sources: [EventSourceRecord]
    ) {
        self.id = id
        self.date = date
        self.dateTo = dateTo
        self.dateBasis = dateBasis
        self.type = type
        self.actors = actors
        self.location = location
        self.summary = summary
        self.sources = sources
    }
}

/// A sentence that reports an event, and the article it comes from.
public struct EventSourceRecord: Sendable, Hashable {
    public var articleID: Int64
    public var title: String?
    public var url: String?
    /// The article's outlet.
    public var source: String?
    public var published: Day?
    public var quote: String
    /// Unicode-scalar offsets of `quote` in the article's text.
    public var start: Int
    public var end: Int
    /// The event's date as this source gives it.
    public var date: DateValue?
    public var dateBasis: DateBasis?

    public init(
        articleID: Int64,
        title: String?,
        url: String?,
        source: String? = nil,
        published: Day?,
        quote: String,
        start: Int,
        end: Int,
        date: DateValue? = nil,
        dateBasis: DateBasis? = nil
    ) {
        self.date = date
        self.dateBasis = dateBasis
        self.articleID = articleID
        self.title = title
        self.url = url
        self.source = source
        self.published = published
        self.quote = quote
        self.start = start
        self.end = end
    }
}

/// A filter and an order over actors.
public struct ActorQuery: Sendable, Hashable {
    /// The order of `TimelineStore.actors(_:)`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        /// Most events first, then by name.
        case events
        /// By name, ignoring ASCII case.
        case name
        /// Earliest first appearance first; actors without dated events last.
        case firstSeen
    }

    public var kind: ActorKind?
    /// Actors whose name or an alias contains this text, ignoring case.
    public var search: String?
    public var sort: Sort
    public var limit: Int?

    public init(kind: ActorKind? = nil, search: String? = nil, sort: Sort = .events, limit: Int? = nil) {
        self.kind = kind
        self.search = search
        self.sort = sort
        self.limit = limit
    }
}

/// A named actor with the number of events it takes part in and the dates it was first and last seen.
public struct ActorRecord: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var kind: ActorKind
    /// Other names, sorted, without the canonical name.
    public var aliases: [String]
    public var events: Int
    /// The date of its earliest dated event.
    public var firstSeen: DateValue?
    /// The date (or range end) of its latest dated event.
    public var lastSeen: DateValue?

    public init(
        id: Int64,
        name: String,
        kind: ActorKind,
        aliases: [String],
        events: Int,
        firstSeen: DateValue?,
        lastSeen: DateValue?
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.events = events
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }
}

/// A filter over casualty figures. Every criterion given must hold.
public struct FigureQuery: Sendable, Hashable {
    public var category: CasualtyCategory?
    public var group: CasualtyGroup?
    /// Figures whose location contains this text, ignoring case.
    public var location: String?
    /// Figures dated (by `as_of`, else by their article's publication date) on or after this day.
    public var since: Day?
    /// Figures dated (by `as_of`, else by their article's publication date) on or before this day.
    public var until: Day?
    /// Only the figures of this article.
    public var articleID: Int64?

    public init(
        category: CasualtyCategory? = nil,
        group: CasualtyGroup? = nil,
        location: String? = nil,
        since: Day? = nil,
        until: Day? = nil,
        articleID: Int64? = nil
    ) {
        self.category = category
        self.group = group
        self.location = location
        self.since = since
        self.until = until
        self.articleID = articleID
    }
}

/// One casualty figure as one article reports it.
public struct FigureRecord: Sendable, Hashable {
    public var id: Int64
    public var category: CasualtyCategory
    public var group: CasualtyGroup
    public var low: Int?
    public var high: Int?
    public var approximate: Bool
    public var location: String?
    public var asOf: DateValue?
    public var attributedTo: String?
    public var quote: String
    public var articleID: Int64
    public var articleTitle: String?
    public var articleURL: String?
    /// The article's outlet.
    public var articleSource: String?
    /// The article's publication date.
    public var published: Day?
    /// Withdrawn or corrected by a later report (see ``FigureReconciler``).
    public var retracted: Bool

    public init(
        id: Int64,
        category: CasualtyCategory,
        group: CasualtyGroup,
        low: Int?,
        high: Int?,
        approximate: Bool,
        location: String?,
        asOf: DateValue?,
        attributedTo: String?,
        quote: String,
        articleID: Int64,
        articleTitle: String?,
        articleURL: String?,
        articleSource: String? = nil,
        published: Day?,
        retracted: Bool = false
    ) {
        self.retracted = retracted
        self.id = id
        self.category = category
        self.group = group
        self.low = low
        self.high = high
        self.approximate = approximate
        self.location = location
        self.asOf = asOf
        self.attributedTo = attributedTo
        self.quote = quote
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.articleURL = articleURL
        self.articleSource = articleSource
        self.published = published
    }

    /// The day the figure speaks for: its `asOf` day; for a month or year `asOf`, the publication date when it
    /// falls inside, else the period's last day ("227 in January", said in February, speaks for 31 January); else
    /// the publication date.
    public var effectiveDay: Day? {
        guard let asOf else { return published }
        if let day = asOf.exactDay { return day }
        if let published, asOf.contains(DateValue(published)) { return published }
        return asOf.lastDay
    }
}

/// The reports of one category and group, reconciled: how many, the latest, and the spread.
public struct CasualtySummaryRow: Sendable, Hashable {
    public var category: CasualtyCategory
    public var group: CasualtyGroup
    /// The number of figures (reports) of this category and group.
    public var reports: Int
    public var latestLow: Int?
    public var latestHigh: Int?
    public var latestApproximate: Bool
    public var latestAsOf: DateValue?
    /// Who gave the latest credible figure: its attribution, else the article's outlet, else its title.
    public var latestSource: String?
    /// The smallest number any report gives (its low bound, else its high bound).
    public var minLow: Int?
    /// The largest number any report gives (its high bound, else its low bound).
    public var maxHigh: Int?
    /// Whether the credible reports give different bounds.
    public var conflicting: Bool
    /// The series' location, as the first report that gives one spells it.
    public var location: String?
    /// The best estimate (see ``FigureReconciler``).
    public var bestLow: Int?
    public var bestHigh: Int?
    public var bestAsOf: DateValue?
    public var bestSource: String?
    /// How many of the reports were retracted.
    public var retracted: Int

    public init(
        category: CasualtyCategory,
        group: CasualtyGroup,
        reports: Int,
        latestLow: Int?,
        latestHigh: Int?,
        latestApproximate: Bool = false,
        latestAsOf: DateValue?,
        latestSource: String?,
        minLow: Int?,
        maxHigh: Int?,
        conflicting: Bool,
        location: String? = nil,
        bestLow: Int? = nil,
        bestHigh: Int? = nil,
        bestAsOf: DateValue? = nil,
        bestSource: String? = nil,
        retracted: Int = 0
    ) {
        self.location = location
        self.bestLow = bestLow
        self.bestHigh = bestHigh
        self.bestAsOf = bestAsOf
        self.bestSource = bestSource
        self.retracted = retracted
        self.category = category
        self.group = group
        self.reports = reports
        self.latestLow = latestLow
        self.latestHigh = latestHigh
        self.latestApproximate = latestApproximate
        self.latestAsOf = latestAsOf
        self.latestSource = latestSource
        self.minLow = minLow
        self.maxHigh = maxHigh
        self.conflicting = conflicting
    }
}

/// A stored article with the number of events and figures it reports.
public struct ArticleRecord: Sendable, Hashable {
    public var id: Int64
    public var published: Day?
    public var source: String?
    public var title: String?
    public var url: String?
    public var events: Int
    public var figures: Int

    public init(
        id: Int64,
        published: Day?,
        source: String?,
        title: String?,
        url: String?,
        events: Int,
        figures: Int
    ) {
        self.id = id
        self.published = published
        self.source = source
        self.title = title
        self.url = url
        self.events = events
        self.figures = figures
    }
}
