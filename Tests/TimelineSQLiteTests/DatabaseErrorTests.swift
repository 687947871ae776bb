import Testing
import TimelineSQLite

@Suite struct DatabaseErrorTests {
    @Test func uniqueViolationReportsExtendedCode() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x UNIQUE); INSERT INTO t VALUES (1)")
        let error = try #require(throws: DatabaseError.self) {
            try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [1])
        }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE)
        #expect(error.resultCode == .SQLITE_CONSTRAINT)
        #expect(error.message?.lowercased() == "unique constraint failed: t.x")
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        #expect(
            error.description
                == "SQLite error 19: UNIQUE constraint failed: t.x - while executing `INSERT INTO t VALUES (?)`"
        )
        #expect(error.expandedDescription.hasSuffix(" with arguments [1]"))
    }
}
