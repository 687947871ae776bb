import Testing
import TimelineSQLite

@Suite struct DatabaseValueTests {
    @Test(arguments: [
        "Қазақстан Республикасы Президенті Тоқаев",
        "Алматы, Өскемен, Үржар, Ұлытау, Іле, Ғабит, Һ",
        "🇰🇿 👍🏽 👨‍👩‍👧‍👦",
        "中文 日本語 한국어",
        "العربية עברית",
        "e\u{301} é ﬁ",
        "",
        "tab\tnew\nline 'quote' \"double\"",
    ])
    func textRoundTripsThroughSQLite(_ text: String) throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE t (x TEXT)")
        try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [text])
        let stored = try #require(try db.fetchValue(String.self, sql: "SELECT x FROM t"))
        #expect(stored.unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(try db.fetchValue(Int.self, sql: "SELECT length(CAST(x AS BLOB)) FROM t") == text.utf8.count)
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t WHERE x = ?", arguments: [text]) == 1)
    }

    @Test func textWithAnEmbeddedNULKeepsEveryByte() throws {
        let db = try makeDatabase()
        let text = "before\u{0}after"
        #expect(try db.fetchValue(String.self, sql: "SELECT ?", arguments: [text]) == text)
    }

    @Test func emptyStringIsNotNull() throws {
        let db = try makeDatabase()
        #expect(try db.fetchOne(sql: "SELECT ?", arguments: [""])?[0] == .string(""))
    }

    @Test(arguments: [[UInt8](), [0], [0, 255, 1, 128], Array(0...255)])
    func blobRoundTripsThroughSQLite(_ bytes: [UInt8]) throws {
        let db = try makeDatabase()
        let value = try #require(try db.fetchOne(sql: "SELECT ?", arguments: [bytes]))[0]
        #expect(value == .blob(bytes))
        #expect(try db.fetchValue(String.self, sql: "SELECT typeof(?)", arguments: [bytes]) == "blob")
    }

    @Test func readsEachStorageClass() throws {
        let db = try makeDatabase()
        let row = try #require(try db.fetchOne(sql: "SELECT NULL, 42, 1.5, 'text', X'00FF'"))
        #expect(row.values == [.null, .int64(42), .double(1.5), .string("text"), .blob([0, 255])])
        #expect(row.values.map(\.storageClassName) == ["NULL", "INTEGER", "REAL", "TEXT", "BLOB"])
    }

    @Test func extremeIntegersRoundTrip() throws {
        let db = try makeDatabase()
        let row = try #require(try db.fetchOne(sql: "SELECT ?, ?", arguments: [Int64.min, Int64.max]))
        #expect(try row[0, as: Int64.self] == .min)
        #expect(try row[1, as: Int64.self] == .max)
    }

    @Test func convertibleTypesProduceTheirStorageClass() {
        #expect("a".databaseValue == .string("a"))
        #expect(1.databaseValue == .int64(1))
        #expect(Int64(2).databaseValue == .int64(2))
        #expect(1.5.databaseValue == .double(1.5))
        #expect(true.databaseValue == .int64(1))
        #expect(false.databaseValue == .int64(0))
        #expect([UInt8]([1]).databaseValue == .blob([1]))
        #expect(String?.none.databaseValue == .null)
        #expect(Int?.some(3).databaseValue == .int64(3))
    }

    @Test func decodingIsStrictAboutStorageClasses() {
        #expect(String.fromDatabaseValue(.int64(1)) == nil)
        #expect(Int.fromDatabaseValue(.string("1")) == nil)
        #expect(Int.fromDatabaseValue(.null) == nil)
        #expect(Bool.fromDatabaseValue(.string("true")) == nil)
        #expect([UInt8].fromDatabaseValue(.string("a")) == nil)
        #expect(Double.fromDatabaseValue(.blob([])) == nil)
    }

    @Test func numbersConvertOnlyWhenExact() {
        #expect(Int.fromDatabaseValue(.double(2.0)) == 2)
        #expect(Int.fromDatabaseValue(.double(2.5)) == nil)
        #expect(Int64.fromDatabaseValue(.double(1e300)) == nil)
        #expect(Double.fromDatabaseValue(.int64(3)) == 3.0)
        #expect(Bool.fromDatabaseValue(.int64(2)) == true)
        #expect(Bool.fromDatabaseValue(.int64(0)) == false)
    }

    @Test func optionalDecodesNullAsNil() {
        #expect(String?.fromDatabaseValue(.null) == .some(nil))
        #expect(String?.fromDatabaseValue(.string("a")) == .some("a"))
        #expect(String?.fromDatabaseValue(.int64(1)) == nil)
    }

    @Test func describesValuesAsSQLWould() {
        let values: [DatabaseValue] = [.null, 42, 1.5, "say \"hi\"", .blob([0, 0xAB])]
        #expect(values.map(\.description) == ["NULL", "42", "1.5", #""say \"hi\"""#, "X'00AB'"])
    }
}
