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

    /// How long to wait while another process holds the write lock. Loads from several processes take turns, one
    /// article transaction at a time; readers never wait for writers (the database is in WAL mode).
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Seconds to wait while another process writes to the database.",
            valueName: "seconds"
        )
    )
    package var busyTimeout: Double = 60

    package init() {}

    package func validate() throws {
        guard busyTimeout.isFinite, busyTimeout >= 0 else {
            throw ValidationError("'--busy-timeout' must be a number of seconds, 0 or more; got \(busyTimeout).")
        }
    }

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
