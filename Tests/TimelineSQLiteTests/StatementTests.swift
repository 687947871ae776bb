import Testing
import TimelineSQLite

@Suite struct StatementTests {
    @Test func statementIsReusableWithNewArguments() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE actor (name TEXT NOT NULL, kind TEXT NOT NULL)")
        let insert = try db.makeStatement(sql: "INSERT INTO actor (name, kind) VALUES (?, ?)")
        try insert.execute(arguments: ["Kassym-Jomart Tokayev", "person"])
        try insert.execute(arguments: ["Alikhan Smailov", "person"])
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM actor") == 2)
        #expect(insert.parameterCount == 2)
        #expect(!insert.isReadOnly)
    }

    @Test func statementIsReusableAfterResetInTheMiddleOfRows() throws {
        let db = try makeDatabase()
        let select = try db.makeStatement(sql: "SELECT value FROM json_each(?)")
        let cursor = try select.makeCursor(arguments: ["[1, 2, 3]"])
        #expect(try cursor.next()?[0] == 1)
        select.reset()
        #expect(try select.fetchValues(Int.self) == [1, 2, 3])
        #expect(try select.fetchValues(Int.self, arguments: ["[4]"]) == [4])
    }

    @Test func statementRunsAgainWithItsBindings() throws {
        let db = try makeDatabase()
        let select = try db.makeStatement(sql: "SELECT ? * 2")
        try select.bind([21])
        #expect(select.arguments == [21])
        #expect(try select.fetchValue(Int.self) == 42)
        #expect(try select.fetchValue(Int.self) == 42)
        select.clearBindings()
        #expect(try select.fetchOne()?[0] == .null)
    }

    @Test func statementIsReusableAfterAnError() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x UNIQUE)")
        let insert = try db.makeStatement(sql: "INSERT INTO t VALUES (?)")
        try insert.execute(arguments: [1])
        #expect(throws: DatabaseError.self) { try insert.execute(arguments: [1]) }
        try insert.execute(arguments: [2])
        #expect(try db.fetchValues(Int.self, sql: "SELECT x FROM t ORDER BY x") == [1, 2])
    }

    // Texts and blobs are bound in place from a buffer the statement keeps (SQLITE_STATIC), so each value must
    // survive the next binding, the buffer's growth and a failed binding.
    @Test func boundTextsAndBlobsKeepTheirBytesAcrossBindings() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (a, b, c)")
        let insert = try db.makeStatement(sql: "INSERT INTO t VALUES (?, ?, ?)")
        let long = String(repeating: "é", count: 2_000) + "\u{0}end"
        let rows: [StatementArguments] = [
            ["short", [UInt8]([1, 2, 3]), ""],
            [long, "second", [UInt8]()],
            ["x", long + long, nil],
            ["after growth", "y", [UInt8](repeating: 7, count: 10_000)],
        ]
        for row in rows { try insert.execute(arguments: row) }
        let read = try db.fetchAll(sql: "SELECT a, b, c, typeof(c) FROM t ORDER BY rowid")
        #expect(try read.map { try $0[0, as: String.self] } == ["short", long, "x", "after growth"])
        #expect(try read[0][1, as: [UInt8].self] == [1, 2, 3])
        #expect(try read[0][3, as: String.self] == "text")
        #expect(try read[1][2, as: [UInt8].self] == [])
        #expect(try read[1][3, as: String.self] == "blob")
        #expect(try read[2][1, as: String.self] == long + long)
        #expect(try read[3][2, as: [UInt8].self] == [UInt8](repeating: 7, count: 10_000))
    }

    @Test func aCursorReadsItsBindingsWhileAnotherStatementBinds() throws {
        let db = try makeDatabase()
        let select = try db.cachedStatement(sql: "SELECT value FROM json_each(?)")
        let cursor = try select.makeCursor(arguments: ["[\"" + String(repeating: "a", count: 1_000) + "\", \"b\"]"])
        #expect(try cursor.next()?[0, as: String.self] == String(repeating: "a", count: 1_000))
        _ = try db.fetchValue(String.self, sql: "SELECT ?", arguments: [String(repeating: "z", count: 5_000)])
        #expect(try cursor.next()?[0, as: String.self] == "b")
    }

    @Test func aCachedStatementBindsAfreshForEachUser() throws {
        let db = try makeDatabase()
        let sql = "SELECT ?, length(?)"
        for size in [10, 3_000, 20, 70_000, 0, 3_000_000, 100, 2_000_000, 5] {
            let text = String(repeating: "q", count: size)
            let row = try #require(try db.cachedStatement(sql: sql).fetchOne(arguments: [text, text]))
            #expect(try row[0, as: String.self] == text)
            #expect(try row[1, as: Int.self] == size)
        }
    }

    @Test func aFailedBindingLeavesNoValueBound() throws {
        let db = try makeDatabase()
        let select = try db.makeStatement(sql: "SELECT :a, :b")
        try select.bind(["a": String(repeating: "a", count: 400), "b": "b"])
        #expect(throws: DatabaseError.self) { try select.bind(["a": String(repeating: "c", count: 900)]) }
        let row = try #require(try select.fetchOne())
        #expect(row[0] == .null && row[1] == .null)
    }

    @Test func valuesBuiltAlreadyConvertedBindLikeLiterals() throws {
        let db = try makeDatabase()
        let name: String? = "Tokayev"
        let missing: Int64? = nil
        let values = StatementArguments(values: [name.databaseValue, missing.databaseValue, .int64(3), 2.5])
        #expect(values == ["Tokayev", nil, 3, 2.5])
        let row = try #require(try db.fetchOne(sql: "SELECT ?, ?, ?, ?", arguments: values))
        #expect(try row[0, as: String.self] == "Tokayev" && row[1] == .null && row[2] == 3)
    }

    @Test func columnNamesFollowTheQuery() throws {
        let db = try makeDatabase()
        let select = try db.makeStatement(sql: "SELECT 1 AS id, 'a' AS name")
        #expect(select.columnNames == ["id", "name"])
        #expect(select.isReadOnly)
        let cursor = try select.makeCursor()
        #expect(cursor.columnNames == ["id", "name"])
        #expect(try db.makeStatement(sql: "CREATE TABLE t (x)").columnNames.isEmpty)
    }

    @Test func columnNamesFollowASchemaChange() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (a); INSERT INTO t VALUES (1)")
        let select = try db.makeStatement(sql: "SELECT * FROM t")
        try db.execute(sql: "ALTER TABLE t ADD COLUMN b DEFAULT 2")
        let row = try #require(try select.fetchOne())
        #expect(row.columnNames == ["a", "b"])
        #expect(row.values == [1, 2])
    }

    @Test func bindsNamedParametersWithEachPrefix() throws {
        let db = try makeDatabase()
        let select = try db.makeStatement(sql: "SELECT :a, @b, $c, :a")
        let row = try #require(try select.fetchOne(arguments: ["a": 1, "@b": "two", "$c": nil]))
        #expect(row.values == [1, "two", .null, 1])
    }

    @Test func bindsNumberedParametersPositionally() throws {
        let db = try makeDatabase()
        let row = try #require(try db.fetchOne(sql: "SELECT ?2, ?1, ?2", arguments: ["first", "second"]))
        #expect(row.values == ["second", "first", "second"])
    }

    @Test func mixesPositionalAndNamedParameters() throws {
        let db = try makeDatabase()
        let row = try #require(try db.fetchOne(sql: "SELECT ?, :kind, ?", arguments: [1, 2] + ["kind": "person"]))
        #expect(row.values == [1, "person", 2])
    }

    @Test func refusesTooFewOrTooManyArguments() throws {
        let db = try makeDatabase()
        let select = try db.makeStatement(sql: "SELECT ?, ?")
        let tooFew = try #require(throws: DatabaseError.self) { try select.execute(arguments: [1]) }
        #expect(tooFew.resultCode == .SQLITE_MISUSE)
        #expect(tooFew.message == "wrong number of statement arguments: 2 expected, 1 given")
        let tooMany = try #require(throws: DatabaseError.self) { try select.execute(arguments: [1, 2, 3]) }
        #expect(tooMany.message == "wrong number of statement arguments: 2 expected, 3 given")
        #expect(tooMany.sql == "SELECT ?, ?")
        let none = try #require(throws: DatabaseError.self) { try select.execute(arguments: []) }
        #expect(none.message == "wrong number of statement arguments: 2 expected, 0 given")
    }

    @Test func refusesAMissingNamedArgument() throws {
        let db = try makeDatabase()
        let error = try #require(throws: DatabaseError.self) {
            try db.execute(sql: "SELECT :name, :kind", arguments: ["name": "Tokayev"])
        }
        #expect(error.resultCode == .SQLITE_MISUSE)
        #expect(error.message == "missing statement argument: :kind")
    }

    @Test func acceptsExtraNamedArguments() throws {
        let db = try makeDatabase()
        #expect(try db.fetchValue(String.self, sql: "SELECT :name", arguments: ["name": "a", "unused": 1]) == "a")
    }

    @Test func cursorReturnsNilAfterTheLastRow() throws {
        let db = try makeDatabase()
        let cursor = try db.makeCursor(sql: "SELECT 1")
        #expect(try cursor.next()?[0] == 1)
        #expect(try cursor.next() == nil)
        #expect(try cursor.next() == nil)
    }

    @Test func staleCursorThrowsInsteadOfReadingAnotherRun() throws {
        let db = try makeDatabase()
        let select = try db.makeStatement(sql: "SELECT value FROM json_each('[1, 2, 3]')")
        let first = try select.makeCursor()
        #expect(try first.next()?[0] == 1)
        let second = try select.makeCursor()
        let error = try #require(throws: DatabaseError.self) { try first.next() }
        #expect(error.resultCode == .SQLITE_MISUSE)
        #expect(try second.next()?[0] == 1)
    }

    @Test func cursorThrowsOnAFailingFunction() throws {
        let db = try makeDatabase()
        let cursor = try db.makeCursor(
            sql: "SELECT CASE value WHEN 2 THEN json('not json') ELSE value END FROM json_each('[1, 2, 3]')"
        )
        #expect(try cursor.next()?[0] == 1)
        let error = try #require(throws: DatabaseError.self) { try cursor.next() }
        #expect(error.resultCode == .SQLITE_ERROR)
        #expect(error.message?.lowercased() == "malformed json")
        #expect(try cursor.next() == nil)
    }

    @Test func failedStepErrorCarriesSQLAndArguments() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x NOT NULL)")
        let insert = try db.makeStatement(sql: "INSERT INTO t VALUES (?)")
        let error = try #require(throws: DatabaseError.self) { try insert.execute(arguments: [nil]) }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_NOTNULL)
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        #expect(error.arguments == [nil])
    }
}
