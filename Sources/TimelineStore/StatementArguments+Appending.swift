import TimelineSQLite

// The wrapper has `+` and `append(contentsOf:)`; the query builders read better with `+=`.
extension StatementArguments {
    /// Appends the values of `rhs` to `lhs`.
    static func += (lhs: inout StatementArguments, rhs: StatementArguments) {
        lhs.append(contentsOf: rhs)
    }
}
