/// A word or punctuation mark of a sentence, with its place in the sentence.
///
/// The actor and place taggers work on these rather than on `Character`s: one pass over the Unicode scalars
/// splits a sentence into words, and every dictionary look-up is a hash of the words' normalised keys.
struct WordToken: Hashable, Sendable {
    /// The token as written, without a trailing possessive `'s`.
    var text: String
    /// The normalised key: lowercased, Latin diacritics folded, dots dropped ("U.S." → "us", "Piñera" → "pinera").
    var key: String
    /// Unicode-scalar offsets in the sentence, including a possessive `'s` when there was one.
    var range: Range<Int>
    /// Letters or digits, as opposed to punctuation.
    var isWord: Bool
    /// The first letter is upper case ("Tokayev", "UN", "K.P.").
    var isCapitalized: Bool
    /// Every letter is upper case and there are at least two ("CSTO", "U.S.").
    var isAllCaps: Bool
    /// The word ended in `'s` or `’s`, now removed ("Russia's" → "Russia").
    var isPossessive: Bool
    /// The word follows the previous one without a space (the parts of "Nur-Sultan", "al-Burhan").
    var isAttached: Bool
    /// Made only of digits (and separators).
    var isNumber: Bool
}

/// Splits text into `WordToken`s in one pass over its Unicode scalars.
enum WordTokenizer {
    static func tokens(in text: String) -> [WordToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [WordToken] = []
        var index = 0
        var previousEnd = -1
        var previousWasHyphen = false
        while index < scalars.count {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index += 1
                previousWasHyphen = false
                continue
            }
            if isWordScalar(scalar) {
                let start = index
                var end = index
                var segmentStart = index
                var hasDot = false
                while end < scalars.count {
                    let current = scalars[end]
                    if isWordScalar(current) {
                        end += 1
                    } else if isApostrophe(current), end + 1 < scalars.count, isWordScalar(scalars[end + 1]),
                        !(isLetterS(scalars[end + 1]) && (end + 2 >= scalars.count || !isWordScalar(scalars[end + 2])))
                    {
                        // An apostrophe inside a word ("Shi'ite", "d'Italie"), but not a possessive 's.
                        end += 1
                    } else if current == ".", end - segmentStart == 1, scalars[end - 1].properties.isUppercase {
                        // Initials and dotted abbreviations: "U.S.", "K.P.".
                        if end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
                            end += 1
                            segmentStart = end
                            hasDot = true
                        } else {
                            // "U.S." keeps its last dot, and so does an initial before a name ("S. Jaishankar").
                            if hasDot || isInitial(scalars, dot: end, wordStart: start) { end += 1 }
                            break
                        }
                    } else if current == "," || current == ".", end > start, end + 1 < scalars.count,
                        scalars[end + 1].properties.numericType == .decimal,
                        scalars[end - 1].properties.numericType == .decimal
                    {
                        end += 1  // 1,400 and 49.3 stay one token.
                    } else {
                        break
                    }
                }
                let wordEnd = end
                var possessive = false
                if end < scalars.count, isApostrophe(scalars[end]) {
                    if end + 1 < scalars.count, isLetterS(scalars[end + 1]),
                        end + 2 >= scalars.count || !isWordScalar(scalars[end + 2])
                    {
                        possessive = true
                        end += 2
                    } else if end > start, isLetterS(scalars[end - 1]) {
                        end += 1  // A plural possessive ("doctors'"): drop the apostrophe.
                    }
                }
                let word = String(String.UnicodeScalarView(scalars[start..<wordEnd]))
                let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
                let attached = previousWasHyphen && previousEnd == start - 1
                tokens.append(
                    WordToken(
                        text: word,
                        key: normalizedKey(word),
                        range: start..<end,
                        isWord: true,
                        isCapitalized: letters.first?.properties.isUppercase ?? false,
                        isAllCaps: letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase },
                        isPossessive: possessive,
                        isAttached: attached,
                        isNumber: letters.isEmpty
                    )
                )
                previousEnd = end
                previousWasHyphen = false
                index = end
                continue
            }
            // A hyphen between two words joins them ("Nur-Sultan"); anything else is punctuation.
            if isHyphen(scalar), index > 0, previousEnd == index, index + 1 < scalars.count,
                isWordScalar(scalars[index + 1])
            {
                previousWasHyphen = true
                previousEnd = index
                index += 1
                continue
            }
            tokens.append(
                WordToken(
                    text: String(scalar),
                    key: String(scalar),
                    range: index..<(index + 1),
                    isWord: false,
                    isCapitalized: false,
                    isAllCaps: false,
                    isPossessive: false,
                    isAttached: false,
                    isNumber: false
                )
            )
            previousWasHyphen = false
            previousEnd = index + 1
            index += 1
        }
        return tokens
    }

    /// The keys of a dictionary phrase, the way `tokens(in:)` would key the same words in a sentence.
    static func keys(of phrase: String) -> [String] {
        tokens(in: phrase).filter(\.isWord).map(\.key)
    }

    /// Lowercases, folds Latin diacritics and drops dots and apostrophes, so that spellings with and without
    /// accents ("Piñera", "Pinera") share a key.
    static func normalizedKey(_ word: String) -> String {
        var key = ""
        key.unicodeScalars.reserveCapacity(word.unicodeScalars.count)
        for scalar in word.unicodeScalars {
            if scalar == "." || isApostrophe(scalar) { continue }
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let lower = scalar.properties.lowercaseMapping
            for part in lower.unicodeScalars {
                if let folded = foldedLatin[part] {
                    key += folded
                } else {
                    key.unicodeScalars.append(part)
                }
            }
        }
        return key
    }

    /// A single capital letter whose dot is followed by a space and a capitalised word: "George W. Bush".
    private static func isInitial(_ scalars: [Unicode.Scalar], dot: Int, wordStart: Int) -> Bool {
        guard dot - wordStart == 1, dot + 2 < scalars.count, scalars[dot + 1] == " " else { return false }
        return scalars[dot + 2].properties.isUppercase
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
            || properties.generalCategory == .nonspacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    private static func isLetterS(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "s" || scalar == "S"
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static let foldedLatin: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, folded) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = folded }
        }
        return table
    }()
}

