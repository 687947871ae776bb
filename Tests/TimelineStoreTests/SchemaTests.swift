import Foundation
import NewsExtraction
import Testing
import TimelineSQLite

@testable import TimelineStore

@Suite struct SchemaTests {
    /// The package root, three folders above this file (Tests/TimelineStoreTests/SchemaTests.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func embeddedSchemaEqualsSchemaFile() throws {
        let file = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("schema.sql"),
            encoding: .utf8
        )
        #expect(Schema.sql == file, "Sources/TimelineStore/Schema.swift must embed schema.sql verbatim.")
    }

    /// schema.sql is the result of the migrations: a database built by running it directly has the same columns,
    /// indexes and triggers as one built by the migrations (ALTER TABLE keeps other text in sqlite_master).
    @Test func schemaFileEqualsTheResultOfTheMigrations() throws {
        let migrated = try makeStore().database
        let direct = try Database(path: try makeDatabasePath("direct.db"))
        try direct.execute(sql: Schema.sql)
        func shape(_ database: Database) throws -> [String] {
            var lines = try database.fetchValues(
                String.self,
                sql: "SELECT type || ' ' || name || ' ' || tbl_name FROM sqlite_master ORDER BY type, name"
            )
            for table in try database.fetchValues(
                String.self,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ) {
                for row in try database.fetchAll(
                    sql: "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)",
                    arguments: [table]
                ) {
                    lines.append(
                        "\(table).\(try row[0, as: String.self]) \(try row[1, as: String.self]) "
                            + "\(try row[2, as: Int.self]) \(try row[3, as: String?.self] ?? "-") \(try row[4, as: Int.self])"
                    )
                }
            }
            for index in try database.fetchValues(
                String.self,
                sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
            ) {
                let columns = try database.fetchValues(
                    String.self,
                    sql: "SELECT coalesce(name, '<expr>') FROM pragma_index_info(?) ORDER BY seqno",
                    arguments: [index]
                )
                lines.append("\(index)(\(columns.joined(separator: ",")))")
            }
            return lines
        }
        #expect(try shape(migrated) == shape(direct))
        #expect(Schema.sql.contains("version \(Schema.version)."))
    }

    /// A database of schema version 1 keeps its events when it is migrated: each source gets its event's report.
    @Test func versionOneDatabaseIsMigratedWithItsEvents() throws {
        let path = try makeDatabasePath()
        let old = try Database(path: path)
        try old.execute(sql: Schema.migrations[0].sql)
        try old.setUserVersion(1)
        try old.execute(
            sql: """
                INSERT INTO article (id, sha256, body) VALUES (1, '\(hash(1))', 'x');
                INSERT INTO actor (id, name, kind) VALUES (1, 'CSTO', 'organization');
                INSERT INTO event (id, type, summary, occurred_on, precision, date_from, date_to, date_basis)
                VALUES (1, 'deployment', 'troops arrive', '2022-01-06', 'day', '2022-01-06', '2022-01-06', 'text');
                INSERT INTO event_actor (event_id, actor_id, group_name, position) VALUES (1, 1, NULL, 0), (1, NULL, 'troops', 1);
                INSERT INTO event_source (event_id, article_id, quote, start, end) VALUES (1, 1, 'x', 0, 1);
                """
        )
        let store = try TimelineStore(path: path)
        #expect(try store.database.userVersion == Schema.version)
        let row = try #require(
            try store.database.fetchOne(sql: "SELECT type, occurred_on, actor_ids, group_names FROM event_source")
        )
        #expect(try row[0, as: String.self] == "deployment")
        #expect(try row[1, as: String.self] == "2022-01-06")
        #expect(try row[2, as: String.self] == "[1]")
        #expect(try row[3, as: String.self] == "[\"troops\"]")
    }

    /// Version 5 drops the insert triggers of the full-text tables, which the loader replaces: a database of version
    /// 4 indexes what it held, and after the migration a load indexes each row once.
    @Test func versionFourDatabaseStopsIndexingByTrigger() throws {
        let path = try makeDatabasePath()
        let old = try Database(path: path)
        for migration in Schema.migrations.prefix(4) { try old.execute(sql: migration.sql) }
        try old.setUserVersion(4)
        try old.execute(
            sql: "INSERT INTO article (id, sha256, title, body) VALUES (1, '\(hash(1))', 'Old', 'kept text')"
        )
        let store = try TimelineStore(path: path)
        #expect(try store.database.userVersion == Schema.version)
        let triggers = try store.database.fetchValues(
            String.self,
            sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN ('article_ai', 'event_source_ai')"
        )
        #expect(triggers.isEmpty)
        _ = try store.load(Fixtures.kazakhstan)
        #expect(try store.check().filter { !$0.passed }.map(\.name) == [])
        #expect(try store.database.fetchValue(Int.self, sql: "SELECT count(*) FROM article_fts_docsize") == 2)
        let hits = try store.articleHits("kept")
        #expect(hits == [1])
    }

    /// No insert into a table builds a temporary index to check a column's allowed values (an IN list of three or
    /// more constants does, for every row): neither in a database built by the migrations, whose tables were created
    /// with IN lists and rewritten, nor in one built from schema.sql.
    @Test func noInsertBuildsATemporaryIndex() throws {
        let direct = try Database(path: try makeDatabasePath("direct.db"))
        try direct.execute(sql: Schema.sql)
        for database in [try makeStore().database, direct] {
            let tables = try database.fetchValues(
                String.self,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%' ORDER BY name"
            )
            #expect(tables.contains("event_source"))
            for table in tables {
                let opcodes = try database.fetchAll(sql: "EXPLAIN INSERT INTO \(table) DEFAULT VALUES").map {
                    try $0[1, as: String.self]
                }
                #expect(!opcodes.contains("OpenEphemeral"), "\(table)")
            }
        }
    }

    @Test func inListsOfThreeOrMoreConstantsBecomeChainsOfOr() {
        #expect(
            Schema.withoutINLists("kind TEXT CHECK (kind IN ('a', 'b',\n  'c d')),")
                == "kind TEXT CHECK (kind = 'a' OR kind = 'b' OR kind = 'c d'),"
        )
        #expect(
            Schema.withoutINLists("x INTEGER CHECK (x IN (0, 1, -2))") == "x INTEGER CHECK (x = 0 OR x = 1 OR x = -2)"
        )
        for unchanged in [
            "basis TEXT CHECK (basis IN ('text', 'publication'))", "year INTEGER CHECK (year BETWEEN 1 AND 9999)",
            "CHECK (rowid IN (SELECT rowid FROM other))", "CHECK (a IN ('x', 'y', 'z') OR b = 1)",
        ] {
            #expect(Schema.withoutINLists(unchanged) == unchanged)
        }
    }

    /// A database of version 5 keeps its rows and its constraints when its IN lists are rewritten.
    @Test func versionFiveDatabaseKeepsItsRowsAndConstraints() throws {
        let path = try makeDatabasePath()
        let old = try Database(path: path)
        for migration in Schema.migrations.prefix(5) { try old.execute(sql: migration.sql) }
        try old.setUserVersion(5)
        try old.execute(sql: "INSERT INTO actor (id, name, kind) VALUES (1, 'CSTO', 'organization')")
        func opcodes(_ database: Database) throws -> [String] {
            try database.fetchAll(sql: "EXPLAIN INSERT INTO actor DEFAULT VALUES").map { try $0[1, as: String.self] }
        }
        #expect(try opcodes(old).contains("OpenEphemeral"))
        let store = try TimelineStore(path: path)
        #expect(try !opcodes(store.database).contains("OpenEphemeral"))
        #expect(try store.database.userVersion == Schema.version)
        #expect(try store.database.fetchValue(String.self, sql: "SELECT kind FROM actor") == "organization")
        #expect(throws: DatabaseError.self) {
            try store.database.execute(sql: "INSERT INTO actor (name, kind) VALUES ('X', 'planet')")
        }
        let check = try store.database.fetchValues(String.self, sql: "PRAGMA integrity_check")
        #expect(check == ["ok"])
        let reopened = try TimelineStore(path: path)
        #expect(try reopened.database.fetchValue(Int.self, sql: "SELECT count(*) FROM actor") == 1)
    }

    @Test func newDatabaseRunsEveryMigration() throws {
        let store = try makeStore()
        #expect(try store.database.userVersion == Schema.version)
        #expect(Schema.version == Schema.migrations.count)
        let tables = try store.database.fetchValues(
            String.self,
            sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name"
        )
        #expect(
            tables == [
                "actor", "actor_alias", "actor_role", "article", "event", "event_actor", "event_source", "figure",
                "match_pending",
                "retraction",
            ]
        )
    }

    @Test func reopeningAnUpToDateDatabaseKeepsItsData() throws {
        let path = try makeDatabasePath()
        _ = try TimelineStore(path: path).load(Fixtures.kazakhstan)
        let reopened = try TimelineStore(path: path)
        #expect(try reopened.count("article") == 1)
        #expect(try reopened.database.userVersion == Schema.version)
        let readOnly = try TimelineStore(path: path, mode: .readOnly)
        #expect(try readOnly.count("event") == Fixtures.kazakhstan.events.count)
    }

    @Test func databaseFromANewerVersionIsRefused() throws {
        let path = try makeDatabasePath("x.db")
        _ = try TimelineStore(path: path)
        try Database(path: path).setUserVersion(Int32(Schema.version + 2))
        let error = try #require(throws: StoreError.self) { try TimelineStore(path: path) }
        #expect(
            error.message
                == "Database '\(path)' was created by a newer version of timeline (schema version "
                + "\(Schema.version + 2); this version knows \(Schema.version)). Upgrade timeline to open it."
        )
        #expect(throws: StoreError.self) { try TimelineStore(path: path, mode: .readOnly) }
    }

    @Test func readOnlyModeRequiresAnExistingFile() throws {
        let path = try makeDatabasePath("x.db")
        let error = try #require(throws: StoreError.self) { try TimelineStore(path: path, mode: .readOnly) }
        #expect(error.message == "Database '\(path)' does not exist; run 'timeline init' or 'timeline load' first.")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func emptyFileBecomesATimelineDatabase() throws {
        let path = try makeDatabasePath()
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(try TimelineStore(path: path).database.userVersion == Schema.version)
    }

    @Test func readOnlyModeRefusesADatabaseWithoutTheSchema() throws {
        let path = try makeDatabasePath("x.db")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let error = try #require(throws: StoreError.self) { try TimelineStore(path: path, mode: .readOnly) }
        #expect(error.message == "Database '\(path)' has no timeline tables; run 'timeline init' first.")
    }

    @Test func inMemoryDatabaseNeedsNoFile() throws {
        let store = try TimelineStore(path: ":memory:")
        #expect(try store.load(Fixtures.sriLanka) == .loaded(articleID: 1, events: 2, figures: 1, actors: 2))
    }

    @Test func readOnlyStoreRefusesToWrite() throws {
        let path = try makeDatabasePath()
        _ = try TimelineStore(path: path)
        let store = try TimelineStore(path: path, mode: .readOnly)
        let error = try #require(throws: StoreError.self) { try store.load(Fixtures.kazakhstan) }
        #expect(error.message.contains("read-only"))
    }

    @Test func missingFolderIsNamed() throws {
        let folder = try makeDatabasePath("a")
        let path = folder + "/b.db"
        let error = try #require(throws: StoreError.self) { try TimelineStore(path: path) }
        #expect(error.message == "Cannot create database '\(path)': folder '\(folder)' does not exist.")
    }

    @Test func folderIsNotADatabase() throws {
        let folder = try makeDatabasePath("x.db")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let error = try #require(throws: StoreError.self) { try TimelineStore(path: folder) }
        #expect(error.message == "'\(folder)' is a folder, not a database file; pass the path of a '.db' file.")
    }

    @Test func fileThatIsNotADatabaseIsNamed() throws {
        let path = try makeDatabasePath("x.txt")
        try String(repeating: "not a database, just some text\n", count: 100).write(
            toFile: path,
            atomically: true,
            encoding: .utf8
        )
        let error = try #require(throws: StoreError.self) { try TimelineStore(path: path) }
        #expect(error.message.hasPrefix("'\(path)' is not a SQLite database"))
    }

    @Test func sqliteDatabaseOfAnotherApplicationIsRefused() throws {
        let path = try makeDatabasePath("other.db")
        try Database(path: path).execute(sql: "CREATE TABLE article (id INTEGER PRIMARY KEY, headline TEXT)")
        let error = try #require(throws: StoreError.self) { try TimelineStore(path: path) }
        #expect(error.message == "'\(path)' is a SQLite database but not a timeline database; pass another path.")
    }

    @Test func lockedDatabaseFailsWithAClearMessageAfterTheTimeout() throws {
        let path = try makeDatabasePath("x.db")
        let store = try TimelineStore(path: path, busyTimeout: 0.05)
        let other = try Database(path: path)
        try other.execute(sql: "BEGIN IMMEDIATE")
        defer { try? other.execute(sql: "ROLLBACK") }
        let error = try #require(throws: StoreError.self) { try store.load(Fixtures.kazakhstan) }
        #expect(error.message.hasPrefix("Database '\(path)' is locked by another process"))
        #expect(error.message.hasSuffix("try again when it has finished."))
    }

    /// The CHECK sets must accept exactly the Swift enums' raw values.
    @Test func everyEnumValueFitsItsCheckConstraint() throws {
        let store = try makeStore()
        let database = store.database
        try database.execute(sql: "INSERT INTO article (id, sha256, body) VALUES (1, ?, '')", arguments: [hash(1)])
        for kind in ActorKind.allCases {
            try database.execute(
                sql: "INSERT INTO actor (name, kind) VALUES (?, ?)",
                arguments: [kind.rawValue, kind.rawValue]
            )
        }
        for type in EventType.allCases {
            try database.execute(sql: "INSERT INTO event (type, summary) VALUES (?, '')", arguments: [type.rawValue])
        }
        for basis in DateBasis.allCases {
            try database.execute(
                sql: """
                    INSERT INTO event (type, summary, occurred_on, precision, date_from, date_to, date_basis)
                    VALUES ('other', '', '2022', 'year', '2022-01-01', '2022-12-31', ?)
                    """,
                arguments: [basis.rawValue]
            )
        }
        for category in CasualtyCategory.allCases {
            for group in CasualtyGroup.allCases {
                try database.execute(
                    sql: """
                        INSERT INTO figure (article_id, category, group_name, low, high, approximate, quote, start, end)
                        VALUES (1, ?, ?, 1, 1, 0, '', 0, 0)
                        """,
                    arguments: [category.rawValue, group.rawValue]
                )
            }
        }
        #expect(try store.count("figure") == CasualtyCategory.allCases.count * CasualtyGroup.allCases.count)
    }

    static let invalidRows: [String] = [
        // Values outside the closed sets.
        "INSERT INTO actor (name, kind) VALUES ('X', 'planet')",
        "INSERT INTO event (type, summary) VALUES ('party', '')",
        """
        INSERT INTO event (type, summary, occurred_on, precision, date_from, date_to)
        VALUES ('other', '', '2022-01', 'week', '2022-01-01', '2022-01-31')
        """,
        """
        INSERT INTO figure (article_id, category, group_name, low, high, approximate, quote, start, end)
        VALUES (1, 'wounded', 'civilians', 1, 1, 0, '', 0, 0)
        """,
        """
        INSERT INTO figure (article_id, category, group_name, low, high, approximate, quote, start, end)
        VALUES (1, 'killed', 'police', 1, 1, 0, '', 0, 0)
        """,
        // STRICT: no text in an INTEGER column, no integer for a boolean other than 0 and 1.
        """
        INSERT INTO figure (article_id, category, group_name, low, high, approximate, quote, start, end)
        VALUES (1, 'killed', 'civilians', 'dozens', 1, 0, '', 0, 0)
        """,
        """
        INSERT INTO figure (article_id, category, group_name, low, high, approximate, quote, start, end)
        VALUES (1, 'killed', 'civilians', 1, 1, 2, '', 0, 0)
        """,
        // Bounds out of order, offsets out of order.
        """
        INSERT INTO figure (article_id, category, group_name, low, high, approximate, quote, start, end)
        VALUES (1, 'killed', 'civilians', 10, 5, 0, '', 0, 0)
        """,
        "INSERT INTO event_source (event_id, article_id, quote, start, end) VALUES (1, 1, '', 5, 4)",
        // Dates: not ISO, not at the stated precision, half a date, a range backwards.
        "INSERT INTO article (sha256, body, published_on) VALUES ('\(hash(2))', '', '7 January 2022')",
        """
        INSERT INTO event (type, summary, occurred_on, precision, date_from, date_to)
        VALUES ('other', '', '2022-01-07', 'month', '2022-01-01', '2022-01-31')
        """,
        "INSERT INTO event (type, summary, occurred_on, precision) VALUES ('other', '', '2022', 'year')",
        """
        INSERT INTO event (type, summary, occurred_on, precision, date_from, date_to)
        VALUES ('other', '', '2022', 'year', '2022-12-31', '2022-01-01')
        """,
        // A participant is an actor or a group, not both and not neither.
        "INSERT INTO event_actor (event_id, actor_id, group_name, position) VALUES (1, NULL, NULL, 0)",
        "INSERT INTO event_actor (event_id, actor_id, group_name, position) VALUES (1, 1, 'protesters', 0)",
        // Foreign keys are enforced.
        "INSERT INTO event_source (event_id, article_id, quote, start, end) VALUES (1, 99, '', 0, 0)",
        // The content hash is unique.
        "INSERT INTO article (sha256, body) VALUES ('\(hash(1))', 'same hash')",
    ]

    @Test(arguments: invalidRows)
    func constraintsRejectInvalidRows(_ sql: String) throws {
        let store = try makeStore()
        let database = store.database
        try database.execute(
            sql: """
                INSERT INTO article (id, sha256, body) VALUES (1, ?, '');
                INSERT INTO actor (id, name, kind) VALUES (1, 'Someone', 'person');
                INSERT INTO event (id, type, summary) VALUES (1, 'other', '');
                """,
            arguments: [hash(1)]
        )
        let error = try #require(throws: DatabaseError.self) { try database.execute(sql: sql) }
        #expect(error.resultCode == .SQLITE_CONSTRAINT)
    }

    @Test func deletingAnArticleDeletesWhatOnlyItReported() throws {
        let store = try makeLoadedStore()
        try store.database.execute(
            sql: "DELETE FROM article WHERE title = ?",
            arguments: ["Kazakhstan declares emergency"]
        )
        #expect(try store.count("event") == Fixtures.sriLanka.events.count)
        #expect(try store.count("figure") == Fixtures.sriLanka.figures.count)
        #expect(try store.count("event_actor WHERE event_id NOT IN (SELECT id FROM event)") == 0)
        let hits = try store.database.fetchValue(
            Int.self,
            sql: "SELECT count(*) FROM event_source_fts WHERE event_source_fts MATCH 'Tokayev'"
        )
        #expect(hits == 0)
        // Actors stay: they are shared by every article.
        #expect(try store.matchingActorNames("Tokayev") == ["Kassym-Jomart Tokayev"])
    }
}

/// A distinct, well-formed SHA-256 hex string.
func hash(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: 64 - digits.count) + digits
}
