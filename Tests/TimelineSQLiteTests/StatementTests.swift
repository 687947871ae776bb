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
