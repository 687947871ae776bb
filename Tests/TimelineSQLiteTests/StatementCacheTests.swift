import Testing

@testable import TimelineSQLite

@Suite struct StatementCacheTests {
    @Test func aCachedStatementIsCompiledOnceAndReused() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x)")
        for value in 1...10 {
            // Each call after the first finds the compiled statement; only the wrapper is new.
            try db.cachedStatement(sql: "INSERT INTO t VALUES (?)").execute(arguments: [value])
            #expect(try db.cachedStatement(sql: "SELECT count(*) FROM t").fetchValue(Int.self) == value)
        }
        #expect(db.cachedStatementCount == 2)
    }

    @Test func aReusedStatementKeepsItsParametersAndColumns() throws {
        let db = try makeDatabase()
        let sql = "SELECT :a AS first, ? AS second"
        for value in 1...3 {
            let statement = try db.cachedStatement(sql: sql)
            #expect(statement.parameterCount == 2)
            #expect(statement.columnNames == ["first", "second"])
            var arguments: StatementArguments = [value]
            arguments += ["a": value * 10]
            let row = try #require(try statement.fetchOne(arguments: arguments))
            #expect(row.values == [.int64(Int64(value * 10)), .int64(Int64(value))])
        }
        let error = try #require(throws: DatabaseError.self) {
            try db.cachedStatement(sql: sql).fetchOne(arguments: [1])
        }
        #expect(error.message == "missing statement argument: :a")
    }

    @Test func theLeastRecentlyUsedStatementsGoFirst() throws {
        let db = try makeDatabase()
        db.statementCacheCapacity = 3
        for value in 1...3 {
            _ = try db.cachedStatement(sql: "SELECT \(value)").fetchValue(Int.self)
        }
        _ = try db.cachedStatement(sql: "SELECT 1").fetchValue(Int.self)
        _ = try db.cachedStatement(sql: "SELECT 4").fetchValue(Int.self)
        #expect(db.cachedStatementCount == 3)
        // "SELECT 2" was the least recently used; the others are still compiled.
        #expect(db.isStatementCached(sql: "SELECT 1"))
        #expect(!db.isStatementCached(sql: "SELECT 2"))
        #expect(db.isStatementCached(sql: "SELECT 3"))
        #expect(db.isStatementCached(sql: "SELECT 4"))
        db.statementCacheCapacity = 1
        #expect(db.cachedStatementCount == 1)
        #expect(db.isStatementCached(sql: "SELECT 4"))
    }

    @Test func statementsInUseStayCachedPastTheCapacity() throws {
        let db = try makeDatabase()
        db.statementCacheCapacity = 1
        let first = try db.cachedStatement(sql: "SELECT 1")
        let second = try db.cachedStatement(sql: "SELECT 2")
        #expect(db.cachedStatementCount == 2)
        #expect(try first.fetchValue(Int.self) == 1)
        #expect(try second.fetchValue(Int.self) == 2)
        #expect(try db.cachedStatement(sql: "SELECT 1") === first)
        _ = try db.cachedStatement(sql: "SELECT 3").fetchValue(Int.self)
        #expect(db.cachedStatementCount == 3)
    }

    @Test func aClosedConnectionFinalizesItsCache() throws {
        let db = try makeDatabase()
        for value in 1...5 {
            _ = try db.cachedStatement(sql: "SELECT \(value)").fetchValue(Int.self)
        }
        try db.close()
        #expect(db.cachedStatementCount == 0)
    }
}
