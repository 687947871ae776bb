import Testing
import TimelineSQLite

@testable import TimelineStore

/// `timeline check`: integrity, foreign keys and the full-text indexes (issue 7).
@Suite struct CheckTests {
    @Test func aFreshlyLoadedDatabasePassesEveryCheck() throws {
        let store = try makeLoadedStore()
        let results = try store.check()
        #expect(
            results.map(\.name) == [
                "integrity", "foreign keys", "full-text index article_fts", "full-text index event_source_fts",
                "event merging",
            ]
        )
        #expect(results.allSatisfy { $0.passed })
    }

    @Test func aDanglingRowFailsTheForeignKeyCheck() throws {
        let store = try makeLoadedStore()
        try store.database.execute(sql: "PRAGMA foreign_keys = OFF")
        try store.database.execute(sql: "DELETE FROM event WHERE id = (SELECT min(event_id) FROM event_source)")
        let results = try store.check()
        let foreignKeys = try #require(results.first { $0.name == "foreign keys" })
        #expect(!foreignKeys.passed)
        #expect(foreignKeys.problems.contains { $0.hasPrefix("event_source row ") })
    }

    @Test func aStaleFullTextIndexFailsItsCheck() throws {
        let store = try makeLoadedStore()
        // Change the content table behind the index's back: the triggers would otherwise keep them in sync.
        try store.database.execute(sql: "DROP TRIGGER article_au")
        try store.database.execute(sql: "UPDATE article SET body = 'rewritten' WHERE id = 1")
        let results = try store.check()
        let index = try #require(results.first { $0.name == "full-text index article_fts" })
        #expect(!index.passed)
    }
}
