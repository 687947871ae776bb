import CTimelineSQLite

/// A compiled SQL statement, reusable with new arguments.
///
/// A statement holds its ``Database`` strongly, so the connection outlives it, and it is
/// finalized when released. Each run starts by resetting the statement, and a run that reaches
/// the end or fails resets it again, so that no read lock outlives the run.
///
/// For example:
///
/// ```swift
/// let insert = try db.makeStatement(sql: "INSERT INTO actor (name, kind) VALUES (?, ?)")
/// try insert.execute(arguments: ["Kassym-Jomart Tokayev", "person"])
/// try insert.execute(arguments: ["Alikhan Smailov", "person"])
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/stmt.html>
public final class Statement {
    /// The connection the statement belongs to.
    public let database: Database

    /// The SQL of the statement.
    public let sql: String

    /// The arguments bound by the last ``bind(_:)`` or run with arguments.
    public private(set) var arguments = StatementArguments()

    /// The names of the result columns, empty for statements that return no rows.
    public var columnNames: [String] {
        // Read on first use rather than at compile time: the rows of ``forEachStatementRow(arguments:_:)``
        // never need them, and a cached statement gets a new `Statement` for each user.
        let count = Int(sqlite3_column_count(sqliteStatement))
        if let knownColumnNames, knownColumnNames.count == count {
            return knownColumnNames
        }
        // First use, or a schema change recompiled the statement (`SELECT *` after `ALTER TABLE`).
        let names = Self.columnNames(of: sqliteStatement)
        knownColumnNames = names
        return names
    }

    private var knownColumnNames: [String]?

    /// Counts the runs started, so that a cursor can tell that its run was replaced.
    private(set) var runCount = 0

    /// Changes whenever the statement moves to another row or stops, so that a ``StatementRow`` can tell
    /// that the row it reads is gone.
    private(set) var rowSerial = 0

    private let sqliteStatement: OpaquePointer

    /// False for a cached statement, which its connection finalizes.
    private let ownsStatement: Bool

    /// The parameters, read once (at the first binding, or by the connection's cache).
    private var knownParameters: [Parameter]?

    /// The bytes of the bound texts and blobs; a cached statement's buffer outlives its `Statement`, as the
    /// compiled statement does, so that running it again allocates nothing.
    private let buffer: BindingBuffer

    init(
        database: Database,
        sqliteStatement: OpaquePointer,
        sql: String,
        ownsStatement: Bool,
        parameters: [Parameter]? = nil,
        buffer: BindingBuffer = BindingBuffer()
    ) {
        self.database = database
        self.sqliteStatement = sqliteStatement
        self.sql = sql
        self.ownsStatement = ownsStatement
        self.knownParameters = parameters
        self.buffer = buffer
    }

    deinit {
        if ownsStatement {
            sqlite3_finalize(sqliteStatement)
        } else {
            // The connection keeps the compiled statement for the next user, who must not
            // inherit these bindings nor find it in the middle of a run.
            sqlite3_reset(sqliteStatement)
            sqlite3_clear_bindings(sqliteStatement)
        }
        // The buffer is released after this, when SQLite no longer reads the values bound from it.
    }

    private static func columnNames(of sqliteStatement: OpaquePointer) -> [String] {
        (0..<sqlite3_column_count(sqliteStatement)).map { index in
            sqlite3_column_name(sqliteStatement, index).map { String(cString: $0) } ?? ""
        }
    }

    /// A parameter of the statement: its index and, for `:name`, `@name` and `$name`, its name.
    struct Parameter {
        var index: CInt
        var name: String?
    }

