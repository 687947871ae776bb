import Foundation
import Testing
import TimelineSQLite

@Suite struct DatabaseTests {
    @Test func libraryVersionIsThree() {
        #expect(sqliteLibraryVersion.hasPrefix("3."))
    }

    /// Strings are bound with their exact bytes: "" stays an empty TEXT (not NULL), an embedded NUL is kept, and
    /// strings made from an NSString or a substring bind like literals.
    @Test(arguments: [
        "", "plain", "a\u{0}b", "Ünion 引号 👍🏽", NSString(string: "bridged é") as String, String("xyz".dropFirst()),
    ])
    func stringsBindWithTheirExactBytes(_ value: String) throws {
        let db = try makeDatabase()
        let row = try #require(
            try db.fetchOne(sql: "SELECT typeof(?1), length(CAST(?1 AS BLOB)), ?1", arguments: [value])
        )
        #expect(try row[0, as: String.self] == "text")
        #expect(try row[1, as: Int.self] == value.utf8.count)
        #expect(try row[2, as: String.self] == value)
    }

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

    @Test func scriptConsumesPositionalArgumentsInOrder() throws {
        let db = try makeDatabase()
        try db.execute(
            sql: "CREATE TABLE t (x, y); INSERT INTO t VALUES (?, ?); INSERT INTO t VALUES (?, :y)",
            arguments: [1, 2, 3] + ["y": 4]
        )
        #expect(try db.fetchValues(Int.self, sql: "SELECT x + y FROM t ORDER BY x") == [3, 7])
    }

    @Test func scriptRefusesLeftOverArguments() throws {
        let db = try makeDatabase()
        let error = try #require(throws: DatabaseError.self) {
            try db.execute(sql: "SELECT ?; SELECT ?", arguments: [1, 2, 3])
        }
        #expect(error.resultCode == .SQLITE_MISUSE)
        #expect(error.message == "wrong number of statement arguments: 2 expected, 3 given")
    }

    @Test func scriptStopsAtTheFailingStatement() throws {
        let db = try makeDatabase()
        let error = try #require(throws: DatabaseError.self) {
            try db.execute(sql: "CREATE TABLE t (x); INSERT INTO missing VALUES (1); CREATE TABLE u (x)")
        }
        #expect(error.resultCode == .SQLITE_ERROR)
        #expect(error.message?.lowercased() == "no such table: missing")
        #expect(try db.fetchValues(String.self, sql: "SELECT name FROM sqlite_master") == ["t"])
    }

    @Test func fetchesOneRowAndTypedValues() throws {
        let db = try makeDatabase()
        #expect(try db.fetchValue(Int.self, sql: "SELECT 6 * 7") == 42)
        #expect(try db.fetchValue(String.self, sql: "SELECT NULL") == nil)
        #expect(try db.fetchValue(Int.self, sql: "SELECT 1 WHERE 0") == nil)
        #expect(try db.fetchOne(sql: "SELECT 1 WHERE 0") == nil)
        #expect(try db.fetchOne(sql: "SELECT 1 AS one UNION ALL SELECT 2")?["one"] == 1)
        #expect(try db.fetchValues(Int.self, sql: "SELECT 1 UNION ALL SELECT 2") == [1, 2])
        #expect(try db.fetchValues(Int?.self, sql: "SELECT 1 UNION ALL SELECT NULL") == [1, nil])
    }

    @Test func fetchValueReportsATypeMismatch() throws {
        let db = try makeDatabase()
        let error = try #require(throws: RowDecodingError.self) {
            try db.fetchValue(Int.self, sql: "SELECT 'many' AS deaths")
        }
        #expect(error.description == #"could not decode Int from TEXT "many" in column `deaths`"#)
    }

    @Test func streamsRowsOneAtATime() throws {
        let db = try makeDatabase()
        var seen: [Int] = []
        try db.forEachRow(
            sql: "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ?) SELECT x FROM n",
            arguments: [5]
        ) { row in
            seen.append(try row[0, as: Int.self])
        }
        #expect(seen == [1, 2, 3, 4, 5])
    }

    @Test func streamingStopsWithTheBodysError() throws {
        struct Enough: Error {}
        let db = try makeDatabase()
        var seen = 0
        #expect(throws: Enough.self) {
            try db.forEachRow(sql: "SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3") { _ in
                seen += 1
                if seen == 2 { throw Enough() }
            }
        }
        #expect(seen == 2)
    }

    @Test func streamingThrowsOnAnErrorMetAfterSomeRows() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3)")
        var seen: [Int] = []
        // abs() of the smallest integer overflows, so the third row fails at step time.
        let error = try #require(throws: DatabaseError.self) {
            try db.forEachRow(
                sql: "SELECT CASE x WHEN 3 THEN abs(-9223372036854775807 - 1) ELSE x END FROM t"
            ) { row in
                seen.append(try row[0, as: Int.self])
            }
        }
        #expect(seen == [1, 2])
        #expect(error.resultCode == .SQLITE_ERROR)
        #expect(error.message?.lowercased() == "integer overflow")
    }

    @Test func cursorThrowsOnAConstraintMetAfterSomeRows() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x NOT NULL)")
        let cursor = try db.makeCursor(
            sql: "INSERT INTO t VALUES (1), (2), (NULL) RETURNING x"
        )
        var seen: [DatabaseValue] = []
        let error = try #require(throws: DatabaseError.self) {
            while let row = try cursor.next() {
                seen.append(row[0])
            }
        }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_NOTNULL)
        #expect(try cursor.next() == nil)
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t") == 0)
    }

    @Test func countsChanges() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3)")
        #expect(db.changesCount == 3)
        try db.execute(sql: "DELETE FROM t WHERE x > 1")
        #expect(db.changesCount == 2)
        #expect(db.totalChangesCount == 5)
    }

    @Test func storesTheUserVersion() throws {
        let db = try makeDatabase()
        #expect(try db.userVersion == 0)
        try db.setUserVersion(3)
        #expect(try db.userVersion == 3)
    }

    @Test func enforcesForeignKeys() throws {
        let db = try makeDatabase()
        #expect(try db.fetchValue(Bool.self, sql: "PRAGMA foreign_keys") == true)
    }

    @Test func refusesDoubleQuotedStringLiterals() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (name)")
        let error = try #require(throws: DatabaseError.self) {
            try db.execute(sql: #"SELECT * FROM t WHERE name = "Tokayev""#)
        }
        #expect(error.resultCode == .SQLITE_ERROR)
        #expect(error.message?.lowercased() == "no such column: tokayev")
    }

    @Test func setsTheDefaultBusyTimeout() throws {
        let db = try makeDatabase()
        #expect(db.busyTimeout == .seconds(5))
        #expect(try db.fetchValue(Int.self, sql: "PRAGMA busy_timeout") == 5_000)
    }

    @Test func setsACustomBusyTimeout() throws {
        let db = try Database(path: ":memory:", busyTimeout: .milliseconds(250))
        #expect(try db.fetchValue(Int.self, sql: "PRAGMA busy_timeout") == 250)
    }

    @Test func secondWriterWithoutTimeoutFailsWithBusy() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path)
            let other = try Database(path: path, busyTimeout: .zero)
            try writer.execute(sql: "BEGIN IMMEDIATE TRANSACTION")
            let error = try #require(throws: DatabaseError.self) {
                try other.transaction { try other.execute(sql: "CREATE TABLE t (x)") }
            }
            #expect(error.resultCode == .SQLITE_BUSY)
            #expect(error.message?.lowercased() == "database is locked")
            try writer.execute(sql: "COMMIT TRANSACTION")
        }
    }

    @Test func fileDatabaseUsesWAL() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            #expect(try db.journalMode == "wal")
            #expect(db.path == path)
            #expect(!db.isReadOnly)
        }
    }

    @Test func memoryDatabaseKeepsItsJournal() throws {
        let db = try makeDatabase()
        #expect(try db.journalMode == "memory")
    }

    @Test func textFileFailsAtOpenWithNotADatabase() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notes.txt").path
        try Data(String(repeating: "This is not a database, only some text.\n", count: 50).utf8)
            .write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DatabaseError.self) { try Database(path: path) }
        #expect(error.extendedResultCode == .SQLITE_NOTADB)
        #expect(error.message?.lowercased() == "file is not a database")
    }

    @Test(arguments: [Database.OpenMode.readWriteCreate, .readWrite, .readOnly])
    func missingFolderFailsWithCantOpen(mode: Database.OpenMode) throws {
        let error = try #require(throws: DatabaseError.self) {
            try Database(path: "/nonexistent-\(UUID().uuidString)/timeline.db", mode: mode)
        }
        #expect(error.resultCode == .SQLITE_CANTOPEN)
        #expect(error.message?.lowercased() == "unable to open database file")
    }

    @Test(arguments: [Database.OpenMode.readWrite, .readOnly])
    func missingFileIsNotCreatedWithoutCreateMode(mode: Database.OpenMode) throws {
        try withTemporaryDatabasePath { path in
            let error = try #require(throws: DatabaseError.self) { try Database(path: path, mode: mode) }
            #expect(error.resultCode == .SQLITE_CANTOPEN)
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func readOnlyModeRefusesWrites() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path)
            try writer.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)")
            let reader = try Database(path: path, mode: .readOnly)
            #expect(reader.isReadOnly)
            #expect(try reader.fetchValue(Int.self, sql: "SELECT x FROM t") == 1)
            let error = try #require(throws: DatabaseError.self) {
                try reader.execute(sql: "INSERT INTO t VALUES (2)")
            }
            #expect(error.resultCode == .SQLITE_READONLY)
            #expect(error.message?.lowercased() == "attempt to write a readonly database")
        }
    }

    @Test func closeFailsWithBusyWhileAStatementIsAlive() throws {
        let db = try makeDatabase()
        let statement = try db.makeStatement(sql: "SELECT 1")
        let error = try #require(throws: DatabaseError.self) { try db.close() }
        #expect(error.resultCode == .SQLITE_BUSY)
        #expect(!db.isClosed)
        #expect(try statement.fetchValue(Int.self) == 1)
    }

    @Test func closeFailsWithBusyWhileACachedStatementIsInUse() throws {
        let db = try makeDatabase()
        let statement = try db.cachedStatement(sql: "SELECT 1")
        let error = try #require(throws: DatabaseError.self) { try db.close() }
        #expect(error.resultCode == .SQLITE_BUSY)
        #expect(try statement.fetchValue(Int.self) == 1)
    }

    @Test func releasingTheLastConnectionClosesTheFile() throws {
        try withTemporaryDatabasePath { path in
            do {
                let db = try Database(path: path)
                try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)")
                #expect(FileManager.default.fileExists(atPath: path + "-wal"))
            }
            // The last connection to close checkpoints and deletes the WAL file, so its absence
            // shows that deinit closed the connection.
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
            #expect(try Database(path: path).fetchValue(Int.self, sql: "SELECT x FROM t") == 1)
        }
    }

    @Test func closedConnectionThrowsMisuse() throws {
        let db = try makeDatabase()
        _ = try db.cachedStatement(sql: "SELECT 1")
        try db.close()
        #expect(db.isClosed)
        try db.close()
        let error = try #require(throws: DatabaseError.self) { try db.execute(sql: "SELECT 1") }
        #expect(error.resultCode == .SQLITE_MISUSE)
        #expect(error.message == "connection is closed")
    }

    @Test func makeStatementRefusesSeveralStatements() throws {
        let db = try makeDatabase()
        let error = try #require(throws: DatabaseError.self) { try db.makeStatement(sql: "SELECT 1; SELECT 2") }
        #expect(error.resultCode == .SQLITE_MISUSE)
        #expect(try db.makeStatement(sql: "SELECT 1; -- only a comment").fetchValue(Int.self) == 1)
    }

    @Test func makeStatementRefusesEmptySQL() throws {
        let db = try makeDatabase()
        let error = try #require(throws: DatabaseError.self) { try db.makeStatement(sql: "  -- nothing") }
        #expect(error.resultCode == .SQLITE_MISUSE)
        #expect(error.message == "no statement found")
    }

    @Test func cachedStatementIsSharedWhileAlive() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x)")
        let first = try db.cachedStatement(sql: "INSERT INTO t VALUES (?)")
        #expect(try db.cachedStatement(sql: "INSERT INTO t VALUES (?)") === first)
        for value in 1...100 {
            try db.cachedStatement(sql: "INSERT INTO t VALUES (?)").execute(arguments: [value])
        }
        #expect(try db.fetchValue(Int.self, sql: "SELECT sum(x) FROM t") == 5_050)
    }

    @Test func cachedStatementForgetsBindingsWhenReleased() throws {
        let db = try makeDatabase()
        try db.cachedStatement(sql: "SELECT ?").bind([42])
        #expect(try db.cachedStatement(sql: "SELECT ?").fetchOne()?[0] == .null)
    }

    @Test func traceRecordsStatementsWithoutValues() throws {
        let db = try makeDatabase()
        let recorder = StatementRecorder(db)
        try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (?)", arguments: ["secret"])
        db.trace(nil)
        try db.execute(sql: "DELETE FROM t")
        #expect(recorder.statements == ["CREATE TABLE t (x);", "INSERT INTO t VALUES (?)"])
    }

    @Test func traceSkipsTriggerPrograms() throws {
        let db = try makeDatabase()
        try db.execute(
            sql: """
                CREATE TABLE t (x);
                CREATE TABLE log (x);
                CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.x); END;
                """
        )
        let recorder = StatementRecorder(db)
        try db.execute(sql: "INSERT INTO t VALUES (1)")
        #expect(recorder.statements == ["INSERT INTO t VALUES (1)"])
        #expect(try db.fetchValue(Int.self, sql: "SELECT x FROM log") == 1)
    }
}
