import Testing
import TimelineSQLite

@Suite struct ResultCodeTests {
    @Test func extendedCodesAreBuiltAsInSQLiteHeader() {
        #expect(ResultCode.SQLITE_CONSTRAINT_UNIQUE.rawValue == 2_067)
        #expect(ResultCode.SQLITE_CONSTRAINT_FOREIGNKEY.rawValue == 787)
        #expect(ResultCode.SQLITE_BUSY_SNAPSHOT.rawValue == 517)
        #expect(ResultCode.SQLITE_IOERR_SHORT_READ.rawValue == 522)
        #expect(ResultCode.SQLITE_CANTOPEN_ISDIR.rawValue == 526)
        #expect(ResultCode.SQLITE_READONLY_DBMOVED.rawValue == 1_032)
    }

    @Test func primaryCodeIsTheLowByte() {
        #expect(ResultCode.SQLITE_CONSTRAINT_UNIQUE.primaryResultCode == .SQLITE_CONSTRAINT)
        #expect(ResultCode.SQLITE_CONSTRAINT.primaryResultCode == .SQLITE_CONSTRAINT)
        #expect(ResultCode.SQLITE_CONSTRAINT.isPrimary)
        #expect(!ResultCode.SQLITE_CONSTRAINT_UNIQUE.isPrimary)
    }

    @Test func primaryPatternMatchesItsExtendedCodes() {
        #expect(ResultCode.SQLITE_CONSTRAINT ~= ResultCode.SQLITE_CONSTRAINT_UNIQUE)
        #expect(ResultCode.SQLITE_CONSTRAINT ~= ResultCode.SQLITE_CONSTRAINT)
        #expect(!(ResultCode.SQLITE_CONSTRAINT_CHECK ~= ResultCode.SQLITE_CONSTRAINT_UNIQUE))
        #expect(!(ResultCode.SQLITE_CONSTRAINT_UNIQUE ~= ResultCode.SQLITE_CONSTRAINT))
        #expect(!(ResultCode.SQLITE_BUSY ~= ResultCode.SQLITE_CONSTRAINT_UNIQUE))
    }

    @Test func switchMatchesTheMostSpecificCaseFirst() {
        func kind(of code: ResultCode) -> String {
            switch code {
            case .SQLITE_CONSTRAINT_FOREIGNKEY: "foreign key"
            case .SQLITE_CONSTRAINT: "other constraint"
            default: "other"
            }
        }
        #expect(kind(of: .SQLITE_CONSTRAINT_FOREIGNKEY) == "foreign key")
        #expect(kind(of: .SQLITE_CONSTRAINT_UNIQUE) == "other constraint")
        #expect(kind(of: .SQLITE_BUSY) == "other")
    }

    @Test func catchMatchesDatabaseErrorsByCode() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x UNIQUE); INSERT INTO t VALUES (1)")
        var caught = ""
        do {
            try db.execute(sql: "INSERT INTO t VALUES (1)")
        } catch DatabaseError.SQLITE_CONSTRAINT_FOREIGNKEY {
            caught = "foreign key"
        } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
            caught = "unique"
        } catch {
            caught = "other"
        }
        #expect(caught == "unique")
    }

    @Test func patternDoesNotMatchOtherErrors() {
        struct Other: Error {}
        #expect(!(ResultCode.SQLITE_ERROR ~= Other()))
    }

    @Test func describesCodesByTheirSQLiteName() {
        #expect(ResultCode.SQLITE_CONSTRAINT_UNIQUE.description == "SQLITE_CONSTRAINT_UNIQUE (2067)")
        #expect(ResultCode.SQLITE_NOTADB.description == "SQLITE_NOTADB (26)")
        #expect(ResultCode(rawValue: 19 | (99 << 8)).description.hasPrefix("25363 ("))
    }
}
