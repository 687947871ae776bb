import Testing
import TimelineSQLite

@Suite struct RowTests {
    private let row = Row(columnNames: ["id", "name", "note", "id"], values: [1, "Tokayev", .null, 2])

    @Test func readsValuesByIndexAndByName() {
        #expect(row.count == 4)
        #expect(row[1] == "Tokayev")
        #expect(row["name"] == "Tokayev")
        #expect(row["note"] == .null)
    }

    @Test func missingColumnNameIsNil() {
        #expect(row["missing"] == nil)
        #expect(!row.hasColumn("missing"))
    }

    @Test func columnNamesIgnoreCaseAndLeftmostWins() {
        #expect(row["NAME"] == "Tokayev")
        #expect(row["id"] == 1)
        #expect(row.index(ofColumn: "Id") == 0)
    }

    @Test func decodesTypedValues() throws {
        #expect(try row["id", as: Int.self] == 1)
        #expect(try row[1, as: String.self] == "Tokayev")
        #expect(try row["note", as: String?.self] == nil)
        #expect(try row["name", as: String?.self] == "Tokayev")
    }

    @Test func typedAccessToAMissingColumnThrows() throws {
        let error = try #require(throws: RowDecodingError.self) { try row["missing", as: Int.self] }
        #expect(error == .columnNotFound("missing", columnNames: ["id", "name", "note", "id"]))
        #expect(error.description == "no column named `missing` in row with columns [id, name, note, id]")
    }

    @Test func typeMismatchThrowsAClearError() throws {
        let error = try #require(throws: RowDecodingError.self) { try row["name", as: Int.self] }
        #expect(error.description == #"could not decode Int from TEXT "Tokayev" in column `name`"#)
        let null = try #require(throws: RowDecodingError.self) { try row["note", as: String.self] }
        #expect(null.description == "could not decode String from NULL NULL in column `note`")
    }

    @Test func rowsFromQueriesKeepColumnOrder() throws {
        let db = try makeDatabase()
        let fetched = try #require(try db.fetchOne(sql: "SELECT 1 AS id, 'Tokayev' AS name"))
        #expect(fetched == Row(columnNames: ["id", "name"], values: [1, "Tokayev"]))
        #expect(fetched.description == #"[id:1 name:"Tokayev"]"#)
    }
}
