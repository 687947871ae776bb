import ArgumentParser

/// The root command: `timeline`.
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