    /// The parameters of a compiled statement, in order. They never change, even when a schema change
    /// recompiles the statement, because they come from the SQL text.
    static func parameters(of sqliteStatement: OpaquePointer) -> [Parameter] {
        // > The first host parameter has an index of 1, not 0.
        stride(from: 1, through: sqlite3_bind_parameter_count(sqliteStatement), by: 1).map { index in
            // > SQL parameters of the form "?NNN" or ":AAA" or "@AAA" or "$AAA" have a name which
            // > is the string "?NNN" or ":AAA" or "@AAA" or "$AAA" respectively. ... Parameters of
            // > the form "?" without a following integer have no name.
            // Both "?" and "?NNN" take positional values, in parameter order.
            guard let cName = sqlite3_bind_parameter_name(sqliteStatement, index) else {
                return Parameter(index: index, name: nil)
            }
            let name = String(cString: cName)
            return Parameter(index: index, name: name.hasPrefix("?") ? nil : name)
        }
    }

    private var parameters: [Parameter] {
        if let knownParameters { return knownParameters }
        let parameters = Self.parameters(of: sqliteStatement)
        knownParameters = parameters
        return parameters
    }

    /// How many of the ``parameters`` take positional values, counted once.
    private var positionalCount: Int {
        if let knownPositionalCount { return knownPositionalCount }
        let count = parameters.count { $0.name == nil }
        knownPositionalCount = count
        return count
    }

    private var knownPositionalCount: Int?

    /// Resets the run, if any, and makes every ``StatementRow`` of it stale.
    private func resetRun() {
        // > If the most recent call to sqlite3_step(S) for the prepared statement S indicated an
        // > error, then sqlite3_reset(S) returns an appropriate error code.
        // That error was already thrown by the run that met it, so the code is ignored here.
        sqlite3_reset(sqliteStatement)
        rowSerial &+= 1
    }

    /// The number of parameters (`?`, `:name`...) in the statement.
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/bind_parameter_count.html>
    public var parameterCount: Int {
        Int(sqlite3_bind_parameter_count(sqliteStatement))
    }

    /// Whether the statement leaves the database unchanged.
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/stmt_readonly.html>
    public var isReadOnly: Bool {
        sqlite3_stmt_readonly(sqliteStatement) != 0
    }

    // MARK: - Bindings

    /// Stops the current run, if any, so that the statement can run again. Bindings are kept.
    ///
    /// For example:
    ///
    /// ```swift
    /// let cursor = try statement.makeCursor()
    /// _ = try cursor.next()
    /// statement.reset() // the rest of the rows is not needed
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/reset.html>
    public func reset() {
        resetRun()
    }

    /// Sets every parameter back to `NULL`.
    ///
    /// For example:
    ///
    /// ```swift
    /// statement.clearBindings()
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/clear_bindings.html>
    public func clearBindings() {
        sqlite3_clear_bindings(sqliteStatement)
        arguments = StatementArguments()
    }

    /// Resets the statement and binds `arguments` to its parameters, for runs without arguments.
    ///
    /// For example:
    ///
    /// ```swift
    /// try statement.bind(["Tokayev"])
    /// try statement.execute()
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/bind_blob.html>
    ///
    /// - throws: A ``DatabaseError`` with `SQLITE_MISUSE` when the positional values do not match
    ///   the positional parameters one to one, or a named parameter has no value (extra named
    ///   values are allowed), and any error SQLite reports while binding (`SQLITE_TOOBIG`).
    public func bind(_ arguments: StatementArguments) throws {
        _ = try bind(arguments, skippingValues: 0, requiringAll: true)
    }

