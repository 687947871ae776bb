import ArgumentParser
import NewsExtraction
import TimelineStore

extension TimelineCommand {
    /// `timeline actors`: the people, organisations and states in the timeline.
    package struct Actors: ParsableCommand {
        package static let configuration = CommandConfiguration(
            abstract: "List actors with their number of events, first and last seen.",
            discussion: "Example: timeline actors --kind person --sort events --limit 20"
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only actors of this kind: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var kind: String?

        @Option(help: ArgumentHelp("Only actors whose name or alias contains this text.", valueName: "text"))
        var search: String?

        @Option(help: "Sort by events (most first), name, or first-seen.")
        var sort: ActorSort = .events

        @Option(help: "At most this many actors.")
        var limit: Int?

        package init() {}

        func makeQuery() throws -> ActorQuery {
            var query = ActorQuery()
            if let kind {
                guard let value = ActorKind(rawValue: kind.lowercased()) else {
                    let known = ActorKind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ValidationError("'--kind' must be one of \(known); '\(kind)' is not.")
                }
                query.kind = value
            }
            query.search = search
            query.sort = sort.sort
            if let limit, limit < 0 { throw ValidationError("'--limit' must be 0 or more.") }
            query.limit = limit
            return query
        }

        package func validate() throws {
            _ = try makeQuery()
        }

        package func run() throws {
            let store = try TimelineStore(path: database.path, mode: .readOnly)
            let actors = try store.actors(try makeQuery())
            let rows = OutputRows(
                objects: actors.map(\.json),
                columns: ActorRecord.tableColumns,
                csvKeys: ActorRecord.keys,
                emptyMessage: "No actors match."
            )
            Printer.print(rows, format: output.format)
        }
    }

    /// The sort orders of `actors`.
    package enum ActorSort: String, ExpressibleByArgument, CaseIterable, Sendable {
        case events
        case name
        case firstSeen = "first-seen"

        var sort: ActorQuery.Sort {
            switch self {
            case .events: return .events
            case .name: return .name
            case .firstSeen: return .firstSeen
            }
        }
    }
}
