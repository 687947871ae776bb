import CTimelineSQLite

/// The row a statement is on, read column by column straight from SQLite.
///
/// ``Statement/forEachStatementRow(arguments:_:)`` hands one to its closure for each row. Unlike a ``Row``, it
/// copies nothing up front: each read asks SQLite for one column, so a query that reads its columns once, in
/// order, pays for no intermediate ``DatabaseValue``s. Reads decode as strictly as ``Row``'s do, and throw the
/// same ``RowDecodingError``s.
///
/// A `StatementRow` is only valid inside the closure that received it: reading it after the statement moved to
/// another row or stopped traps. Call ``copy()`` to keep the row.
///
/// For example:
///
/// ```swift
/// try db.makeStatement(sql: "SELECT id, name, note FROM actor").forEachStatementRow { row in
///     let id = try row[0, as: Int64.self]
///     let name = try row[1, as: String.self]
///     let note = try row[2, as: String?.self] // nil for NULL
/// }
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/c3ref/column_blob.html>
public struct StatementRow {
    private let statement: Statement

    /// The statement's row serial when this row was read; any later step or reset changes it.
    private let serial: Int

    init(statement: Statement) {
        self.statement = statement
        self.serial = statement.rowSerial
    }

    /// The number of columns.
    public var count: Int {
        statement.columnCount
    }

    /// The column names, in order.
    public var columnNames: [String] {
        statement.columnNames
    }

    /// The row as a ``Row``, which stays valid after the iteration moves on.
    public func copy() -> Row {
        checkValid()
        return statement.currentRow()
    }

    /// The value at `index`, in its storage class.
    ///
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript(_ index: Int) -> DatabaseValue {
        statement.value(at: column(index))
    }

    /// Whether the value at `index` is `NULL`.
    ///
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public func isNull(at index: Int) -> Bool {
        statement.columnType(at: column(index)) == SQLITE_NULL
    }

    // MARK: - Decoding without copying

    /// The `TEXT` value at `index`.
    ///
    /// - throws: A ``RowDecodingError`` when the value is not `TEXT`.
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript(_ index: Int, as type: String.Type) -> String {
        get throws {
            let column = column(index)
            guard statement.columnType(at: column) == SQLITE_TEXT else { throw mismatch(type, at: index) }
            return statement.columnString(at: column)
        }
    }

    /// The `TEXT` value at `index`, or nil for `NULL`.
    ///
    /// - throws: A ``RowDecodingError`` when the value is neither `TEXT` nor `NULL`.
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript(_ index: Int, as type: String?.Type) -> String? {
        get throws {
            let column = column(index)
            switch statement.columnType(at: column) {
            case SQLITE_TEXT: return statement.columnString(at: column)
            case SQLITE_NULL: return nil
            default: throw mismatch(type, at: index)
            }
        }
    }

    /// The `INTEGER` value at `index`, or a `REAL` that holds an exact integer, as ``Int64`` decodes it.
    ///
    /// - throws: A ``RowDecodingError`` when the value does not fit.
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript(_ index: Int, as type: Int64.Type) -> Int64 {
        get throws {
            guard let value = int64(at: column(index)) else { throw mismatch(type, at: index) }
            return value
        }
    }

    /// The integer at `index`, or nil for `NULL`.
    ///
    /// - throws: A ``RowDecodingError`` when the value does not fit.
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript(_ index: Int, as type: Int64?.Type) -> Int64? {
        get throws {
            let column = column(index)
            if statement.columnType(at: column) == SQLITE_NULL { return nil }
            guard let value = int64(at: column) else { throw mismatch(type, at: index) }
            return value
        }
    }

    /// The integer at `index`, as ``Int`` decodes it.
    ///
    /// - throws: A ``RowDecodingError`` when the value does not fit.
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript(_ index: Int, as type: Int.Type) -> Int {
        get throws {
            guard let value = int64(at: column(index)).flatMap({ Int(exactly: $0) }) else {
                throw mismatch(type, at: index)
            }
            return value
        }
    }

    /// The integer at `index`, or nil for `NULL`.
    ///
    /// - throws: A ``RowDecodingError`` when the value does not fit.
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript(_ index: Int, as type: Int?.Type) -> Int? {
        get throws {
            let column = column(index)
            if statement.columnType(at: column) == SQLITE_NULL { return nil }
            guard let value = int64(at: column).flatMap({ Int(exactly: $0) }) else { throw mismatch(type, at: index) }
            return value
        }
    }

    /// The number at `index`, as ``Double`` decodes it (a `REAL` or an `INTEGER`).
    ///
    /// - throws: A ``RowDecodingError`` when the value is not a number.
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript(_ index: Int, as type: Double.Type) -> Double {
        get throws {
            let column = column(index)
            switch statement.columnType(at: column) {
            case SQLITE_FLOAT: return statement.columnDouble(at: column)
            case SQLITE_INTEGER: return Double(statement.columnInt64(at: column))
            default: throw mismatch(type, at: index)
            }
        }
    }

    /// The `INTEGER` at `index` as a boolean, as ``Bool`` decodes it: zero is false, anything else true.
    ///
    /// - throws: A ``RowDecodingError`` when the value is not an `INTEGER`.
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript(_ index: Int, as type: Bool.Type) -> Bool {
        get throws {
            let column = column(index)
            guard statement.columnType(at: column) == SQLITE_INTEGER else { throw mismatch(type, at: index) }
            return statement.columnInt64(at: column) != 0
        }
    }

    /// The value at `index`, decoded as `type` through its ``DatabaseValueConvertible`` conformance, for the
    /// types that have no dedicated subscript.
    ///
    /// - throws: A ``RowDecodingError`` when the value does not fit `type`.
    /// - precondition: `index` is in `0..<count`, and the row is still the statement's current row.
    public subscript<Value: DatabaseValueConvertible>(_ index: Int, as type: Value.Type) -> Value {
        get throws {
            guard let value = Value.fromDatabaseValue(self[index]) else { throw mismatch(type, at: index) }
            return value
        }
    }

    // MARK: - Helpers

    /// The C index of column `index`, after checking that the row can still be read.
    private func column(_ index: Int) -> CInt {
        checkValid()
        // > If the SQL statement does not currently point to a valid row, or if the column index is out of range,
        // > the result is undefined.
        precondition(index >= 0 && index < statement.columnCount, "column index \(index) out of range")
        return CInt(index)
    }

    private func checkValid() {
        precondition(
            statement.rowSerial == serial,
            "a StatementRow is read after its statement moved on; use copy() to keep a row"
        )
    }

    /// An `INTEGER`, or a `REAL` holding an exact integer, as ``Int64`` decodes them.
    private func int64(at column: CInt) -> Int64? {
        switch statement.columnType(at: column) {
        case SQLITE_INTEGER: statement.columnInt64(at: column)
        case SQLITE_FLOAT: Int64(exactly: statement.columnDouble(at: column))
        default: nil
        }
    }

    private func mismatch<Value>(_ type: Value.Type, at index: Int) -> RowDecodingError {
        .valueMismatch(String(describing: type), self[index], column: statement.columnNames[index])
    }
}

@available(*, unavailable, message: "A StatementRow belongs to its Database's thread")
extension StatementRow: Sendable {}
