/// One row of a query result: its column names and its values, in the statement's column order.
///
/// Values are read by index (`row[0]`) or by column name (`row["name"]`), raw as
/// ``DatabaseValue`` or decoded to a ``DatabaseValueConvertible`` type. Column names match the
/// way SQLite matches identifiers: exactly first, then ignoring ASCII case. When several columns
/// share a name, the leftmost one wins.
///
/// For example:
///
/// ```swift
/// let row = try #require(try db.fetchOne(sql: "SELECT id, name FROM actor"))
/// row[0] // .int64(1)
/// row["name"] // .string("Tokayev"), or nil if there is no such column
/// let name = try row["name", as: String.self] // "Tokayev"
/// let note = try row["note", as: String?.self] // nil for NULL
/// ```
public struct Row: Hashable, Sendable {
    /// The column names, in order.
    public let columnNames: [String]

    /// The values, in the order of ``columnNames``.
    public let values: [DatabaseValue]

    /// Creates a row, for instance to test code that writes rows.
    ///
    /// For example:
    ///
    /// ```swift
    /// let row = Row(columnNames: ["id", "name"], values: [1, "Tokayev"])
    /// ```
    ///
    /// - precondition: `columnNames` and `values` have the same count.
    public init(columnNames: [String], values: [DatabaseValue]) {
        precondition(columnNames.count == values.count, "a row needs one value per column")
        self.columnNames = columnNames
        self.values = values
    }

    /// The number of columns.
    public var count: Int { values.count }

    /// The value at `index`.
    ///
    /// - precondition: `index` is in `0..<count`, as for an array.
    public subscript(_ index: Int) -> DatabaseValue {
        values[index]
    }

    /// The value of the column named `name`, or nil when the row has no such column (a `NULL`
    /// value is `.null`, not nil).
    public subscript(_ name: String) -> DatabaseValue? {
        index(ofColumn: name).map { values[$0] }
    }

    /// The value at `index`, decoded as `type`.
    ///
    /// For example:
    ///
    /// ```swift
    /// let id = try row[0, as: Int64.self]
    /// ```
    ///
    /// - throws: A ``RowDecodingError`` when the value does not fit `type` (use an `Optional`
    ///   type to accept `NULL`).
    /// - precondition: `index` is in `0..<count`.
    @inlinable
    public subscript<Value: DatabaseValueConvertible>(_ index: Int, as type: Value.Type) -> Value {
        get throws {
            // Inlinable, so that the caller's module specializes the decoding for `Value`.
            guard let decoded = Value.fromDatabaseValue(values[index]) else { throw mismatch(type, at: index) }
            return decoded
        }
    }

    /// The value of the column named `name`, decoded as `type`.
    ///
    /// For example:
    ///
    /// ```swift
    /// let name = try row["name", as: String.self]
    /// ```
    ///
    /// - throws: A ``RowDecodingError`` when the row has no such column, or when the value does
    ///   not fit `type` (use an `Optional` type to accept `NULL`).
    @inlinable
    public subscript<Value: DatabaseValueConvertible>(_ name: String, as type: Value.Type) -> Value {
        get throws {
            guard let index = index(ofColumn: name) else {
                throw RowDecodingError.columnNotFound(name, columnNames: columnNames)
            }
            guard let decoded = Value.fromDatabaseValue(values[index]) else { throw mismatch(type, at: index) }
            return decoded
        }
    }

    /// The index of the leftmost column named `name` (exact match first, then ignoring ASCII
    /// case), or nil.
    public func index(ofColumn name: String) -> Int? {
        if let index = columnNames.firstIndex(of: name) {
            return index
        }
        let lowercased = name.lowercased()
        return columnNames.firstIndex { $0.lowercased() == lowercased }
    }

    /// Whether the row has a column named `name`.
    public func hasColumn(_ name: String) -> Bool {
        index(ofColumn: name) != nil
    }

    /// The error for a value at `index` that does not fit `type`.
    @usableFromInline
    func mismatch<Value>(_ type: Value.Type, at index: Int) -> RowDecodingError {
        .valueMismatch(String(describing: type), values[index], column: columnNames[index])
    }
}

extension Row: CustomStringConvertible {
    /// `[id:1 name:"Tokayev"]`.
    public var description: String {
        "[" + zip(columnNames, values).map { "\($0):\($1)" }.joined(separator: " ") + "]"
    }
}

/// An error thrown when a row value cannot be read as the requested type.
///
/// For example:
///
/// ```swift
/// do {
///     _ = try row["name", as: Int.self]
/// } catch let error as RowDecodingError {
///     print(error) // could not decode Int from TEXT "Tokayev" in column `name`
/// }
/// ```
public enum RowDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The row has no column with this name; the row's columns are listed.
    case columnNotFound(String, columnNames: [String])
    /// The value of a column does not fit the requested type.
    case valueMismatch(String, DatabaseValue, column: String)

    /// `no column named `x` in row with columns [id, name]` or
    /// `could not decode Int from TEXT "Tokayev" in column `name``.
    public var description: String {
        switch self {
        case .columnNotFound(let name, let columnNames):
            "no column named `\(name)` in row with columns [\(columnNames.joined(separator: ", "))]"
        case .valueMismatch(let type, let value, let column):
            "could not decode \(type) from \(value.storageClassName) \(value) in column `\(column)`"
        }
    }
}
