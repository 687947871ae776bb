import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        // getenv rather than ProcessInfo: the query commands then never start up Foundation's process state.
        if let value = getenv("TIMELINE_DB") {
            let environment = String(cString: value)
            if !environment.isEmpty { return environment }
        }
        return "timeline.db"
    }
}
