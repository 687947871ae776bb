import ArgumentParser
import Foundation
import NewsExtraction
import TimelineStore

extension TimelineCommand {
    /// `timeline actors`: the people, organisations and states in the timeline.
    package struct Actors: ParsableCommand {
        package static let configuration = CommandConfiguration(
            commandName: "actors",
            abstract: "List actors with their number of events, first and last seen.",
            discussion: """
                With a NAME, shows that actor: aliases, roles, and its events by date.

                Example: timeline actors --kind person --sort events --limit 20
                Example: timeline actors Tokayev
                """
        )

        /// One actor to show in full.
        @Argument(help: "An actor's name, alias or surname, to show that actor and its events.")
        var name: String?

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
            let store = try TimelineStore(path: database.path, mode: .readOnly, busyTimeout: database.busyTimeout)
            if let name {
                try showActor(name, in: store)
                return
            }
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

extension TimelineCommand.Actors {
    /// `timeline actors NAME`: the actor's aliases and roles, then its events by date.
    func showActor(_ name: String, in store: TimelineStore) throws {
        guard let detail = try store.actor(named: name) else {
            let suggestions = try store.suggestActors(for: name, limit: 3)
            let hint =
                suggestions.isEmpty
                ? "run 'timeline actors' to list the known actors"
                : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
            throw StoreError("No actor in '\(database.path)' matches '\(name)'; \(hint)")
        }
        var query = EventQuery()
        query.actors = [detail.actor.name]
        query.includeUndated = true
        let events = try store.events(query)
        let roles = detail.roles.map { role in
            JSONValue.object([
                ("title", .string(role.title)),
                ("from", JSONValue(role.from?.iso)),
                ("until", JSONValue(role.until?.iso)),
            ])
        }
        switch output.format {
        case .json, .ndjson:
            guard case .object(var members) = detail.actor.json else { return }
            members.insert(("roles", .array(roles)), at: 3)
            members.append(("timeline", .array(events.map(\.json))))
            let object = JSONValue.object(members)
            Console.out((output.format == .json ? object.prettySerialized() : object.serialized()) + "\n")
        case .csv:
            Console.out(CSVWriter.render(events.map(\.csv), keys: EventRecord.csvKeys))
        case .table:
            let width = TableWriter.terminalWidth(environment: ProcessInfo.processInfo.environment)
            var block = DetailBlock(title: detail.actor.name)
            block.field("Kind", detail.actor.kind.rawValue)
            block.field("Aliases", detail.actor.aliases.joined(separator: ", "))
            for role in detail.roles {
                var text = role.title
                if let from = role.from { text += " from \(from.iso)" }
                if let until = role.until { text += " until \(until.iso)" }
                block.field("Role", text)
            }
            block.field("Events", String(events.count))
            var text = block.text
            if !events.isEmpty {
                text += "\n" + TableWriter.render(events.map(\.json), columns: EventRecord.tableColumns, width: width)
            }
            Console.out(text)
        }
    }
}
