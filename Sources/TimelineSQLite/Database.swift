import CTimelineSQLite

/// The SQLite library version this build runs against ("3.40.1").
public var sqliteLibraryVersion: String { String(cString: sqlite3_libversion()) }

/// One connection to an SQLite database.
///
/// Opening a connection also sets it up: foreign keys are enforced, double-quoted string
/// literals are refused, a busy timeout is installed, the file format is checked (a file that is
/// not a database fails at once with `SQLITE_NOTADB`), and file databases opened for writing use
/// WAL journaling.
///
/// `Database` is not thread-safe and is not `Sendable`: use a connection from one thread (the
/// command-line tool is synchronous). If concurrency is ever needed, give the connection to a
/// single owner such as an actor rather than adding locks here.
///
/// For example:
///
/// ```swift
/// let db = try Database(path: "timeline.db")
/// try db.execute(sql: "CREATE TABLE actor (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
/// try db.execute(sql: "INSERT INTO actor (name) VALUES (?)", arguments: ["Tokayev"])
/// let names = try db.fetchValues(String.self, sql: "SELECT name FROM actor ORDER BY name")
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/sqlite3.html>
public final class Database {
    /// How a connection opens its file.
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/open.html>
    public enum OpenMode: Sendable {
        /// Reads and writes an existing database; a missing file fails with `SQLITE_CANTOPEN`.
        case readWrite
        /// Reads and writes, creating the file if it does not exist. The default.
        case readWriteCreate
        /// Only reads; any write fails with `SQLITE_READONLY`.
        case readOnly
        /// Only reads, and promises SQLite that nobody changes the file while it is open, so that it
        /// takes no locks and needs no `-shm` file. This is how a WAL database on read-only media
        /// (a read-only mount, a folder the user cannot write) can still be read: ``readOnly``
        /// fails there with `SQLITE_CANTOPEN`, because SQLite cannot create the `-shm` file.
        ///
        /// Related SQLite documentation: <https://www.sqlite.org/uri.html#uriimmutable>
        case immutable

        var flags: CInt {
            switch self {
            case .readWrite: SQLITE_OPEN_READWRITE
            case .readWriteCreate: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            case .readOnly: SQLITE_OPEN_READONLY
            case .immutable: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            }
        }

        /// The name to give `sqlite3_open_v2`: the path itself, or for ``immutable`` a `file:` URI
        /// with `?`, `#` and `%` escaped so that they stay part of the path.
        func filename(_ path: String) -> String {
            guard self == .immutable else { return path }
            var escaped = ""
            for character in path.unicodeScalars {
                switch character {
                case "%": escaped += "%25"
                case "?": escaped += "%3F"
                case "#": escaped += "%23"
                default: escaped.unicodeScalars.append(character)
                }
            }
            return "file:\(escaped)?immutable=1"
        }
    }

    /// The path given at opening: a file path, `:memory:`, or the empty string for a temporary
    /// database.
    public let path: String

    /// The mode given at opening.
    public let mode: OpenMode

    /// How long a statement waits for a lock held by another connection before it fails with
    /// `SQLITE_BUSY`.
    public let busyTimeout: Duration

    /// Whether ``close()`` has closed the connection. A closed connection throws `SQLITE_MISUSE`.
    public private(set) var isClosed = false

    private let sqliteConnection: OpaquePointer

    /// Prepared statements kept for ``cachedStatement(sql:)``, keyed by SQL. The connection owns
    /// them; see `CachedStatement`.
    private var statementCache: [String: CachedStatement] = [:]

    /// Counts the uses of cached statements, to find the least recently used one.
    private var statementCacheClock = 0

    /// How many compiled statements ``cachedStatement(sql:)`` keeps at most. Past this number, caching
    /// another statement finalizes the least recently used one that is not in use. The default, 64, holds every
    /// statement the store runs; a lower limit takes effect at once.
    ///
    /// For example:
    ///
    /// ```swift
    /// db.statementCacheCapacity = 16
    /// ```
    public var statementCacheCapacity = 64 {
        didSet { trimStatementCache(keeping: statementCacheCapacity) }
    }

    /// Keeps the trace closure alive while SQLite holds a pointer to it.
    private var traceBox: TraceBox?

