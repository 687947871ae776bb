import Testing
import TimelineSQLite

@Suite struct TransactionTests {
    private struct Boom: Error {}

    @Test func commitsWhenBodyReturns() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x)")
        let recorder = StatementRecorder(db)
        let id = try db.transaction {
            try db.execute(sql: "INSERT INTO t VALUES (1)")
            return db.lastInsertedRowID
        }
        #expect(id == 1)
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t") == 1)
        #expect(!db.isInsideTransaction)
        #expect(
            recorder.statements.prefix(3) == [
                "BEGIN IMMEDIATE TRANSACTION", "INSERT INTO t VALUES (1)", "COMMIT TRANSACTION",
            ]
        )
    }

    @Test(arguments: [TransactionKind.deferred, .immediate, .exclusive])
    func beginsTheRequestedKind(kind: TransactionKind) throws {
        let db = try makeDatabase()
        let recorder = StatementRecorder(db)
        try db.transaction(kind) { #expect(db.isInsideTransaction) }
        #expect(recorder.statements == ["BEGIN \(kind.rawValue) TRANSACTION", "COMMIT TRANSACTION"])
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
        #expect(!db.isInsideTransaction)
    }

    @Test func constraintViolationRollsBackEarlierWrites() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x UNIQUE)")
        let error = try #require(throws: DatabaseError.self) {
            try db.transaction {
                try db.execute(sql: "INSERT INTO t VALUES (1)")
                try db.execute(sql: "INSERT INTO t VALUES (1)")
            }
        }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE)
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t") == 0)
    }

    @Test func firstErrorWinsWhenTheTransactionIsAlreadyGone() throws {
        let db = try makeDatabase()
        let recorder = StatementRecorder(db)
        // The body ends the transaction itself, so a ROLLBACK would fail with "no transaction is
        // active"; the body's error must be the one reported, and no ROLLBACK sent.
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.execute(sql: "ROLLBACK")
                throw Boom()
            }
        }
        #expect(recorder.statements == ["BEGIN IMMEDIATE TRANSACTION", "ROLLBACK"])
    }

    @Test func failedCommitRollsBackAndReportsTheCommitError() throws {
        let db = try makeDatabase()
        try db.execute(
            sql: """
                CREATE TABLE article (id INTEGER PRIMARY KEY);
                CREATE TABLE event (
                    article_id INTEGER REFERENCES article (id) DEFERRABLE INITIALLY DEFERRED
                );
                """
        )
        let recorder = StatementRecorder(db)
        let error = try #require(throws: DatabaseError.self) {
            try db.transaction { try db.execute(sql: "INSERT INTO event VALUES (1)") }
        }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY)
        #expect(error.sql == "COMMIT TRANSACTION")
        #expect(recorder.statements.last == "ROLLBACK TRANSACTION")
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM event") == 0)
        #expect(!db.isInsideTransaction)
    }

    @Test func transactionsDoNotNest() throws {
        let db = try makeDatabase()
        let error = try #require(throws: DatabaseError.self) {
            try db.transaction { try db.transaction {} }
        }
        #expect(error.resultCode == .SQLITE_ERROR)
        #expect(error.message?.lowercased() == "cannot start a transaction within a transaction")
        #expect(!db.isInsideTransaction)
    }

    @Test func failedSavepointKeepsTheRestOfTheTransaction() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x)")
        try db.transaction {
            try db.execute(sql: "INSERT INTO t VALUES (1)")
            #expect(throws: Boom.self) {
                try db.savepoint(named: "article") {
                    try db.execute(sql: "INSERT INTO t VALUES (2)")
                    throw Boom()
                }
            }
            try db.savepoint { try db.execute(sql: "INSERT INTO t VALUES (3)") }
        }
        #expect(try db.fetchValues(Int.self, sql: "SELECT x FROM t ORDER BY x") == [1, 3])
    }

    @Test func savepointOutsideATransactionActsLikeOne() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x)")
        #expect(throws: Boom.self) {
            try db.savepoint(named: #"odd "name""#) {
                try db.execute(sql: "INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(!db.isInsideTransaction)
        let value = try db.savepoint { try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t") }
        #expect(value == 0)
        #expect(!db.isInsideTransaction)
    }
}
