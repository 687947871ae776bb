import ArgumentParser
import NewsExtraction
import TimelineStore

extension TimelineCommand {
    /// `timeline events`: the timeline, filtered by date, actor, type, place, text or source.
    package struct Events: ParsableCommand {
        package static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "List events, optionally filtered by date, actor, type, place or text.",
            discussion: """
                Dates shown as ≤YYYY-MM-DD are the publication date of a report that gives no date of its own. A date \
                followed by * is disputed: other sources give another date ('timeline show ID' lists them).

                Example: timeline events --on 2022-01-07 --actor Tokayev --format json
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        /// A day, month or year.
        @Option(
            help: ArgumentHelp(
                "Only events on this day, month or year (YYYY-MM-DD, YYYY-MM or YYYY).",
                valueName: "date"
            )
        )
        var on: String?

        /// Inclusive lower bound.
        @Option(
            help: ArgumentHelp("Only events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date")
        )
        var since: String?

        /// Inclusive upper bound.
        @Option(
            help: ArgumentHelp("Only events on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date")
        )
        var until: String?

        /// Actors that must all take part.
        @Option(
            help: ArgumentHelp(
                "Only events this actor takes part in (name, alias or surname; repeatable).",
                valueName: "name"
            )
        )
        var actor: [String] = []

        /// Event types to keep.
        @Option(
            help: ArgumentHelp(
                "Only events of this type (repeatable): \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).",
                valueName: "type"
            )
        )
        var type: [String] = []

        /// A place name.
        @Option(help: ArgumentHelp("Only events at this place.", valueName: "place"))
        var location: String?

        /// Full-text search.
        @Option(help: ArgumentHelp("Only events whose sentence or article matches this text.", valueName: "text"))
        var search: String?

        /// Where `--search` looks.
        @Option(help: "Where --search looks: sentences (that report events), articles (their title and text), or both.")
        var searchIn: SearchScopeArgument = .both

        /// Pass `--search` to FTS5 as a query.
        @Flag(help: "Treat --search as an FTS5 query (AND, OR, NEAR, \"phrases\", prefix*).")
        var raw = false

        /// An article id or address.
        @Option(help: ArgumentHelp("Only events reported by this article (id or URL).", valueName: "article"))
        var source: String?

        @Option(help: "At most this many events.")
        var limit: Int?

        @Option(help: "Skip this many events first.")
        var offset: Int = 0

        @Option(help: "Date order.")
        var order: SortOrder = .asc

        /// Undated events are otherwise left out.
        @Flag(help: "Also list events with no known date.")
        var includeUndated = false

        package init() {}

        package func validate() throws {
            if on != nil && (since != nil || until != nil) {
                throw ValidationError("'--on' cannot be combined with '--since' or '--until'.")
            }
            _ = try makeQuery()
        }

        func makeQuery() throws -> EventQuery {
            var query = EventQuery()
            if let on { query.on = try DateArgument.parse(on, option: "--on") }
            if let since { query.since = try DateArgument.parse(since, option: "--since").firstDay }
            if let until { query.until = try DateArgument.parse(until, option: "--until").lastDay }
            if let since = query.since, let until = query.until, since > until {
                throw ValidationError("'--since' (\(since.iso)) is after '--until' (\(until.iso)); swap them.")
            }
            query.actors = actor
            query.types = try type.map { name in
                guard let type = EventType(rawValue: name.lowercased()) else {
                    let known = EventType.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ValidationError("'--type' must be one of \(known); '\(name)' is not.")
                }
                return type
            }
            query.location = location
            query.search = search
            query.rawSearch = raw
            query.searchScope = searchIn.scope
            if raw && search == nil {
                throw ValidationError("'--raw' applies to '--search'; add '--search QUERY'.")
            }
            query.source = source
            if let limit, limit < 0 { throw ValidationError("'--limit' must be 0 or more.") }
            if offset < 0 { throw ValidationError("'--offset' must be 0 or more.") }
            query.limit = limit
            query.offset = offset
            query.descending = order == .desc
            query.includeUndated = includeUndated
            return query
        }

        package func run() throws {
            let store = try TimelineStore(path: database.path, mode: .readOnly, busyTimeout: database.busyTimeout)
            let events = try store.events(try makeQuery())
            let rows = OutputRows(
                objects: output.format == .csv ? events.map(\.csv) : events.map(\.json),
                columns: EventRecord.tableColumns,
                csvKeys: EventRecord.csvKeys,
                emptyMessage: "No events match."
            )
            Printer.print(rows, format: output.format)
        }
    }

    /// `--search-in` values.
    package enum SearchScopeArgument: String, ExpressibleByArgument, CaseIterable, Sendable {
        case sentences
        case articles
        case both

        var scope: SearchScope {
            switch self {
            case .sentences: return .sentences
            case .articles: return .articles
            case .both: return .both
            }
        }
    }

    /// Ascending or descending order.
    package enum SortOrder: String, ExpressibleByArgument, CaseIterable, Sendable {
        case asc
        case desc
    }
}