    /// Binds the parameters from `arguments`, starting at its positional value number
    /// `skippedCount`, and returns how many positional values were used. With `requiringAll`,
    /// every positional value must be used.
    func bind(_ arguments: StatementArguments, skippingValues skippedCount: Int, requiringAll: Bool) throws -> Int {
        resetRun()
        self.arguments = arguments
        let parameters = self.parameters
        let positionalCount = self.positionalCount
        let availableCount = arguments.values.count - skippedCount
        if positionalCount > availableCount || (requiringAll && positionalCount != availableCount) {
            sqlite3_clear_bindings(sqliteStatement)
            throw argumentsError(
                "wrong number of statement arguments: \(positionalCount) expected, \(availableCount) given"
            )
        }
        // Every parameter is bound below, replacing all earlier values, so the bindings are cleared only when the
        // buffer moves (values still bound would point into freed memory until they are replaced) or binding fails.
        if buffer.reserve(byteCount(of: arguments, parameters: parameters, skipping: skippedCount)) {
            sqlite3_clear_bindings(sqliteStatement)
        }
        var offset = 0
        var position = skippedCount
        do {
            if positionalCount == parameters.count {
                // Only positional parameters (the common case): parameter n takes value n.
                for (index, value) in arguments.values[skippedCount..<(skippedCount + positionalCount)].enumerated() {
                    try bind(value, at: CInt(index + 1), offset: &offset)
                }
                return positionalCount
            }
            for parameter in parameters {
                let value: DatabaseValue
                if let name = parameter.name {
                    guard let namedValue = arguments.namedValues[StatementArguments.bareName(name)] else {
                        throw argumentsError("missing statement argument: \(name)")
                    }
                    value = namedValue
                } else {
                    value = arguments.values[position]
                    position += 1
                }
                try bind(value, at: parameter.index, offset: &offset)
            }
        } catch {
            sqlite3_clear_bindings(sqliteStatement)
            throw error
        }
        return positionalCount
    }

    /// The bytes of the texts and blobs that binding `arguments` to `parameters` copies into ``buffer``.
    private func byteCount(
        of arguments: StatementArguments,
        parameters: [Parameter],
        skipping skippedCount: Int
    ) -> Int {
        func count(_ value: DatabaseValue?) -> Int {
            switch value {
            case .string(let text): text.utf8.count
            case .blob(let bytes): bytes.count
            case .null, .int64, .double, nil: 0
            }
        }
        var total = 0
        var position = skippedCount
        for parameter in parameters {
            if let name = parameter.name {
                total += count(arguments.namedValues[StatementArguments.bareName(name)])
            } else {
                total += count(arguments.values[position])
                position += 1
            }
        }
        return total
    }