/// A hash of normalised word sequences, answering "which phrase starts here?" with the longest one.
///
/// Keys are the words' normalised keys; the longest phrase starting with each first word is remembered, so a
/// look-up tries at most that many lengths, from the longest down.
struct PhraseIndex: Sendable {
    private var values: [String: [Int]] = [:]
    private var longest: [String: Int] = [:]

    init() {}

    var isEmpty: Bool { values.isEmpty }

    /// Adds `value` under the phrase whose word keys are `keys`.
    mutating func insert(_ keys: [String], _ value: Int) {
        guard let first = keys.first else { return }
        let joined = keys.joined(separator: " ")
        if values[joined]?.contains(value) == true { return }
        values[joined, default: []].append(value)
        longest[first] = max(longest[first] ?? 0, keys.count)
    }

    /// The values stored under exactly these keys.
    func values(for keys: [String]) -> [Int] {
        values[keys.joined(separator: " ")] ?? []
    }

    /// The longest phrase starting at `start` in `keys` (up to `limit`) that `accept` agrees to.
    func longestMatch(
        in keys: [String],
        from start: Int,
        limit: Int? = nil,
        accept: (_ length: Int, _ values: [Int]) -> Bool = { _, _ in true }
    ) -> (length: Int, values: [Int])? {
        guard start < keys.count, let maximum = longest[keys[start]] else { return nil }
        let end = min(keys.count, limit ?? keys.count)
        var length = min(maximum, end - start)
        while length > 0 {
            if let found = values[keys[start..<(start + length)].joined(separator: " ")], accept(length, found) {
                return (length, found)
            }
            length -= 1
        }
        return nil
    }
}
