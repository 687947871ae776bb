import ArgumentParser
import TimelineStore

extension TimelineCommand {
    /// `timeline check`: the database's integrity, foreign-key and full-text index checks.
    package struct Check: ParsableCommand {
        package static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the database: integrity, foreign keys and full-text indexes.",
            discussion: """
                Prints one line per check and exits with status 1 when any finds a problem.

                Example: timeline check --db kazakhstan.db
                """
        )

        @OptionGroup var database: DatabaseOptions

        package init() {}

        package func run() throws {
            // FTS5 runs its integrity check as an INSERT command, so the check needs a writable connection; the
            // read-only open first gives the usual errors for a missing file or an old schema without touching it.
            _ = try TimelineStore(path: database.path, mode: .readOnly, busyTimeout: database.busyTimeout)
            let store = try TimelineStore(path: database.path, mode: .readWrite, busyTimeout: database.busyTimeout)
            let results = try store.check()
            for result in results {
                if result.passed {
                    Console.out("ok      \(result.name)\n")
                } else {
                    for problem in result.problems.prefix(20) {
                        Console.out("FAILED  \(result.name): \(problem)\n")
                    }
                }
            }
            if results.contains(where: { !$0.passed }) {
                Console.error("Database '\(database.path)' failed \(results.filter { !$0.passed }.count) check(s).")
                throw ExitCode.failure
            }
        }
    }
}
