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
    }

    @Test func foreignKeyViolationReportsExtendedCode() throws {
        let db = try makeDatabase()
        try db.execute(
            sql: """
                CREATE TABLE article (id INTEGER PRIMARY KEY);
                CREATE TABLE event (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES article (id));
                """
        )
        let error = try #require(throws: DatabaseError.self) {
            try db.execute(sql: "INSERT INTO event (article_id) VALUES (?)", arguments: [7])
        }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY)
        #expect(error.resultCode == .SQLITE_CONSTRAINT)
        #expect(error.message?.lowercased() == "foreign key constraint failed")
    }

    @Test func syntaxErrorNamesTheSQL() throws {
        let db = try makeDatabase()
        let error = try #require(throws: DatabaseError.self) { try db.execute(sql: "SELEKT 1") }
        #expect(error.extendedResultCode == .SQLITE_ERROR)
        #expect(error.message?.lowercased().contains("syntax error") == true)
        #expect(error.sql == "SELEKT 1")
    }

    @Test func descriptionLeavesArgumentsOut() {
        let error = DatabaseError(
            resultCode: .SQLITE_CONSTRAINT_NOTNULL,
            message: "NOT NULL constraint failed: article.body",
            sql: "\n    INSERT INTO article (body) VALUES (?);\n",
            arguments: ["a long private body"]
        )
        #expect(
            error.description
                == "SQLite error 19: NOT NULL constraint failed: article.body"
                + " - while executing `INSERT INTO article (body) VALUES (?)`"
        )
        #expect(!error.description.contains("private"))
        #expect(error.expandedDescription == error.description + #" with arguments ["a long private body"]"#)
    }

    @Test func descriptionWithoutSQLOrMessage() {
        #expect(DatabaseError(resultCode: .SQLITE_BUSY_SNAPSHOT).description == "SQLite error 5")
        #expect(DatabaseError(message: "boom").description == "SQLite error 1: boom")
    }

    @Test func isSendable() async {
        let error = DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")
        let code = await Task { error.extendedResultCode }.value
        #expect(code == .SQLITE_FULL)
    }
}
