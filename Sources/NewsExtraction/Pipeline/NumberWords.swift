import Yams

/// English number words ("two", "twenty-one", "one hundred and twenty") and the vague quantifier table.
///
/// For example:
/// ```swift
/// NumberWords.value(of: ["one", "hundred", "and", "twenty"])  // (120, 4)
/// NumberWords.vagueQuantifiers.first { $0.words == ["dozens"] }?.low  // 24
/// ```
enum NumberWords {
    /// Words for 0 to 19 and the tens; "a" is handled by the caller ("a hundred", "a dozen").
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Scale words that multiply what precedes them.
    static let scales: [String: Int] = [
        "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    ]

    /// Reads a run of lowercased number words from the start of `words`.
    ///
    /// Returns the value and how many words it used, or nil when `words` does not start with a number word.
    /// Hyphenated compounds ("twenty-one") are one word. "and" is taken only between a scale and what follows
    /// ("one hundred and twenty"). Values that overflow `Int` give nil.
    static func value(of words: [Substring]) -> (value: Int, count: Int)? {
        var total = 0
        var current = 0
        var used = 0
        var sawNumber = false
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "and" {
                // "and" joins only "hundred and twenty"; it never starts or ends a number.
                guard sawNumber, index + 1 < words.count, compound(words[index + 1]) != nil,
                    scales[String(words[index + 1])] == nil
                else { break }
                index += 1
                continue
            }
            if word == "a" && !sawNumber {
                // "a hundred", "a thousand": "a" stands for one only before a scale word.
                guard index + 1 < words.count, scales[String(words[index + 1])] != nil else { return nil }
                current = 1
                sawNumber = true
                index += 1
                used = index
                continue
            }
            if let scale = scales[String(word)] {
                guard sawNumber else { break }
                let base = current == 0 ? 1 : current
                let (product, overflow) = base.multipliedReportingOverflow(by: scale)
                guard !overflow else { return nil }
                if scale >= 1000 && current == 0 {
                    // "a billion billion": a scale right after a large scale multiplies everything so far.
                    let (bigger, biggerOverflow) = total.multipliedReportingOverflow(by: scale)
                    guard !biggerOverflow else { return nil }
                    total = bigger
                } else if scale >= 1000 {
                    let (sum, sumOverflow) = total.addingReportingOverflow(product)
                    guard !sumOverflow else { return nil }
                    total = sum
                    current = 0
                } else {
                    current = product
                }
                index += 1
                used = index
                continue
            }
            guard let unit = compound(word) else { break }
            // "twenty one" continues a tens word; "two three" does not make 23.
            if sawNumber && current % 100 != 0 && !(current % 10 == 0 && current % 100 >= 20 && unit < 10) {
                break
            }
            current += unit
            sawNumber = true
            index += 1
            used = index
        }
        guard sawNumber else { return nil }
        let (sum, overflow) = total.addingReportingOverflow(current)
        guard !overflow else { return nil }
        return (sum, used)
    }

    /// The value of one number word, including hyphenated compounds ("twenty-one").
    static func compound(_ word: Substring) -> Int? {
        if let unit = units[String(word)] { return unit }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = units[String(parts[0])], tens >= 20, tens % 10 == 0,
            let unit = units[String(parts[1])], unit < 10, unit > 0
        else { return nil }
        return tens + unit
    }

    /// A vague quantity word or phrase and the bounds it stands for.
    struct VagueQuantifier: Hashable, Sendable {
        /// The lowercased words of the phrase ("tens", "of", "thousands").
        var words: [String]
        var low: Int
        var high: Int
    }

    /// The bounds of vague quantifiers, as the annotation guidelines define them. Every entry is approximate.
    ///
    /// Kept as YAML so that the table reads as data and can be checked entry by entry.
    static let quantifierYAML = """
        # words: the phrase, lowercased and space-separated; low/high: the bounds it stands for.
        - {words: "a dozen", low: 12, high: 12}
        - {words: "dozens", low: 24, high: 99}
        - {words: "scores", low: 40, high: 99}
        - {words: "hundreds", low: 200, high: 999}
        - {words: "several hundred", low: 300, high: 999}
        - {words: "a few hundred", low: 200, high: 500}
        - {words: "thousands", low: 2000, high: 9999}
        - {words: "several thousand", low: 3000, high: 9999}
        - {words: "a few thousand", low: 2000, high: 5000}
        - {words: "tens of thousands", low: 20000, high: 99999}
        - {words: "hundreds of thousands", low: 200000, high: 999999}
        - {words: "several", low: 3, high: 9}
        - {words: "a few", low: 2, high: 5}
        - {words: "a handful", low: 2, high: 5}
        """

    /// The parsed quantifier table, longest phrases first so that "tens of thousands" wins over "thousands".
    static let vagueQuantifiers: [VagueQuantifier] = parseQuantifiers(quantifierYAML) ?? []

    /// Parses a quantifier table; nil when an entry lacks its words or bounds.
    static func parseQuantifiers(_ yaml: String) -> [VagueQuantifier]? {
        guard let entries = (try? Yams.load(yaml: yaml)) as? [[String: Any]] else { return nil }
        var table: [VagueQuantifier] = []
        for entry in entries {
            guard let words = entry["words"] as? String, let low = entry["low"] as? Int,
                let high = entry["high"] as? Int,
                low <= high
            else { return nil }
            table.append(VagueQuantifier(words: words.split(separator: " ").map(String.init), low: low, high: high))
        }
        return table.sorted { $0.words.count > $1.words.count }
    }
}
