import TimelineSQLite

/// One check of `TimelineStore.check()`: its name and the problems it found (none when it passed).
public struct CheckResult: Sendable, Hashable {
    public var name: String
    public var problems: [String]

    public var passed: Bool { problems.isEmpty }
}

extension TimelineStore {
    /// Runs SQLite's integrity and foreign-key checks, the full-text indexes' own integrity checks, and checks that no
    /// deferred event merging was left unfinished.
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/pragma.html#pragma_integrity_check>,
    /// <https://www.sqlite.org/fts5.html#the_integrity_check_command>
    ///
    /// - throws: A ``StoreError`` when the checks cannot run at all.
    public func check() throws -> [CheckResult] {
        try translatingErrors {
            var results: [CheckResult] = []
            let integrity = try database.fetchValues(String.self, sql: "PRAGMA integrity_check")
            results.append(CheckResult(name: "integrity", problems: integrity == ["ok"] ? [] : integrity))
            // > PRAGMA foreign_key_check returns one row for each foreign key violation: the table, the rowid, the
            // > parent table and the index of the foreign key.
            let foreignKeys = try database.fetchAll(sql: "PRAGMA foreign_key_check").map { row in
                "\(Self.text(row[0])) row \(Self.text(row[1])) refers to a missing \(Self.text(row[2])) row"
            }
            results.append(CheckResult(name: "foreign keys", problems: foreignKeys))
            for table in ["article_fts", "event_source_fts"] {
                var problems: [String] = []
                do {
                    // > The integrity-check command verifies that the full-text index is internally consistent
                    // > and, for an external content table, that it matches the content table.
                    try database.execute(sql: "INSERT INTO \(table) (\(table), rank) VALUES ('integrity-check', 1)")
                } catch let error as DatabaseError {
                    problems.append(error.message ?? "\(error)")
                }
                results.append(CheckResult(name: "full-text index \(table)", problems: problems))
            }
            let pending = try database.fetchValue(Int.self, sql: "SELECT count(*) FROM match_pending") ?? 0
            results.append(
                CheckResult(
                    name: "event merging",
                    problems: pending == 0
                        ? []
                        : ["\(pending) block(s) of events await merging after an interrupted load; run 'timeline init'"]
                )
            )
            return results
        }
    }

    private static func text(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return "?"
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let string): return string
        case .blob(let bytes): return "\(bytes.count) bytes"
        }
    }
}