    private func argumentsError(_ message: String) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_MISUSE, message: message, sql: sql, arguments: arguments)
    }

    /// Binds `value`; a text or blob is copied into ``buffer`` at `offset`, which moves past it.
    private func bind(_ value: DatabaseValue, at parameter: CInt, offset: inout Int) throws {
        let code: CInt
        switch value {
        case .null:
            code = sqlite3_bind_null(sqliteStatement, parameter)
        case .int64(let value):
            code = sqlite3_bind_int64(sqliteStatement, parameter, value)
        case .double(let value):
            code = sqlite3_bind_double(sqliteStatement, parameter, value)
        case .string(var value):
            // The buffer's pointer is never NULL, even for "", so an empty string stays an empty TEXT; the explicit
            // byte count keeps any embedded NUL.
            let text = buffer.bytes + offset
            let count = value.withUTF8 { utf8 in
                if let source = utf8.baseAddress {
                    UnsafeMutableRawPointer(text).copyMemory(from: source, byteCount: utf8.count)
                }
                return utf8.count
            }
            offset += count
            code = sqlite3_bind_text64(
                sqliteStatement,
                parameter,
                text,
                sqlite3_uint64(count),
                SQLITE_STATIC,
                CUnsignedChar(SQLITE_UTF8)
            )
        case .blob(let bytes):
            // > If the third parameter to sqlite3_bind_text() or sqlite3_bind_text16() or
            // > sqlite3_bind_blob() is a NULL pointer then the fourth parameter is ignored and the
            // > end result is the same as sqlite3_bind_null().
            // The buffer's pointer is never NULL, so an empty blob stays a zero-length blob.
            let blob = buffer.bytes + offset
            bytes.withUnsafeBytes { source in
                if let base = source.baseAddress {
                    UnsafeMutableRawPointer(blob).copyMemory(from: base, byteCount: source.count)
                }
            }
            offset += bytes.count
            code = sqlite3_bind_blob64(sqliteStatement, parameter, blob, sqlite3_uint64(bytes.count), SQLITE_STATIC)
        }
        // The index comes from sqlite3_bind_parameter_count, so SQLITE_RANGE cannot happen; a
        // value over SQLite's size limit (SQLITE_TOOBIG) or a failed allocation can.
        if code != SQLITE_OK { try database.check(code, sql: sql, arguments: arguments) }
    }

    // MARK: - Running

    /// Runs the statement to completion, ignoring any rows.
    ///
    /// For example:
    ///
    /// ```swift
    /// let insert = try db.cachedStatement(sql: "INSERT INTO mention (event_id, actor_id) VALUES (?, ?)")
    /// for actorID in actorIDs {
    ///     try insert.execute(arguments: [eventID, actorID])
    /// }
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/step.html>
    ///
    /// - parameter arguments: The values to bind first, or nil to keep the current bindings.
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs.
    public func execute(arguments: StatementArguments? = nil) throws {
        try start(arguments)
        while try step() {}
    }

    /// Starts a run and returns a cursor over its rows.
    ///
    /// For example:
    ///
    /// ```swift
    /// let cursor = try statement.makeCursor(arguments: ["2022-01-07"])
    /// while let row = try cursor.next() { print(row) }
    /// ```
    ///
    /// - parameter arguments: The values to bind first, or nil to keep the current bindings.
    /// - throws: A ``DatabaseError`` when the arguments do not fit.
    public func makeCursor(arguments: StatementArguments? = nil) throws -> RowCursor {
        try start(arguments)
        return RowCursor(statement: self, run: runCount)
    }

    /// Returns all rows.
    ///
    /// For example:
    ///
    /// ```swift
    /// let rows = try statement.fetchAll(arguments: ["2022-01-07"])
    /// ```
    ///
    /// - parameter arguments: The values to bind first, or nil to keep the current bindings.
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs.
    public func fetchAll(arguments: StatementArguments? = nil) throws -> [Row] {
        var rows: [Row] = []
        try forEachRow(arguments: arguments) { rows.append($0) }
        return rows
    }

    /// Returns the first row, or nil, and resets the statement.
    ///
    /// For example:
    ///
    /// ```swift
    /// let row = try statement.fetchOne(arguments: ["Tokayev"])
    /// ```
    ///
    /// - parameter arguments: The values to bind first, or nil to keep the current bindings.
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs.
    public func fetchOne(arguments: StatementArguments? = nil) throws -> Row? {
        try start(arguments)
        guard try step() else { return nil }
        let row = currentRow()
        resetRun()
        return row
    }

    /// Returns the first column of the first row decoded as `type`, or nil when there is no row
    /// or the value is `NULL`.
    ///
    /// For example:
    ///
    /// ```swift
    /// let id = try statement.fetchValue(Int64.self, arguments: ["Tokayev"])
    /// ```
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs, a ``RowDecodingError`` when
    ///   the value does not fit `type`.
    public func fetchValue<Value: DatabaseValueConvertible>(
        _ type: Value.Type = Value.self,
        arguments: StatementArguments? = nil
    ) throws -> Value? {
        guard let row = try fetchOne(arguments: arguments), row.count > 0, !row[0].isNull else { return nil }
        return try row[0, as: type]
    }

    /// Returns the first column of every row decoded as `type`.
    ///
    /// For example:
    ///
    /// ```swift
    /// let names = try statement.fetchValues(String.self)
    /// ```
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs, a ``RowDecodingError`` when
    ///   a value does not fit `type`.
    public func fetchValues<Value: DatabaseValueConvertible>(
        _ type: Value.Type = Value.self,
        arguments: StatementArguments? = nil
    ) throws -> [Value] {
        var values: [Value] = []
        try forEachRow(arguments: arguments) { row in
            guard row.count > 0 else {
                throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "statement returns no column", sql: sql)
            }
            values.append(try row[0, as: type])
        }
        return values
    }

    /// Calls `body` with each row in turn.
    ///
    /// For example:
    ///
    /// ```swift
    /// try statement.forEachRow(arguments: ["2022-01-07"]) { row in try writer.write(row) }
    /// ```
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs, including one met after some
    ///   rows, or the error thrown by `body`, which stops the iteration.
    public func forEachRow(arguments: StatementArguments? = nil, _ body: (Row) throws -> Void) throws {
        let cursor = try makeCursor(arguments: arguments)
        do {
            while let row = try cursor.next() {
                try body(row)
            }
        } catch {
            resetRun()
            throw error
        }
    }

    /// Calls `body` with each row in turn, as a ``StatementRow`` that reads the columns straight from SQLite
    /// instead of copying every value into a ``Row`` first. This is the fast way to read many rows.
    ///
    /// A `StatementRow` is valid only while `body` runs: reading it later traps. Use
    /// ``StatementRow/copy()`` to keep a row.
    ///
    /// For example:
    ///
    /// ```swift
    /// var names: [Int64: String] = [:]
    /// try db.cachedStatement(sql: "SELECT id, name FROM actor").forEachStatementRow { row in
    ///     names[try row[0, as: Int64.self]] = try row[1, as: String.self]
    /// }
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/column_blob.html>
    ///
    /// - parameter arguments: The values to bind first, or nil to keep the current bindings.
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs, including one met after some
    ///   rows (`SQLITE_MISUSE` when `body` runs the statement again), or the error thrown by `body`,
    ///   which stops the iteration.
    public func forEachStatementRow(
        arguments: StatementArguments? = nil,
        _ body: (StatementRow) throws -> Void
    ) throws {
        try start(arguments)
        let run = runCount
        do {
            while try step() {
                try body(StatementRow(statement: self))
                guard runCount == run else {
                    throw DatabaseError(
                        resultCode: .SQLITE_MISUSE,
                        message: "the statement was run again while its rows were read",
                        sql: sql
                    )
                }
            }
        } catch {
            resetRun()
            throw error
        }
    }

    /// Resets the statement and binds `arguments` when given.
    private func start(_ arguments: StatementArguments?) throws {
        runCount += 1
        if let arguments {
            try bind(arguments)
        } else {
            resetRun()
        }
    }

    /// Advances the run: returns true on a row, false (and resets) at the end, and throws (and
    /// resets) on an error.
    func step() throws -> Bool {
        let code = sqlite3_step(sqliteStatement)
        switch code {
        case SQLITE_ROW:
            rowSerial &+= 1
            return true
        case SQLITE_DONE:
            resetRun()
            return false
        default:
            do {
                try database.check(code, sql: sql, arguments: arguments)
            } catch {
                resetRun()
                throw error
            }
            // check() only returns for success codes, which sqlite3_step does not return here.
            return false
        }
    }

    /// The row the statement is on, after `step()` returned true.
    func currentRow() -> Row {
        // `columnNames` follows a schema change that recompiled the statement.
        let names = columnNames
        return Row(columnNames: names, values: (0..<CInt(names.count)).map(value(at:)))
    }

    // MARK: - Columns of the current row

    /// The number of columns of the result.
    var columnCount: Int {
        Int(sqlite3_column_count(sqliteStatement))
    }

    /// The storage class of a column of the current row (`SQLITE_INTEGER`...`SQLITE_NULL`).
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/c3ref/column_blob.html>
    func columnType(at column: CInt) -> CInt {
        sqlite3_column_type(sqliteStatement, column)
    }

    func columnInt64(at column: CInt) -> Int64 {
        sqlite3_column_int64(sqliteStatement, column)
    }

    func columnDouble(at column: CInt) -> Double {
        sqlite3_column_double(sqliteStatement, column)
    }

    /// A `TEXT` column of the current row, decoded as UTF-8.
    func columnString(at column: CInt) -> String {
        // > The safest policy is to invoke these routines in one of the following ways:
        // > sqlite3_column_text() followed by sqlite3_column_bytes() ...
        guard let text = sqlite3_column_text(sqliteStatement, column) else { return "" }
        let count = Int(sqlite3_column_bytes(sqliteStatement, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// A column of the current row, in its storage class.
    func value(at column: CInt) -> DatabaseValue {
        switch sqlite3_column_type(sqliteStatement, column) {
        case SQLITE_INTEGER:
            return .int64(sqlite3_column_int64(sqliteStatement, column))
        case SQLITE_FLOAT:
            return .double(sqlite3_column_double(sqliteStatement, column))
        case SQLITE_TEXT:
            return .string(columnString(at: column))
        case SQLITE_BLOB:
            guard let blob = sqlite3_column_blob(sqliteStatement, column) else { return .blob([]) }
            let count = Int(sqlite3_column_bytes(sqliteStatement, column))
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }
}

@available(*, unavailable, message: "A Statement belongs to its Database's thread")
extension Statement: Sendable {}

/// A cursor over the rows of a running statement.
///
/// ``next()`` throws when SQLite reports an error in the middle of the rows (a failing function,
/// a constraint, an interrupt) instead of trapping. After the last row or an error, it returns
/// nil. Releasing a cursor before its end resets the statement.
///
/// For example:
///
/// ```swift
/// let cursor = try db.makeCursor(sql: "SELECT name FROM actor")
/// while let row = try cursor.next() {
///     print(try row["name", as: String.self])
/// }
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/step.html>
public final class RowCursor {
    /// The statement being run.
    public let statement: Statement

    /// The statement's run this cursor iterates; a later run makes this cursor stale.
    private let run: Int

    private var isFinished = false

    init(statement: Statement, run: Int) {
        self.statement = statement
        self.run = run
    }

    deinit {
        if !isFinished && statement.runCount == run {
            statement.reset()
        }
    }

    /// The names of the result columns.
    public var columnNames: [String] {
        statement.columnNames
    }

    /// Returns the next row, or nil after the last one.
    ///
    /// For example:
    ///
    /// ```swift
    /// while let row = try cursor.next() { rows.append(row) }
    /// ```
    ///
    /// - throws: A ``DatabaseError`` whenever an SQLite error occurs; the cursor is then finished.
    ///   `SQLITE_MISUSE` when the statement was run again since the cursor was made.
    public func next() throws -> Row? {
        guard !isFinished else { return nil }
        guard statement.runCount == run else {
            isFinished = true
            throw DatabaseError(
                resultCode: .SQLITE_MISUSE,
                message: "the statement was run again while this cursor iterated it",
                sql: statement.sql
            )
        }
        do {
            guard try statement.step() else {
                isFinished = true
                return nil
            }
            return statement.currentRow()
        } catch {
            isFinished = true
            throw error
        }
    }
}

@available(*, unavailable, message: "A RowCursor belongs to its Database's thread")
extension RowCursor: Sendable {}

/// The bytes of the texts and blobs bound to a statement.
///
/// Binding with `SQLITE_TRANSIENT` makes SQLite allocate, copy and later free every text and blob; a statement
/// instead copies them here and binds them with `SQLITE_STATIC`, which SQLite reads in place until the parameter
/// is bound again, the bindings are cleared or the statement is finalized. The buffer grows to the largest
/// binding and is reused by every later run.
final class BindingBuffer {
    /// The start of the buffer, never NULL.
    private(set) var bytes: UnsafeMutablePointer<CChar>
    private var capacity: Int

    init() {
        capacity = 256
        bytes = .allocate(capacity: capacity)
    }

    deinit {
        bytes.deallocate()
    }

    /// Makes room for `count` bytes and returns whether the buffer moved, which leaves every value bound from it
    /// dangling until it is bound again. A buffer grown past 1 MiB (a long article's text) shrinks again when a
    /// binding needs less than a quarter of it, so that a load does not keep its longest article's copy.
    func reserve(_ count: Int) -> Bool {
        let shrinks = capacity > 1 << 20 && count < capacity / 4
        guard count > capacity || shrinks else { return false }
        bytes.deallocate()
        capacity = shrinks ? max(count, 256) : max(count, capacity * 2)
        bytes = .allocate(capacity: capacity)
        return true
    }
}
