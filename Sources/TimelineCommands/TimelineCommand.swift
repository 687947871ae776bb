import ArgumentParser

/// The root command: `timeline`.
///
/// Every subcommand names itself (`commandName: "events"`) rather than letting ArgumentParser derive the name from
/// the type: deriving it costs each run a `String(describing:)` of every subcommand type, and each of those scans
/// every protocol conformance in the process (a fifth of a whole `timeline events` run; see BENCHMARKS.md).
package struct TimelineCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Turn news articles into a queryable event timeline stored in SQLite.",
        version: "0.1.0",
        subcommands: [
            Init.self, Load.self, Extract.self, Events.self, Show.self, Actors.self, Casualties.self, Articles.self,
            Check.self,
        ]
    )

    package init() {}
}
