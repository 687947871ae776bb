/// Turns what a user typed into the text of an SQLite `MATCH` or `LIKE` pattern.
///
/// Values still travel as `?` arguments; these functions only make the user's characters mean themselves inside
/// the pattern languages.
enum SearchPattern {
    /// An FTS5 query that matches rows containing every word of `text`, wherever they are.
    ///
    /// Each whitespace-separated word becomes a quoted FTS5 string (`"` doubled inside), so that FTS5 operators
    /// (`AND`, `OR`, `NOT`, `NEAR`, `*`, `^`, `:`, parentheses) and punctuation are plain text. Returns nil when
    /// `text` has no word.
    ///
    /// For example:
    /// ```swift
    /// SearchPattern.fullText(#"shoot "to" kill OR"#)  // "shoot" """to""" "kill" "OR"
    /// ```
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/fts5.html#fts5_strings>
    static func fullText(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }

    /// The escape character of `contains(_:)` patterns: `LIKE ? ESCAPE '\'`.
    static let likeEscape = "\\"

    /// A `LIKE` pattern (used with `ESCAPE '\'`) that matches any text containing `text`, ASCII case ignored.
    ///
    /// For example:
    /// ```swift
    /// SearchPattern.contains("100%_sure")  // %100\%\_sure%
    /// ```
    static func contains(_ text: String) -> String {
        var pattern = "%"
        for character in text {
            if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
            pattern.append(character)
        }
        pattern.append("%")
        return pattern
    }
}
