import Foundation
import Testing

/// Input that the web can produce and that a careless tool trips over, through the built binary (issue 7): names
/// and queries full of SQL and FTS5 syntax are data, odd Unicode and impossible numbers load, a symlink loop and a
/// file that changes while it is read end cleanly, and the database passes `timeline check` afterwards.
@Suite struct HostileInputTests {
    let folder: URL
    var db: String { folder.appendingPathComponent("t.db").path }

    init() throws {
        folder = try EndToEnd.makeTemporaryFolder()
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func expectHealthy() throws {
        let check = try EndToEnd.run(["check", "--db", db])
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
    }

    /// An article whose actor, place and file name are made of the characters that break SQL and FTS5 strings.
    static let trickyArticle = """
        By Staff Reporter, March 3, 2021

        Police detained 12 people in Port O'Malley on Tuesday, the interior ministry said.

        Interior Minister Dana O'Hara-Price said on Tuesday that the protests would be investigated.
        """

    /// Each value goes through a query that binds or escapes it; SQL or FTS5 syntax in it must match literally or
    /// not at all, never change the query.
    static let hostileValues = [
        "O'Hara", "O''Hara", "100%", "%", "_", "a_b", "--", "'; DROP TABLE event; --", "\"quoted\"", "x\" OR \"y",
        "police OR protesters", "NEAR(police detained)", "police*", "^police", "col:police", "(", ")", "\\", ";",
    ]

    @Test func fileNamesWithQuotesAndWildcardsLoad() throws {
        let name = "it's 100%_done -- \"draft\"; (v2).txt"
        let path = try write(name, Self.trickyArticle)
        let result = try EndToEnd.run(["load", path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Loaded 1 article"))
        let articles = try EndToEnd.run(["articles", "--db", db, "--format", "json"])
        #expect(articles.status == 0)
        try expectHealthy()
    }

    @Test func hostileQueryValuesAreData() throws {
        try write("a.txt", Self.trickyArticle)
        let load = try EndToEnd.run(["load", folder.appendingPathComponent("a.txt").path, "--db", db])
        #expect(load.status == 0, "\(load.stderr)")
        let before = try EndToEnd.run(["events", "--db", db, "--format", "json"]).stdout
        for value in Self.hostileValues {
            // `--option=value`, so that a value such as "--" reaches the option rather than ending the options.
            for arguments in [
                ["events", "--search=\(value)"], ["events", "--location=\(value)"], ["actors", "--search=\(value)"],
                ["events", "--source=\(value)"],
            ] {
                let result = try EndToEnd.run(arguments + ["--db", db, "--format", "json"])
                #expect(result.status == 0, "\(arguments) \(value): \(result.stderr)")
                #expect(!result.stderr.lowercased().contains("syntax"), "\(arguments) \(value): \(result.stderr)")
            }
            // An unknown actor is an error that names it (exit 1), never a SQL failure.
            let actor = try EndToEnd.run(["events", "--actor=\(value)", "--db", db, "--format", "json"])
            #expect([0, 1].contains(actor.status), "\(value): \(actor.stderr)")
            if actor.status == 1 { #expect(actor.stderr.contains("No actor"), "\(value): \(actor.stderr)") }
        }
        // Nothing was dropped or changed by any of it.
        #expect(try EndToEnd.run(["events", "--db", db, "--format", "json"]).stdout == before)
        try expectHealthy()
    }

    @Test func searchMatchesQuotesLiterally() throws {
        try write("a.txt", Self.trickyArticle)
        _ = try EndToEnd.run(["load", folder.appendingPathComponent("a.txt").path, "--db", db])
        let hit = try EndToEnd.run(["events", "--search", "O'Malley", "--db", db, "--format", "json"])
        #expect(hit.status == 0, "\(hit.stderr)")
        #expect(hit.stdout.contains("O'Malley"))
        let actors = try EndToEnd.run(["actors", "--search", "O'Hara", "--db", db, "--format", "json"])
        #expect(actors.status == 0)
        #expect(actors.stdout.contains("O'Hara-Price"), "\(actors.stdout)")
    }

    @Test func rightToLeftAndZeroWidthCharactersLoad() throws {
        // Hebrew and Arabic runs, a right-to-left mark, zero-width spaces and joiners, a byte-order mark in the
        // middle, and combining accents: none of them may break offsets, quotes or the full-text index.
        let text = """
            By Staff Reporter, March 3, 2021

            Police detained 30 people in Tel Aviv (\u{05EA}\u{05DC} \u{05D0}\u{05D1}\u{05D9}\u{05D1}) on \
            Tuesday\u{200F}, the police said.\u{200B}

            Protesters\u{200D} marched in Cairo (\u{0627}\u{0644}\u{0642}\u{0627}\u{0647}\u{0631}\u{0629}) on \
            Wednesday\u{FEFF} and 4 people were killed, cafe\u{0301} owners said.\u{2066}\u{2069}
            """
        let path = try write("rtl.txt", text)
        let load = try EndToEnd.run(["load", path, "--db", db])
        #expect(load.status == 0, "\(load.stderr)")
        let events = try EndToEnd.run(["events", "--db", db, "--format", "json", "--include-undated"])
        #expect(events.status == 0)
        let figures = try EndToEnd.run(["casualties", "--by", "source", "--db", db, "--format", "json"])
        #expect(figures.status == 0)
        #expect(figures.stdout.contains("killed"), "\(figures.stdout)")
        try expectHealthy()
    }

    @Test func impossibleNumbersAndDatesLoad() throws {
        let text = """
            By Staff Reporter, March 3, 2021

            Officials said 999999999999999999999 people were killed, which nobody believed.

            The rally was called for February 30, 2021, and the archive dates the first protest to year 0.

            On 31 April 2021 and on 0 January 2021 nothing happened; 18446744073709551616 were detained.

            Police said 12 people were killed in the capital on Tuesday.
            """
        let path = try write("numbers.txt", text)
        let load = try EndToEnd.run(["load", path, "--db", db])
        #expect(load.status == 0, "\(load.stderr)")
        let figures = try EndToEnd.run(["casualties", "--by", "source", "--db", db, "--format", "json"])
        #expect(figures.status == 0)
        // A count beyond 64 bits is not stored as a wrapped or clamped number: the only figure is the ordinary one.
        let reports = try #require(
            try JSONSerialization.jsonObject(with: Data(figures.stdout.utf8)) as? [[String: Any]]
        )
        let bounds = reports.flatMap { [$0["low"], $0["high"]] }.compactMap { $0 as? Int }
        #expect(bounds == [12, 12], "\(figures.stdout)")
        let events = try EndToEnd.run(["events", "--db", db, "--format", "json", "--include-undated"])
        #expect(events.status == 0)
        for impossible in ["2021-02-30", "2021-04-31", "2021-01-00", "0000"] {
            #expect(!events.stdout.contains("\"\(impossible)"), "\(impossible): \(events.stdout)")
        }
        try expectHealthy()
    }

    @Test func symlinkLoopEndsWithTheArticlesItCanReach() throws {
        let root = folder.appendingPathComponent("feed")
        let inner = root.appendingPathComponent("inner")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data(Self.trickyArticle.utf8).write(to: inner.appendingPathComponent("a.txt"))
        // inner/loop → feed: a cycle that a naive recursive walk follows for ever.
        try FileManager.default.createSymbolicLink(
            at: inner.appendingPathComponent("loop"),
            withDestinationURL: root
        )
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("self"),
            withDestinationURL: root
        )
        let load = try EndToEnd.run(["load", root.path, "--db", db])
        #expect(load.stderr.contains("Loaded 1 article"), "\(load.stderr)")
        #expect([0, 1].contains(load.status))
        try expectHealthy()
    }

    @Test func fileChangingWhileReadLoadsOneVersion() throws {
        let url = folder.appendingPathComponent("growing.txt")
        try Data(Self.trickyArticle.utf8).write(to: url)
        // A writer keeps rewriting and appending to the file while `load` reads it.
        let stop = ManagedFlag()
        let writer = Thread {
            var round = 0
            while !stop.isSet {
                round += 1
                let paragraph = "\n\nPolice detained \(round) people in the capital on Monday, officials said."
                if round % 5 == 0 {
                    try? Data(Self.trickyArticle.utf8).write(to: url)
                } else if let handle = try? FileHandle(forWritingTo: url) {
                    _ = try? handle.seekToEnd()
                    try? handle.write(contentsOf: Data(paragraph.utf8))
                    try? handle.close()
                }
            }
        }
        // The database exists before the loads: each load may find the file empty or cut (about half of them do,
        // as with the binaries before), and `check` below must have a database to check even when all five fail.
        let created = try EndToEnd.run(["init", "--db", db])
        #expect(created.status == 0, "\(created.stderr)")
        writer.start()
        defer { stop.set() }
        for _ in 0..<5 {
            let load = try EndToEnd.run(["load", url.path, "--db", db])
            #expect([0, 1].contains(load.status), "\(load.stderr)")
            #expect(!load.stderr.contains("Fatal"), "\(load.stderr)")
        }
        stop.set()
        try expectHealthy()
    }
}

/// A flag one thread sets and another polls.
final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