    /// Opens a connection and sets it up.
    ///
    /// For example:
    ///
    /// ```swift
    /// let db = try Database(path: "timeline.db")
    /// let readOnly = try Database(path: "timeline.db", mode: .readOnly)
    /// let scratch = try Database(path: ":memory:")
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/open.html>
    ///
    /// - parameters:
    ///   - path: A file path, `:memory:` for a private in-memory database, or the empty string for
    ///     a private temporary database.
    ///   - mode: How to open the file. The default creates it when missing.
    ///   - busyTimeout: How long to wait for another connection's lock. The default is 5 seconds.
    /// - throws: A ``DatabaseError``: `SQLITE_CANTOPEN` when the file cannot be opened (a missing
    ///   folder, a missing file in `.readWrite` or `.readOnly` mode), `SQLITE_NOTADB` when the
    ///   file is not an SQLite database.
    public init(path: String, mode: OpenMode = .readWriteCreate, busyTimeout: Duration = .seconds(5)) throws {
        var connection: OpaquePointer?
        // > SQLITE_OPEN_NOMUTEX: The new database connection will use the "multi-thread" threading mode. This
        // > means that separate threads are allowed to use SQLite at the same time, as long as each thread is
        // > using a different database connection.
        // A Database is used from one thread (it is not Sendable), so the connection needs no mutex of its own;
        // the default serialized mode would lock one around every sqlite3_column_* call of every row.
        let flags = mode.flags | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(mode.filename(path), &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            // > Whether or not an error occurs when it is opened, resources associated with the
            // > database connection handle should be released by passing it to sqlite3_close()
            // > when it is no longer required.
            let message = connection.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_close(connection)
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: message ?? String(cString: sqlite3_errstr(code))
            )
        }
        self.path = path
        self.mode = mode
        self.busyTimeout = busyTimeout
        self.sqliteConnection = connection
        do {
            try setUp()
        } catch {
            // The statements run by setUp() are already finalized, so nothing keeps the
            // connection open; deinit must not close it a second time.
            isClosed = true
            sqlite3_close_v2(connection)
            throw error
        }
    }

    deinit {
        guard !isClosed else { return }
        // No Statement is alive (each one holds its Database), so only the cached statements
        // remain to be finalized.
        for entry in statementCache.values {
            sqlite3_finalize(entry.sqliteStatement)
        }
        // > If sqlite3_close_v2() is called with unfinalized prepared statements, unclosed BLOB
        // > handlers, and/or unfinished sqlite3_backups, it returns SQLITE_OK regardless, but
        // > instead of deallocating the database connection immediately, it marks the database
        // > connection as an unusable "zombie".
        sqlite3_close_v2(sqliteConnection)
    }

    private func setUp() throws {
        try check(sqlite3_busy_timeout(sqliteConnection, Self.milliseconds(busyTimeout)))
        // > The SQLITE_DBCONFIG_DQS_DML option activates or deactivates the legacy double-quoted
        // > string literal misfeature for DML statements only.
        try check(timeline_disable_dqs(sqliteConnection))
        try validateFormat()
        // > Foreign key constraints are disabled by default (for backwards compatibility), so
        // > must be enabled separately for each database connection.
        try execute(sql: "PRAGMA foreign_keys = ON")
        if isFileBacked && !isReadOnly {
            // WAL lets readers (the query commands) run while a load writes. The mode is
            // persistent, so only a writer needs to ask for it; an in-memory database ignores it.
            try execute(sql: "PRAGMA journal_mode = WAL")
            // In WAL mode, NORMAL syncs at checkpoints instead of at every commit. A killed process still loses
            // nothing it committed and the file never corrupts; only a power cut or an OS crash may undo the last
            // commits. A load commits once per article, and syncing each commit made it wait on the disk most of
            // its time (BENCHMARKS.md).
            try execute(sql: "PRAGMA synchronous = NORMAL")
            // Statement and savepoint journals hold the pages one statement or one article changed; in temporary
            // files they were written out page by page, several hundred writes per article.
            try execute(sql: "PRAGMA temp_store = MEMORY")
            // A load reads back the index pages of what it stored; with the default 2 MiB cache it re-read them
            // from the file system over and over. 32 MiB is the memory a writer may use beyond its own.
            try execute(sql: "PRAGMA cache_size = -32768")
            // A checkpoint every 8,000 pages (32 MiB of WAL at 4 KiB pages) instead of SQLite's 1,000: a load's
            // commits rewrite the same index pages again and again, and each checkpoint copied them into the
            // database file and synced it. A two-core load of 3,300 articles took 9% less time (BENCHMARKS.md).
            // The WAL still stays bounded, and closing the last connection checkpoints and removes it.
            try execute(sql: "PRAGMA wal_autocheckpoint = 8000")
        }
    }

    /// Reads the schema once, so that a file which is not a database fails now with
    /// `SQLITE_NOTADB` rather than at the first query.
    private func validateFormat() throws {
        // sqlite3_open_v2 does not read the file, so a text file or a picture opens without
        // error; reading the schema is the first access that looks at the header.
        _ = try fetchOne(sql: "SELECT * FROM sqlite_master LIMIT 1")
    }

    private static func milliseconds(_ duration: Duration) -> CInt {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds.multipliedReportingOverflow(by: 1_000)
        guard !milliseconds.overflow else { return seconds < 0 ? 0 : .max }
        let total = milliseconds.partialValue + attoseconds / 1_000_000_000_000_000
        return CInt(clamping: max(total, 0))
    }

    /// Whether the main database lives in a file (not `:memory:` nor a temporary database).
    private var isFileBacked: Bool {
        // > If there is no attached database N on the database connection D, or if database N is
        // > a temporary or in-memory database, then this function will return either a NULL
        // > pointer or an empty string.
        guard let filename = sqlite3_db_filename(sqliteConnection, "main") else { return false }
        return filename.pointee != 0
    }

    // MARK: - Closing

    /// Closes the connection.
    ///
    /// Unused cached statements are finalized first. Closing fails with `SQLITE_BUSY` while a
    /// ``Statement`` or a ``RowCursor`` is still alive, and the connection then stays open. A
    /// closed connection is not closed again by deinit; without an explicit close, deinit closes
    /// the connection with `sqlite3_close_v2`.
    ///
    /// For example:
    ///
    /// ```swift
    /// let db = try Database(path: "timeline.db")
    /// defer { try? db.close() }
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/close.html>
    ///
    /// - throws: A ``DatabaseError`` (`SQLITE_BUSY` when statements remain).
    public func close() throws {
        guard !isClosed else { return }
        for (sql, entry) in statementCache where entry.statement == nil {
            sqlite3_finalize(entry.sqliteStatement)
            statementCache[sql] = nil
        }
        // > If the database connection is associated with unfinalized prepared statements ...
        // > then sqlite3_close() will leave the database connection open and return SQLITE_BUSY.
        try check(sqlite3_close(sqliteConnection))
        isClosed = true
        traceBox = nil
    }

    /// Throws `SQLITE_MISUSE` once the connection is closed, because the C handle is then freed.
    private func checkOpen() throws {
        guard !isClosed else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "connection is closed")
        }
    }

    // MARK: - Errors

    /// Throws a ``DatabaseError`` unless `code` reports success (`SQLITE_OK`, `SQLITE_ROW` or
    /// `SQLITE_DONE`). This is the one place where C result codes become Swift errors.
    ///
    /// It reads `sqlite3_extended_errcode` and `sqlite3_errmsg` at once, before any other call on
    /// the connection can replace them.
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/errcode.html>
    func check(
        _ code: CInt,
        sql: @autoclosure () -> String? = nil,
        arguments: @autoclosure () -> StatementArguments? = nil
    ) throws {
        guard code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE else { return }
        // > If the most recent sqlite3_* API call associated with database connection D failed,
        // > then the sqlite3_errcode(D) interface returns the numeric result code or extended
        // > result code for that API call.
        let extendedCode = sqlite3_extended_errcode(sqliteConnection)
        let message = String(cString: sqlite3_errmsg(sqliteConnection))
        // The connection's code describes `code` unless `code` did not come from the
        // connection's last call (then the primary codes differ); trust `code` in that case.
        let resultCode = (extendedCode & 0xFF) == (code & 0xFF) ? extendedCode : code
        throw DatabaseError(
            resultCode: ResultCode(rawValue: resultCode),
            message: message,
            sql: sql(),
            arguments: arguments()
        )
    }

    // MARK: - Statements

    /// Compiles one SQL statement.
    ///
    /// The statement is finalized when the returned ``Statement`` is released. Use
    /// ``cachedStatement(sql:)`` for a statement run many times.
    ///
    /// For example:
    ///
    /// ```swift
    /// let insert = try db.makeStatement(sql: "INSERT INTO actor (name, kind) VALUES (?, ?)")
    /// try insert.execute(arguments: ["Kassym-Jomart Tokayev", "person"])
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/prepare.html>
    ///
    /// - throws: A ``DatabaseError`` when the SQL is invalid, empty, or holds more than one
    ///   statement (`SQLITE_MISUSE`; use ``execute(sql:arguments:)`` for scripts).
    public func makeStatement(sql: String) throws -> Statement {
        let sqliteStatement = try prepareSingleStatement(sql: sql, flags: 0)
        return Statement(database: self, sqliteStatement: sqliteStatement, sql: sql, ownsStatement: true)
    }

    /// Returns a compiled statement for `sql` from this connection's cache, compiling it on first
    /// use.
    ///
    /// While the returned statement is alive, the same call returns the same instance, so do not
    /// run it again while iterating it. Bindings are cleared when the last reference goes away.
    ///
    /// For example:
    ///
    /// ```swift
    /// for name in names {
    ///     try db.cachedStatement(sql: "INSERT INTO actor (name) VALUES (?)").execute(arguments: [name])
    /// }
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/c_prepare_normalize.html>
    ///
    /// - throws: A ``DatabaseError`` as ``makeStatement(sql:)`` does.
    public func cachedStatement(sql: String) throws -> Statement {
        try checkOpen()
        statementCacheClock += 1
        if let entry = statementCache[sql] {
            entry.lastUse = statementCacheClock
            if let statement = entry.statement {
                return statement
            }
            // The compiled statement and its parameters are reused; only this small wrapper is new.
            let statement = Statement(
                database: self,
                sqliteStatement: entry.sqliteStatement,
                sql: sql,
                ownsStatement: false,
                parameters: entry.parameters,
                buffer: entry.buffer
            )
            entry.statement = statement
            return statement
        }
        // > The SQLITE_PREPARE_PERSISTENT flag is a hint to the query planner that the prepared
        // > statement will be retained for a long time and probably reused many times.
        let sqliteStatement = try prepareSingleStatement(sql: sql, flags: CUnsignedInt(SQLITE_PREPARE_PERSISTENT))
        let parameters = Statement.parameters(of: sqliteStatement)
        let buffer = BindingBuffer()
        let statement = Statement(
            database: self,
            sqliteStatement: sqliteStatement,
            sql: sql,
            ownsStatement: false,
            parameters: parameters,
            buffer: buffer
        )
        trimStatementCache(keeping: statementCacheCapacity - 1)
        statementCache[sql] = CachedStatement(
            sqliteStatement: sqliteStatement,
            statement: statement,
            parameters: parameters,
            buffer: buffer,
            lastUse: statementCacheClock
        )
        return statement
    }

    /// The number of compiled statements in the cache, in use or not.
    var cachedStatementCount: Int {
        statementCache.count
    }

    /// Whether the cache holds a compiled statement for `sql`.
    func isStatementCached(sql: String) -> Bool {
        statementCache[sql] != nil
    }

    /// Finalizes the least recently used cached statements that are not in use until at most `count` remain,
    /// or only statements in use do.
    private func trimStatementCache(keeping count: Int) {
        guard statementCache.count > max(0, count) else { return }
        let unused = statementCache.filter { $0.value.statement == nil }.sorted { $0.value.lastUse < $1.value.lastUse }
        for (sql, entry) in unused.prefix(statementCache.count - max(0, count)) {
            sqlite3_finalize(entry.sqliteStatement)
            statementCache[sql] = nil
        }
    }

    private func prepareSingleStatement(sql: String, flags: CUnsignedInt) throws -> OpaquePointer {
        try checkOpen()
        return try sql.withCString { text in
            var sqliteStatement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            try check(sqlite3_prepare_v3(sqliteConnection, text, -1, flags, &sqliteStatement, &tail), sql: sql)
            guard let sqliteStatement else {
                throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "no statement found", sql: sql)
            }
            // Whatever follows the first statement must be only whitespace or comments: compiling
            // it tells, since SQLite returns no statement for them.
            if let tail, tail.pointee != 0 {
                var next: OpaquePointer?
                let code = sqlite3_prepare_v3(sqliteConnection, tail, -1, 0, &next, nil)
                sqlite3_finalize(next)
                if code != SQLITE_OK || next != nil {
                    sqlite3_finalize(sqliteStatement)
                    throw DatabaseError(
                        resultCode: .SQLITE_MISUSE,
                        message: "multiple statements found; use execute(sql:arguments:) to run several",
                        sql: sql
                    )
                }
            }
            return sqliteStatement
        }
    }

    // MARK: - Executing

    /// Runs one or several SQL statements, separated by semicolons, and ignores the rows they
    /// return.
    ///
    /// Positional arguments are consumed in order across the statements; named arguments are
    /// shared by all of them.
    ///
    /// For example:
    ///
    /// ```swift
    /// try db.execute(sql: schemaSQL)
    /// try db.execute(sql: "UPDATE actor SET kind = ? WHERE name = ?", arguments: ["person", "Tokayev"])
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/prepare.html>
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs, or when the arguments do not
    ///   match the parameters (`SQLITE_MISUSE`). Statements before the failing one have run.
    public func execute(sql: String, arguments: StatementArguments = []) throws {
        try checkOpen()
        var consumedCount = 0
        try sql.withCString { text in
            var remaining: UnsafePointer<CChar>? = text
            while var start = remaining {
                // Skipping the blank after the previous semicolon keeps each statement's SQL (in
                // errors and traces) free of leading line breaks.
                while start.pointee == 0x20 || (0x09...0x0D).contains(start.pointee) {
                    start += 1
                }
                guard start.pointee != 0 else { break }
                var sqliteStatement: OpaquePointer?
                let code = sqlite3_prepare_v3(sqliteConnection, start, -1, 0, &sqliteStatement, &remaining)
                try check(code, sql: String(cString: start))
                // A trailing comment or blank compiles to no statement.
                guard let sqliteStatement else { continue }
                let statement = Statement(
                    database: self,
                    sqliteStatement: sqliteStatement,
                    sql: String(cString: sqlite3_sql(sqliteStatement)),
                    ownsStatement: true
                )
                consumedCount += try statement.bind(arguments, skippingValues: consumedCount, requiringAll: false)
                try statement.execute()
            }
        }
        let givenCount = arguments.values.count
        guard consumedCount == givenCount else {
            throw DatabaseError(
                resultCode: .SQLITE_MISUSE,
                message: "wrong number of statement arguments: \(consumedCount) expected, \(givenCount) given",
                sql: sql,
                arguments: arguments
            )
        }
    }

    // MARK: - Fetching

    /// Returns all rows of a query.
    ///
    /// For example:
    ///
    /// ```swift
    /// let rows = try db.fetchAll(
    ///     sql: "SELECT * FROM event WHERE occurred_on BETWEEN ? AND ?",
    ///     arguments: ["2022-01-01", "2022-01-31"])
    /// ```
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs.
    public func fetchAll(sql: String, arguments: StatementArguments = []) throws -> [Row] {
        try makeStatement(sql: sql).fetchAll(arguments: arguments)
    }

    /// Returns the first row of a query, or nil when there is none.
    ///
    /// For example:
    ///
    /// ```swift
    /// let row = try db.fetchOne(sql: "SELECT * FROM actor WHERE name = ?", arguments: ["Tokayev"])
    /// ```
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs.
    public func fetchOne(sql: String, arguments: StatementArguments = []) throws -> Row? {
        try makeStatement(sql: sql).fetchOne(arguments: arguments)
    }

    /// Returns the first column of the first row, decoded as `type`, or nil when there is no row
    /// or the value is `NULL`.
    ///
    /// For example:
    ///
    /// ```swift
    /// let count = try db.fetchValue(Int.self, sql: "SELECT count(*) FROM event") ?? 0
    /// ```
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs, a ``RowDecodingError`` when
    ///   the value does not fit `type`.
    public func fetchValue<Value: DatabaseValueConvertible>(
        _ type: Value.Type = Value.self,
        sql: String,
        arguments: StatementArguments = []
    ) throws -> Value? {
        try makeStatement(sql: sql).fetchValue(type, arguments: arguments)
    }

    /// Returns the first column of every row, decoded as `type`.
    ///
    /// For example:
    ///
    /// ```swift
    /// let names = try db.fetchValues(String.self, sql: "SELECT name FROM actor ORDER BY name")
    /// ```
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs, a ``RowDecodingError`` when
    ///   a value does not fit `type` (use an `Optional` type to accept `NULL`).
    public func fetchValues<Value: DatabaseValueConvertible>(
        _ type: Value.Type = Value.self,
        sql: String,
        arguments: StatementArguments = []
    ) throws -> [Value] {
        try makeStatement(sql: sql).fetchValues(type, arguments: arguments)
    }

    /// Calls `body` with each row of a query in turn, without holding all rows in memory.
    ///
    /// For example:
    ///
    /// ```swift
    /// try db.forEachRow(sql: "SELECT * FROM event ORDER BY occurred_on") { row in
    ///     try writer.write(row)
    /// }
    /// ```
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs, including one met in the
    ///   middle of the rows, or the error thrown by `body`, which stops the iteration.
    public func forEachRow(sql: String, arguments: StatementArguments = [], _ body: (Row) throws -> Void) throws {
        try makeStatement(sql: sql).forEachRow(arguments: arguments, body)
    }

    /// Returns a cursor over the rows of a query, for iteration that must pause between rows.
    ///
    /// For example:
    ///
    /// ```swift
    /// let cursor = try db.makeCursor(sql: "SELECT name FROM actor")
    /// while let row = try cursor.next() { print(row) }
    /// ```
    ///
    /// - throws: A ``DatabaseError`` when the SQL is invalid or the arguments do not fit.
    public func makeCursor(sql: String, arguments: StatementArguments = []) throws -> RowCursor {
        try makeStatement(sql: sql).makeCursor(arguments: arguments)
    }

    // MARK: - Connection state

    /// The rowid of the last row inserted by this connection, or 0.
    ///
    /// For example:
    ///
    /// ```swift
    /// try db.execute(sql: "INSERT INTO actor (name) VALUES (?)", arguments: ["Tokayev"])
    /// let actorID = db.lastInsertedRowID
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/last_insert_rowid.html>
    ///
    /// - precondition: The connection is not closed.
    public var lastInsertedRowID: Int64 {
        precondition(!isClosed, "connection is closed")
        return sqlite3_last_insert_rowid(sqliteConnection)
    }

    /// The number of rows changed by the last `INSERT`, `UPDATE` or `DELETE`.
    ///
    /// For example:
    ///
    /// ```swift
    /// try db.execute(sql: "DELETE FROM event WHERE article_id = ?", arguments: [id])
    /// let deleted = db.changesCount
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/changes.html>
    ///
    /// - precondition: The connection is not closed.
    public var changesCount: Int {
        precondition(!isClosed, "connection is closed")
        return Int(sqlite3_changes64(sqliteConnection))
    }

    /// The number of rows changed since the connection was opened.
    ///
    /// For example:
    ///
    /// ```swift
    /// let before = db.totalChangesCount
    /// try load()
    /// let changed = db.totalChangesCount - before
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/total_changes.html>
    ///
    /// - precondition: The connection is not closed.
    public var totalChangesCount: Int {
        precondition(!isClosed, "connection is closed")
        return Int(sqlite3_total_changes64(sqliteConnection))
    }

    /// Whether the main database is read-only, because it was opened with `.readOnly` or because
    /// the file cannot be written.
    ///
    /// For example:
    ///
    /// ```swift
    /// let db = try Database(path: "timeline.db", mode: .readOnly)
    /// db.isReadOnly // true
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/db_readonly.html>
    ///
    /// - precondition: The connection is not closed.
    public var isReadOnly: Bool {
        precondition(!isClosed, "connection is closed")
        return sqlite3_db_readonly(sqliteConnection, "main") == 1
    }

    /// Whether a transaction is open.
    ///
    /// For example:
    ///
    /// ```swift
    /// try db.transaction { db.isInsideTransaction } // true
    /// db.isInsideTransaction // false
    /// ```
    ///
    /// > The sqlite3_get_autocommit() interface returns non-zero or zero if the given database
    /// > connection is or is not in autocommit mode, respectively. Autocommit mode is on by
    /// > default. Autocommit mode is disabled by a BEGIN statement.
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/get_autocommit.html>
    ///
    /// - precondition: The connection is not closed.
    public var isInsideTransaction: Bool {
        precondition(!isClosed, "connection is closed")
        return sqlite3_get_autocommit(sqliteConnection) == 0
    }

    /// The `user_version` stored in the database header, which the store uses as its schema
    /// version.
    ///
    /// For example:
    ///
    /// ```swift
    /// if try db.userVersion < 1 { try migrate(db) }
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/pragma.html#pragma_user_version>
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs.
    public var userVersion: Int {
        get throws {
            try fetchValue(Int.self, sql: "PRAGMA user_version") ?? 0
        }
    }

    /// Stores `version` as the database's `user_version`.
    ///
    /// For example:
    ///
    /// ```swift
    /// try db.setUserVersion(1)
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/pragma.html#pragma_user_version>
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs (`SQLITE_READONLY` on a
    ///   read-only connection).
    public func setUserVersion(_ version: Int32) throws {
        // > The user-version is an integer that is available to applications to use however they
        // > want. SQLite makes no use of the user-version itself.
        // Pragmas take no bound parameters, and an Int32 cannot inject anything.
        try execute(sql: "PRAGMA user_version = \(version)")
    }

    /// The journal mode of the main database, such as `wal` for a file or `memory` for
    /// `:memory:`.
    ///
    /// For example:
    ///
    /// ```swift
    /// try Database(path: "timeline.db").journalMode // "wal"
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/pragma.html#pragma_journal_mode>
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs.
    public var journalMode: String {
        get throws {
            try fetchValue(String.self, sql: "PRAGMA journal_mode") ?? ""
        }
    }

    // MARK: - Tracing

    /// Calls `body` with the SQL of each statement as it starts running, or stops tracing when
    /// `body` is nil. Meant for tests and debugging.
    ///
    /// `body` receives the SQL as written, with parameters unexpanded so that no bound value leaks
    /// (`INSERT INTO actor (name) VALUES (?)`), and the transaction statements this wrapper sends
    /// (`BEGIN IMMEDIATE TRANSACTION`, `COMMIT TRANSACTION`, `ROLLBACK TRANSACTION`). Trigger
    /// programs are not reported. `body` runs synchronously on the thread that uses the
    /// connection, so it may capture local state.
    ///
    /// For example:
    ///
    /// ```swift
    /// var statements: [String] = []
    /// db.trace { statements.append($0) }
    /// defer { db.trace(nil) }
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/trace_v2.html>
    ///
    /// - precondition: The connection is not closed.
    public func trace(_ body: ((String) -> Void)?) {
        precondition(!isClosed, "connection is closed")
        guard let body else {
            sqlite3_trace_v2(sqliteConnection, 0, nil, nil)
            traceBox = nil
            return
        }
        let box = TraceBox(body)
        // A C callback cannot capture Swift context, so the closure travels as SQLite's context
        // pointer. `traceBox` keeps it alive until tracing stops or the connection goes away.
        traceBox = box
        let mask = CUnsignedInt(SQLITE_TRACE_STMT)
        sqlite3_trace_v2(
            sqliteConnection,
            mask,
            { event, context, _, text in
                // > The X argument is a pointer to a string which is the unexpanded SQL text of
                // > the prepared statement or an SQL comment that indicates the invocation of a
                // > trigger.
                guard event == CUnsignedInt(SQLITE_TRACE_STMT), let context, let text else { return 0 }
                let sql = String(cString: text.assumingMemoryBound(to: CChar.self))
                guard !sql.hasPrefix("--") else { return 0 }
                Unmanaged<TraceBox>.fromOpaque(context).takeUnretainedValue().body(sql)
                return 0
            },
            Unmanaged.passUnretained(box).toOpaque()
        )
    }
}

@available(*, unavailable, message: "A Database is used from one thread; see STYLE rule 17")
extension Database: Sendable {}

/// A statement owned by a connection's cache. The connection finalizes it; the `Statement` handed
/// out is held weakly, because it holds the connection strongly.
private final class CachedStatement {
    let sqliteStatement: OpaquePointer
    weak var statement: Statement?
    let parameters: [Statement.Parameter]
    /// The bound values' bytes, kept for the next `Statement` of this compiled statement.
    let buffer: BindingBuffer
    /// The value of the cache's clock at the last use.
    var lastUse: Int

    init(
        sqliteStatement: OpaquePointer,
        statement: Statement,
        parameters: [Statement.Parameter],
        buffer: BindingBuffer,
        lastUse: Int
    ) {
        self.sqliteStatement = sqliteStatement
        self.statement = statement
        self.parameters = parameters
        self.buffer = buffer
        self.lastUse = lastUse
    }
}

/// The trace closure, boxed so that it can cross C as an opaque pointer.
private final class TraceBox {
    let body: (String) -> Void

    init(_ body: @escaping (String) -> Void) {
        self.body = body
    }
}
