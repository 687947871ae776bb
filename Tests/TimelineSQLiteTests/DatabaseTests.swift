import Foundation
import Testing
import TimelineSQLite

@Suite struct DatabaseTests {
    @Test func executesSeveralStatementsAndFetchesRows() throws {
        let db = try makeDatabase()
        try db.execute(
            sql: """
                CREATE TABLE actor (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                INSERT INTO actor (name) VALUES ('Tokayev');
                INSERT INTO actor (name) VALUES (?); -- a trailing comment
                """,
            arguments: ["Smailov"]
        )
        let rows = try db.fetchAll(sql: "SELECT id, name FROM actor ORDER BY id")
        #expect(rows.map { $0["name"] } == ["Tokayev", "Smailov"])
        #expect(db.lastInsertedRowID == 2)
    }

    @Test func fetchesOneRowAndTypedValues() throws {
        let db = try makeDatabase()
        #expect(try db.fetchValue(Int.self, sql: "SELECT 6 * 7") == 42)
        #expect(try db.fetchValue(String.self, sql: "SELECT NULL") == nil)
        #expect(try db.fetchOne(sql: "SELECT 1 WHERE 0") == nil)
        #expect(try db.fetchValues(Int.self, sql: "SELECT 1 UNION ALL SELECT 2") == [1, 2])
    }

    @Test func countsChanges() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3)")
        #expect(db.changesCount == 3)
        try db.execute(sql: "DELETE FROM t WHERE x > 1")
        #expect(db.changesCount == 2)
        #expect(db.totalChangesCount == 5)
    }

    @Test func enforcesForeignKeys() throws {
        let db = try makeDatabase()
        #expect(try db.fetchValue(Bool.self, sql: "PRAGMA foreign_keys") == true)
    }

    @Test func textFileFailsAtOpenWithNotADatabase() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notes.txt").path
        try Data(String(repeating: "This is not a database, only some text.\n", count: 50).utf8)
            .write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DatabaseError.self) { try Database(path: path) }
        #expect(error.resultCode == .SQLITE_NOTADB)
        #expect(error.message?.lowercased().contains("not a database") == true)
    }

    @Test func missingFolderFailsWithCantOpen() throws {
        let error = try #require(throws: DatabaseError.self) {
            try Database(path: "/nonexistent-\(UUID().uuidString)/timeline.db")
        }
        #expect(error.resultCode == .SQLITE_CANTOPEN)
        #expect(error.message?.lowercased().contains("unable to open") == true)
    }

    @Test func fileDatabaseUsesWAL() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            #expect(try db.journalMode == "wal")
        }
    }
}
