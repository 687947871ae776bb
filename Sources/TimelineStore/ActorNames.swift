import Foundation
import NewsExtraction

/// The rules by which people's names are found again: surnames, and the closest names to a misspelt one.
enum ActorNames {
    /// The surname a person is searched by: the last word of the name, when the name has more than one word.
    ///
    /// For example, "Kassym-Jomart Tokayev" → "Tokayev". Organisations, states and groups have no surname ("Bank
    /// of Japan" is not "Japan"), and a one-word name is its own.
    static func surname(of name: String, kind: ActorKind) -> String? {
        guard kind == .person else { return nil }
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last else { return nil }
        // A generational suffix or a trailing initial is not a surname.
        let trimmed = last.droppingTrailing(".,")
        let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
        guard trimmed.count > 1, !suffixes.contains(trimmed.lowercased()) else { return nil }
        return String(last)
    }

    /// `name` lowercased and without accents, for comparisons that SQLite's ASCII-only NOCASE cannot make.
    static func folded(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Canonical names ranked by how close one of their names (canonical or alias) is to `input`, best first.
    ///
    /// A name that contains the input, or that the input contains (names of four letters or more), ranks first; then names within an edit
    /// distance of a third of the input's length. Comparison ignores case and accents. Ties go to the shorter distance, then
    /// alphabetical order.
    ///
    /// - parameter candidates: pairs of (canonical name, a name it goes by), the canonical name included.
    static func suggestions(
        for input: String,
        among candidates: [(name: String, alias: String)],
        limit: Int
    )
        -> [String]
    {
        let needle = folded(input)
        guard !needle.isEmpty, limit > 0 else { return [] }
        let allowed = max(1, needle.count / 3)
        var best: [String: Int] = [:]
        for candidate in candidates {
            let alias = folded(candidate.alias)
            let score: Int
            if alias.contains(needle) || (alias.count >= 4 && needle.contains(alias)) {
                score = 0
            } else {
                let distance = editDistance(needle, alias, limit: allowed)
                guard distance <= allowed else { continue }
                score = distance
            }
            if score < best[candidate.name, default: .max] { best[candidate.name] = score }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }

    /// The Levenshtein distance between `a` and `b` over Unicode scalars, or `limit + 1` when it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return min(previous[b.count], limit + 1)
    }
}

extension Substring {
    fileprivate func droppingTrailing(_ characters: String) -> Substring {
        var result = self
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return result
    }
}
