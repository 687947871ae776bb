/// A value stored in an SQLite column, in one of SQLite's five storage classes.
///
/// For example:
///
/// ```swift
/// let row = try db.fetchOne(sql: "SELECT 1, 'a', NULL")
/// row?[0] // .int64(1)
/// row?[1] // .string("a")
/// row?[2] // .null
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/datatype3.html>
public enum DatabaseValue: Hashable, Sendable {
    /// SQL `NULL`.
    case null
    /// An `INTEGER`.
    case int64(Int64)
    /// A `REAL`.
    case double(Double)
    /// A `TEXT`, decoded as UTF-8.
    case string(String)
    /// A `BLOB`.
    case blob([UInt8])

    /// Whether the value is SQL `NULL`.
    public var isNull: Bool {
        if case .null = self {
            return true
        }
        return false
    }

    /// The name of the storage class (`NULL`, `INTEGER`, `REAL`, `TEXT`, `BLOB`), for messages.
    public var storageClassName: String {
        switch self {
        case .null: "NULL"
        case .int64: "INTEGER"
        case .double: "REAL"
        case .string: "TEXT"
        case .blob: "BLOB"
        }
    }
}

extension DatabaseValue: CustomStringConvertible {
    /// The value as it would read in SQL: `NULL`, `42`, `1.5`, `"text"` or `X'00FF'`.
    public var description: String {
        switch self {
        case .null:
            return "NULL"
        case .int64(let value):
            return String(value)
        case .double(let value):
            return String(value)
        case .string(let value):
            return String(reflecting: value)
        case .blob(let bytes):
            let digits = Array("0123456789ABCDEF")
            var hex = ""
            for byte in bytes {
                hex.append(digits[Int(byte >> 4)])
                hex.append(digits[Int(byte & 0x0F)])
            }
            return "X'\(hex)'"
        }
    }
}

extension DatabaseValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral {
    /// Creates an `INTEGER` value, so that tests can write `["id": 1]`.
    public init(integerLiteral value: Int64) {
        self = .int64(value)
    }

    /// Creates a `REAL` value.
    public init(floatLiteral value: Double) {
        self = .double(value)
    }

    /// Creates a `TEXT` value.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

/// A type that can be stored in and read back from an SQLite column.
///
/// `String`, `Int`, `Int64`, `Double`, `Bool`, `[UInt8]`, ``DatabaseValue`` and `Optional` of any
/// of them conform. Decoding is strict: a `TEXT` is never read as a number, nor an `INTEGER` as a
/// string, so a schema mistake shows up as an error rather than as a silently converted value.
///
/// For example:
///
/// ```swift
/// "Astana".databaseValue // .string("Astana")
/// Int.fromDatabaseValue(.int64(42)) // 42
/// Int.fromDatabaseValue(.string("42")) // nil: a type mismatch
/// ```
public protocol DatabaseValueConvertible {
    /// The value to bind to a statement parameter.
    var databaseValue: DatabaseValue { get }

    /// Returns the value decoded from `databaseValue`, or nil if the storage class or the range
    /// does not fit this type.
    static func fromDatabaseValue(_ databaseValue: DatabaseValue) -> Self?
}

extension DatabaseValue: DatabaseValueConvertible {
    /// The value itself.
    public var databaseValue: DatabaseValue { self }

    /// The value itself: a ``DatabaseValue`` accepts every storage class.
    public static func fromDatabaseValue(_ databaseValue: DatabaseValue) -> DatabaseValue? {
        databaseValue
    }
}

extension String: DatabaseValueConvertible {
    /// A `TEXT` value.
    public var databaseValue: DatabaseValue { .string(self) }

    /// Decodes a `TEXT` value only.
    public static func fromDatabaseValue(_ databaseValue: DatabaseValue) -> String? {
        guard case .string(let value) = databaseValue else { return nil }
        return value
    }
}

extension Int64: DatabaseValueConvertible {
    /// An `INTEGER` value.
    public var databaseValue: DatabaseValue { .int64(self) }

    /// Decodes an `INTEGER`, or a `REAL` that holds an exact integer (SQLite may store `2.0` for a
    /// computed value).
    public static func fromDatabaseValue(_ databaseValue: DatabaseValue) -> Int64? {
        switch databaseValue {
        case .int64(let value): value
        case .double(let value): Int64(exactly: value)
        default: nil
        }
    }
}

extension Int: DatabaseValueConvertible {
    /// An `INTEGER` value.
    public var databaseValue: DatabaseValue { .int64(Int64(self)) }

    /// Decodes an `INTEGER`, or a `REAL` that holds an exact integer, that fits in `Int`.
    public static func fromDatabaseValue(_ databaseValue: DatabaseValue) -> Int? {
        Int64.fromDatabaseValue(databaseValue).flatMap { Int(exactly: $0) }
    }
}

extension Double: DatabaseValueConvertible {
    /// A `REAL` value.
    public var databaseValue: DatabaseValue { .double(self) }

    /// Decodes a `REAL` or an `INTEGER` (SQLite stores `REAL` columns holding whole numbers as
    /// integers on disk, and `1` in SQL is an integer).
    public static func fromDatabaseValue(_ databaseValue: DatabaseValue) -> Double? {
        switch databaseValue {
        case .double(let value): value
        case .int64(let value): Double(value)
        default: nil
        }
    }
}

extension Bool: DatabaseValueConvertible {
    /// `1` or `0`, since SQLite has no boolean type.
    public var databaseValue: DatabaseValue { .int64(self ? 1 : 0) }

    /// Decodes an `INTEGER`: zero is false, anything else is true.
    ///
    /// > SQLite does not have a separate Boolean storage class. Instead, Boolean values are stored
    /// > as integers 0 (false) and 1 (true).
    public static func fromDatabaseValue(_ databaseValue: DatabaseValue) -> Bool? {
        guard case .int64(let value) = databaseValue else { return nil }
        return value != 0
    }
}

extension [UInt8]: DatabaseValueConvertible {
    /// A `BLOB` value.
    public var databaseValue: DatabaseValue { .blob(self) }

    /// Decodes a `BLOB` value only.
    public static func fromDatabaseValue(_ databaseValue: DatabaseValue) -> [UInt8]? {
        guard case .blob(let bytes) = databaseValue else { return nil }
        return bytes
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    /// `NULL` for nil, the wrapped value's ``DatabaseValue`` otherwise.
    public var databaseValue: DatabaseValue {
        self?.databaseValue ?? .null
    }

    /// Decodes `NULL` as nil, and any other value as `Wrapped` (nil on a mismatch).
    public static func fromDatabaseValue(_ databaseValue: DatabaseValue) -> Wrapped?? {
        if case .null = databaseValue {
            return .some(nil)
        }
        return Wrapped.fromDatabaseValue(databaseValue).map { .some($0) }
    }
}
