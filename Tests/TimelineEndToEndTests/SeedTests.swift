import Foundation
import Testing

/// The motivating article, end to end through the built binary: `load`, then `events` and `casualties`.
///
/// The project holds no copy of the article: the test reads it from `../shared/seed/` and is skipped without it.
@Suite struct SeedTests {
    static let seed = EndToEnd.shared.appendingPathComponent("seed")
    static var seedIsPresent: Bool { FileManager.default.fileExists(atPath: seed.path) }

    func loadedDatabase() throws -> String {
        let db = try EndToEnd.makeTemporaryFolder().appendingPathComponent("seed.db").path
        let load = try EndToEnd.run(["load", Self.seed.path, "--db", db])
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stderr.hasPrefix("Loaded 1 article"))
        return db
    }

    func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test(.enabled(if: seedIsPresent))
    func theShootToKillOrderIsOnTheSeventhWithTokayev() throws {
        let db = try loadedDatabase()
        let result = try EndToEnd.run(["events", "--on", "2022-01-07", "--db", db, "--format", "json"])
        #expect(result.status == 0)
        let events = try json(result.stdout)
        let order = events.first { event in
            (event["type"] as? String) == "decree"
                && ((event["actors"] as? [String]) ?? []).contains("Kassym-Jomart Tokayev")
                && ((event["sources"] as? [[String: Any]]) ?? []).contains {
                    ($0["quote"] as? String)?.contains("shoot-to-kill") == true
                }
        }
        let found = try #require(order)
        // The lead of a same-day report: dated by its publication, and shown as such.
        #expect(found["date_basis"] as? String == "publication")
        let table = try EndToEnd.run(["events", "--on", "2022-01-07", "--db", db, "--type", "decree"])
        #expect(table.stdout.contains("≤2022-01-07  decree"))
    }

    @Test(.enabled(if: seedIsPresent))
    func yesterdayInAPostDatedTheSixthIsTheFifth() throws {
        let db = try loadedDatabase()
        let result = try EndToEnd.run(["events", "--on", "2022-01-05", "--db", db, "--format", "json"])
        let events = try json(result.stdout)
        #expect(events.contains { ($0["type"] as? String) == "protest" && ($0["date_basis"] as? String) == "text" })
    }

    @Test(.enabled(if: seedIsPresent))
    func vagueAndExactFiguresKeepTheirBounds() throws {
        let db = try loadedDatabase()
        let result = try EndToEnd.run(["casualties", "--by", "source", "--db", db, "--format", "json"])
        let figures = try json(result.stdout)
        func has(_ category: String, _ low: Int, _ high: Int, approximate: Bool) -> Bool {
            figures.contains {
                $0["category"] as? String == category && $0["low"] as? Int == low && $0["high"] as? Int == high
                    && $0["approximate"] as? Bool == approximate
            }
        }
        #expect(has("killed", 24, 99, approximate: true))
        #expect(has("hospitalized", 200, 999, approximate: true))
        #expect(has("detained", 2000, 9999, approximate: true))
        #expect(has("injured", 1000, 1000, approximate: false))
        #expect(has("troops", 2500, 2500, approximate: true))
    }
}
