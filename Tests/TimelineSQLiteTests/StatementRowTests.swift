import Testing
import TimelineSQLite

@Suite struct StatementRowTests {
    @Test func readsEachStorageClassWithoutCopyingTheRow() throws {
        let db = try makeDatabase()
        struct Read: Equatable {
            var int64: Int64, int: Int, bool: Bool, double: Double, string: String, blob: [UInt8]
            var isNull: Bool, optionalString: String?, optionalInt: Int?, optionalInt64: Int64?
            var count: Int, values: [DatabaseValue]
        }
        var reads: [Read] = []
        try db.makeStatement(sql: "SELECT 1, 2.5, 'Astana', x'00FF', NULL").forEachStatementRow { row in
            reads.append(
                Read(
                    int64: try row[0, as: Int64.self],
                    int: try row[0, as: Int.self],
                    bool: try row[0, as: Bool.self],
                    double: try row[1, as: Double.self],
                    string: try row[2, as: String.self],
                    blob: try row[3, as: [UInt8].self],
                    isNull: row.isNull(at: 4),
                    optionalString: try row[4, as: String?.self],
                    optionalInt: try row[4, as: Int?.self],
                    optionalInt64: try row[4, as: Int64?.self],
                    count: row.count,
                    values: (0..<row.count).map { row[$0] }
                )
            )
        }
        #expect(
            reads == [
                Read(
                    int64: 1,
                    int: 1,
                    bool: true,
                    double: 2.5,
                    string: "Astana",
                    blob: [0x00, 0xFF],
                    isNull: true,
                    optionalString: nil,
                    optionalInt: nil,
                    optionalInt64: nil,
                    count: 5,
                    values: [1, 2.5, "Astana", .blob([0x00, 0xFF]), .null]
                )
            ]
        )
    }

    @Test func decodesAsStrictlyAsRow() throws {
        let db = try makeDatabase()
        let sql = "SELECT 42 AS a, 'x' AS b, 2.0 AS c, 2.5 AS d, NULL AS e, 'é' AS f, '' AS g, 1e20 AS h, -0.0 AS i"
        let copy = try #require(try db.fetchOne(sql: sql))
        var differences: [String] = []
        var reads = 0
        try db.makeStatement(sql: sql).forEachStatementRow { row in
            // Each typed read gives what Row gives, or the same error.
            for index in 0..<row.count {
                func same<Value: DatabaseValueConvertible & Equatable>(_ type: Value.Type, _ read: () throws -> Value) {
                    reads += 1
                    if outcome(read) != outcome({ try copy[index, as: type] }) {
                        differences.append("column \(index) as \(type)")
                    }
                }
                same(String.self) { try row[index, as: String.self] }
                same(String?.self) { try row[index, as: String?.self] }
                same(Int64.self) { try row[index, as: Int64.self] }
                same(Int64?.self) { try row[index, as: Int64?.self] }
                same(Int.self) { try row[index, as: Int.self] }
                same(Int?.self) { try row[index, as: Int?.self] }
                same(Double.self) { try row[index, as: Double.self] }
                same(Double?.self) { try row[index, as: Double?.self] }
                same(Bool.self) { try row[index, as: Bool.self] }
            }
        }
        #expect(reads == 81)
        #expect(differences == [])
    }

    @Test func mismatchNamesTheTypeTheValueAndTheColumn() throws {
        let db = try makeDatabase()
        var results: [Result<Int?, RowDecodingError>] = []
        var names: [[String]] = []
        try db.makeStatement(sql: "SELECT 'Tokayev' AS name").forEachStatementRow { row in
            results.append(outcome { try row[0, as: Int?.self] })
            names.append(row.columnNames)
        }
        let error = RowDecodingError.valueMismatch("Optional<Int>", "Tokayev", column: "name")
        #expect(results == [.failure(error)])
        #expect(error.description == "could not decode Optional<Int> from TEXT \"Tokayev\" in column `name`")
        #expect(names == [["name"]])
    }

    @Test func copyKeepsTheRowAfterTheIteration() throws {
        let db = try makeDatabase()
        var copies: [Row] = []
        try db.makeStatement(sql: "SELECT value AS v FROM json_each('[1, 2]')").forEachStatementRow { row in
            copies.append(row.copy())
        }
        #expect(copies == [Row(columnNames: ["v"], values: [1]), Row(columnNames: ["v"], values: [2])])
    }

    @Test func runsAgainWithNewArgumentsAndStopsOnTheBodysError() throws {
        struct Stop: Error {}
        let db = try makeDatabase()
        let select = try db.makeStatement(sql: "SELECT value FROM json_each(?)")
        var values: [Int] = []
        #expect(throws: Stop.self) {
            try select.forEachStatementRow(arguments: ["[1, 2, 3]"]) { row in
                values.append(try row[0, as: Int.self])
                if values.count == 2 { throw Stop() }
            }
        }
        try select.forEachStatementRow(arguments: ["[4]"]) { values.append(try $0[0, as: Int.self]) }
        #expect(values == [1, 2, 4])
    }

    @Test func runningTheStatementInsideTheBodyIsMisuse() throws {
        let db = try makeDatabase()
        let select = try db.makeStatement(sql: "SELECT value FROM json_each('[1, 2]')")
        let error = try #require(throws: DatabaseError.self) {
            try select.forEachStatementRow { _ in _ = try select.fetchOne() }
        }
        #expect(error.resultCode == .SQLITE_MISUSE)
        #expect(try select.fetchValues(Int.self) == [1, 2])
    }

    @Test func reportsAnErrorMetAfterSomeRows() throws {
        let db = try makeDatabase()
        var count = 0
        let error = try #require(throws: DatabaseError.self) {
            try db.makeStatement(sql: "SELECT json(value) FROM (SELECT '1' AS value UNION ALL SELECT '{')")
                .forEachStatementRow { _ in count += 1 }
        }
        #expect(count == 1)
        #expect(error.resultCode == .SQLITE_ERROR)
    }

    @Test func cachedStatementsReadTheirRowsToo() throws {
        let db = try makeDatabase()
        try db.execute(sql: "CREATE TABLE actor (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        try db.execute(sql: "INSERT INTO actor (name) VALUES ('Tokayev'), ('Smailov')")
        for _ in 0..<3 {
            var names: [Int64: String] = [:]
            try db.cachedStatement(sql: "SELECT id, name FROM actor ORDER BY id").forEachStatementRow { row in
                let id = try row[0, as: Int64.self]
                names[id] = try row[1, as: String.self]
            }
            #expect(names == [1: "Tokayev", 2: "Smailov"])
        }
    }
}

/// The value a read gives, or its decoding error.
private func outcome<Value: Equatable>(_ read: () throws -> Value) -> Result<Value, RowDecodingError> {
    do {
        return .success(try read())
    } catch let error as RowDecodingError {
        return .failure(error)
    } catch {
        Issue.record("unexpected error \(error)")
        return .failure(.columnNotFound("", columnNames: []))
    }
}
