/// The values bound to the parameters of a statement: positional (`?`, `?NNN`), named (`:name`,
/// `@name`, `$name`), or both.
///
/// Values are converted to ``DatabaseValue`` when the arguments are built, so arguments are
/// `Sendable` and can travel inside a ``DatabaseError``.
///
/// For example:
///
/// ```swift
/// try db.execute(sql: "INSERT INTO actor (name, kind) VALUES (?, ?)", arguments: ["Tokayev", "person"])
/// try db.execute(sql: "INSERT INTO actor (name, kind) VALUES (:name, :kind)",
///                arguments: ["name": "Tokayev", "kind": "person"])
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/lang_expr.html#parameters>
public struct StatementArguments: Hashable, Sendable {
    /// The values of the positional parameters, in order.
    public private(set) var values: [DatabaseValue]

    /// The values of the named parameters, keyed by name without the `:`, `@` or `$` prefix.
    public private(set) var namedValues: [String: DatabaseValue]

    /// Creates empty arguments.
    public init() {
        self.values = []
        self.namedValues = [:]
    }

    /// Creates positional arguments.
    ///
    /// For example:
    ///
    /// ```swift
    /// let arguments = StatementArguments(["2022-01-07", 42, nil])
    /// ```
    public init(_ values: [(any DatabaseValueConvertible)?]) {
        self.values = values.map { $0?.databaseValue ?? .null }
        self.namedValues = [:]
    }

    /// Creates positional arguments from values already converted, the fast way to bind a row of mixed types
    /// many times: the array literal form puts every value in an existential box first.
    ///
    /// For example:
    ///
    /// ```swift
    /// let arguments = StatementArguments(values: [name.databaseValue, kind.rawValue.databaseValue, .null])
    /// ```
    public init(values: [DatabaseValue]) {
        self.values = values
        self.namedValues = [:]
    }

    /// Creates positional arguments from a sequence of values of one type.
    ///
    /// For example:
    ///
    /// ```swift
    /// let arguments = StatementArguments(actorIDs) // [Int64]
    /// ```
    public init<Values: Sequence>(_ values: Values) where Values.Element: DatabaseValueConvertible {
        self.values = values.map(\.databaseValue)
        self.namedValues = [:]
    }

    /// Creates named arguments. A key may be written with or without its `:`, `@` or `$` prefix.
    ///
    /// For example:
    ///
    /// ```swift
    /// let arguments = StatementArguments(["name": "Tokayev", "kind": "person"])
    /// ```
    public init(_ namedValues: [String: (any DatabaseValueConvertible)?]) {
        self.values = []
        self.namedValues = [:]
        for (name, value) in namedValues {
            self.namedValues[Self.bareName(name)] = value?.databaseValue ?? .null
        }
    }

    /// Whether there are no values at all.
    public var isEmpty: Bool {
        values.isEmpty && namedValues.isEmpty
    }

    /// Appends the positional values and merges the named values of `other` (its named values win).
    public mutating func append(contentsOf other: StatementArguments) {
        values.append(contentsOf: other.values)
        namedValues.merge(other.namedValues) { _, new in new }
    }

    /// Returns the positional values of both sides, in order, and their named values merged (the
    /// right side wins).
    ///
    /// For example:
    ///
    /// ```swift
    /// let arguments: StatementArguments = ["Tokayev"] + ["since": "2022-01-01"]
    /// ```
    public static func + (lhs: StatementArguments, rhs: StatementArguments) -> StatementArguments {
        var result = lhs
        result.append(contentsOf: rhs)
        return result
    }

    /// Appends the positional values and merges the named values of `rhs` (its named values win).
    ///
    /// For example:
    ///
    /// ```swift
    /// var arguments: StatementArguments = []
    /// if let since { arguments += [since] }
    /// ```
    public static func += (lhs: inout StatementArguments, rhs: StatementArguments) {
        lhs.append(contentsOf: rhs)
    }

    /// The parameter name without the one-character prefix SQLite requires (`:`, `@` or `$`).
    static func bareName(_ name: String) -> String {
        guard let first = name.first, first == ":" || first == "@" || first == "$" else { return name }
        return String(name.dropFirst())
    }
}

extension StatementArguments: ExpressibleByArrayLiteral {
    /// Creates positional arguments: `["2022-01-07", 42, nil]`.
    public init(arrayLiteral elements: (any DatabaseValueConvertible)?...) {
        self.init(elements)
    }
}

extension StatementArguments: ExpressibleByDictionaryLiteral {
    /// Creates named arguments: `["name": "Tokayev", "kind": "person"]`.
    public init(dictionaryLiteral elements: (String, (any DatabaseValueConvertible)?)...) {
        self.init()
        for (name, value) in elements {
            namedValues[Self.bareName(name)] = value?.databaseValue ?? .null
        }
    }
}

extension StatementArguments: CustomStringConvertible {
    /// `["Tokayev", 42, NULL]`, `["kind": "person"]`, or both lists joined by `+`.
    public var description: String {
        let positional = "[" + values.map(\.description).joined(separator: ", ") + "]"
        guard !namedValues.isEmpty else { return positional }
        let named =
            "["
            + namedValues.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            + "]"
        return values.isEmpty ? named : positional + " + " + named
    }
}
