import ArgumentParser
import TimelineStore

extension TimelineCommand {
    /// `timeline init`: creates or migrates a database.
    package struct Init: ParsableCommand {
        package static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a timeline database, or bring an existing one up to date.",
            discussion: """
                Running it again is harmless. It also finishes merging the events of a load that was interrupted.

                Example: timeline init --db kazakhstan.db
                """
        )

        @OptionGroup var database: DatabaseOptions

        package init() {}

        package func run() throws {
            let store = try TimelineStore(path: database.path, mode: .readWrite, busyTimeout: database.busyTimeout)
            try store.settleMatching()
            Console.line("Database '\(database.path)' is ready.")
        }
    }
}
