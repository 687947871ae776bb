import ArgumentParser
import Foundation

/// `--db`, shared by every command that touches a database.
package struct DatabaseOptions: ParsableArguments {
    /// The database file; defaults to `$TIMELINE_DB`, else `timeline.db` in the current folder.
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Path to the timeline database file (default: $TIMELINE_DB, else ./timeline.db).",
            valueName: "path"
        )
    )
    package var db: String?

    package init() {}

    /// The database path to use.
    package var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["TIMELINE_DB"], !environment.isEmpty {
            return environment
        }
        return "timeline.db"
    }
}
