// Temporary stand-in for the store API while the store is written in parallel; removed at merge.
import NewsExtraction

public final class TimelineStore {
    public enum Mode: Sendable { case readWrite, readOnly }
    public let path: String
    public init(path: String, mode: Mode = .readWrite, busyTimeout: Double = 5) throws { self.path = path }
    public func load(_ extraction: Extraction, replace: Bool = false) throws -> LoadOutcome { .skipped(articleID: 0) }
    public func events(_ query: EventQuery) throws -> [EventRecord] { [] }
    public func event(id: Int64) throws -> EventRecord? { nil }
    public func actors(_ query: ActorQuery) throws -> [ActorRecord] { [] }
    public func figures(_ query: FigureQuery) throws -> [FigureRecord] { [] }
    public func casualtySummary(_ query: FigureQuery) throws -> [CasualtySummaryRow] { [] }
    public func articles(limit: Int?, offset: Int) throws -> [ArticleRecord] { [] }
    public func matchingActorNames(_ name: String) throws -> [String] { [] }
    public func suggestActors(for name: String, limit: Int) throws -> [String] { [] }
}
public enum LoadOutcome: Sendable, Hashable {
    case loaded(articleID: Int64, events: Int, figures: Int, actors: Int)
    case skipped(articleID: Int64)
}
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
public struct EventQuery: Sendable {
    public var on: DateValue?
    public var since: Day?
    public var until: Day?
    public var actors: [String] = []
    public var types: [EventType] = []
    public var location: String?
    public var search: String?
    public var rawSearch = false
    public var source: String?
    public var limit: Int?
    public var offset = 0
    public var descending = false
    public var includeUndated = false
    public init() {}
}
public struct EventSourceRecord: Sendable, Hashable {
    public var articleID: Int64
    public var title: String?
    public var url: String?
    public var published: Day?
    public var quote: String
    public var start: Int
    public var end: Int
}
public struct EventRecord: Sendable, Hashable {
    public var id: Int64
    public var date: DateValue?
    public var dateTo: DateValue?
    public var dateBasis: DateBasis?
    public var type: EventType
    public var actors: [String]
    public var location: String?
    public var summary: String
    public var sources: [EventSourceRecord]
}
public struct ActorQuery: Sendable {
    public enum Sort: String, Sendable { case events, name, firstSeen }
    public var kind: ActorKind?
    public var search: String?
    public var sort: Sort = .events
    public var limit: Int?
    public init() {}
}
public struct ActorRecord: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public var events: Int
    public var firstSeen: DateValue?
    public var lastSeen: DateValue?
}
public struct FigureQuery: Sendable {
    public var category: CasualtyCategory?
    public var group: CasualtyGroup?
    public var location: String?
    public var since: Day?
    public var until: Day?
    public init() {}
}
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
    public var published: Day?
}
public struct CasualtySummaryRow: Sendable, Hashable {
    public var category: CasualtyCategory
    public var group: CasualtyGroup
    public var reports: Int
    public var latestLow: Int?
    public var latestHigh: Int?
    public var latestAsOf: DateValue?
    public var latestSource: String?
    public var minLow: Int?
    public var maxHigh: Int?
    public var conflicting: Bool
}
public struct ArticleRecord: Sendable, Hashable {
    public var id: Int64
    public var published: Day?
    public var source: String?
    public var title: String?
    public var url: String?
    public var events: Int
    public var figures: Int
}
