import Testing
import TimelineSQLite

@Suite struct TransactionTests {
    private struct Boom: Error {}

    @Test func commitsWhenBodyReturns() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x)")
        let id = try db.transaction {
            try db.execute(sql: "INSERT INTO t VALUES (1)")
            return db.lastInsertedRowID
        }
        #expect(id == 1)
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t") == 1)
        #expect(!db.isInsideTransaction)
    }

    @Test func failedTransactionLeavesNothingBehindAndEndsInRollback() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x)")
        let recorder = StatementRecorder(db)
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.execute(sql: "INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t") == 0)
        #expect(
            recorder.statements.prefix(3) == [
                "BEGIN IMMEDIATE TRANSACTION", "INSERT INTO t VALUES (1)", "ROLLBACK TRANSACTION",
            ]
        )
    }
}
