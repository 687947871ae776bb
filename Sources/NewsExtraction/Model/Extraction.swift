/// An article as stored: its metadata and its text.
public struct Article: Hashable, Sendable {
    public var title: String?
    public var url: String?
    public var source: String?
    public var author: String?
    public var published: Day?
    /// The article body, as `Document.text`.
    public var text: String

    public init(
        title: String? = nil,
        url: String? = nil,
        source: String? = nil,
        author: String? = nil,
        published: Day? = nil,
        text: String
    ) {
        self.title = title
        self.url = url
        self.source = source
        self.author = author
        self.published = published
        self.text = text
    }
}

/// What kind of thing an actor is.
public enum ActorKind: String, Sendable, Hashable, CaseIterable {
    case person
    case organization
    case country
    case group
    case other
}

/// A role an actor holds, optionally limited in time ("President of Kazakhstan" from 2019-03-20).
public struct ActorRole: Hashable, Sendable {
    public var title: String
    public var from: Day?
    public var until: Day?

    public init(title: String, from: Day? = nil, until: Day? = nil) {
        self.title = title
        self.from = from
        self.until = until
    }
}

/// A named actor found in an article: a person, an organisation or a state.
public struct Actor: Hashable, Sendable {
    /// The canonical name ("Kassym-Jomart Tokayev").
    public var name: String
    public var kind: ActorKind
    /// Every surface form the actor appeared under in the article, in order of first appearance
    /// ("Kassym-Jomart Tokayev", "Tokayev", "the president").
    public var mentions: [String]
    /// Known aliases from the dictionary (may include forms not seen in this article).
    public var aliases: [String]
    /// Roles the actor held at the article's date.
    public var roles: [ActorRole]

    public init(
        name: String,
        kind: ActorKind,
        mentions: [String] = [],
        aliases: [String] = [],
        roles: [ActorRole] = []
    ) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.aliases = aliases
        self.roles = roles
    }
}

/// Where an event's date came from.
public enum DateBasis: String, Sendable, Hashable, CaseIterable {
    /// The article's words date the event.
    case text
    /// The event is reported as the day's news and took the publication (or post, or entry) date.
    case publication
}

/// The event types of the timeline, with their ACLED and CAMEO equivalents.
public enum EventType: String, Sendable, Hashable, CaseIterable {
    case protest
    case riot
    case clash
    case crackdown
    case arrest
    case deployment
    case decree
    case statement
    case request
    case resignation
    case other
}

/// One event found in an article, with its provenance.
public struct ExtractedEvent: Hashable, Sendable {
    /// The event's date (or the start of its range), nil when undated.
    public var date: DateValue?
    /// The end of a range ("from 2 to 11 January"), nil for a single date.
    public var dateTo: DateValue?
    public var dateBasis: DateBasis?
    public var type: EventType
    /// Canonical names of the named actors and group names ("protesters", "police").
    public var actors: [String]
    public var location: String?
    public var summary: String
    /// The sentence the event came from.
    public var quote: String
    /// Unicode-scalar offsets of `quote` in the article text.
    public var start: Int
    public var end: Int

    public init(
        date: DateValue?,
        dateTo: DateValue? = nil,
        dateBasis: DateBasis?,
        type: EventType,
        actors: [String],
        location: String?,
        summary: String,
        quote: String,
        start: Int,
        end: Int
    ) {
        self.date = date
        self.dateTo = dateTo
        self.dateBasis = dateBasis
        self.type = type
        self.actors = actors
        self.location = location
        self.summary = summary
        self.quote = quote
        self.start = start
        self.end = end
    }
}

/// What a casualty figure counts.
public enum CasualtyCategory: String, Sendable, Hashable, CaseIterable {
    case killed
    case injured
    case hospitalized
    case detained
    case troops
}

/// Whom a casualty figure counts.
public enum CasualtyGroup: String, Sendable, Hashable, CaseIterable {
    case protesters
    case securityForces = "security forces"
    case civilians
    case unspecified
}

/// A reported number of people killed, injured, hospitalized, detained or deployed, with its bounds.
///
/// Exact counts have `low == high`. "At least 164" is `low: 164, high: nil`; "up to 50" is `low: nil, high: 50`;
/// "dozens" is `low: 24, high: 99, isApproximate: true`.
public struct CasualtyFigure: Hashable, Sendable {
    public var category: CasualtyCategory
    public var group: CasualtyGroup
    public var low: Int?
    public var high: Int?
    public var isApproximate: Bool
    public var location: String?
    /// The day the count was stated (or the past day or period it is tied to, as its first day).
    public var asOf: DateValue?
    public var attributedTo: String?
    /// The sentence the figure came from.
    public var quote: String
    /// Unicode-scalar offsets of `quote` in the article text.
    public var start: Int
    public var end: Int

    public init(
        category: CasualtyCategory,
        group: CasualtyGroup,
        low: Int?,
        high: Int?,
        isApproximate: Bool,
        location: String? = nil,
        asOf: DateValue? = nil,
        attributedTo: String? = nil,
        quote: String,
        start: Int,
        end: Int
    ) {
        self.category = category
        self.group = group
        self.low = low
        self.high = high
        self.isApproximate = isApproximate
        self.location = location
        self.asOf = asOf
        self.attributedTo = attributedTo
        self.quote = quote
        self.start = start
        self.end = end
    }
}

/// Everything the extractor found in one article.
public struct Extraction: Hashable, Sendable {
    public var article: Article
    public var actors: [Actor]
    public var events: [ExtractedEvent]
    public var figures: [CasualtyFigure]

    public init(article: Article, actors: [Actor], events: [ExtractedEvent], figures: [CasualtyFigure]) {
        self.article = article
        self.actors = actors
        self.events = events
        self.figures = figures
    }
}
