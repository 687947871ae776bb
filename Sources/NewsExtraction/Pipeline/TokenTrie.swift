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

/// Character classes and strings of Unicode scalars for the tokenizers, with ASCII answered from the code.
///
/// The Unicode properties of ASCII are simple: letters are the only alphabetic scalars, A–Z the only upper-case
/// ones, 0–9 the only decimal digits, tab to carriage return and space the only white space, and there are no
/// combining marks. Nearly every scalar of an English article is ASCII, so only the others pay for a property
/// look-up (a few hundred instructions each). Every function answers exactly as the property it stands for.
package enum ScalarText {
    /// The scalar whose UTF-8 begins at `index` of valid UTF-8 (as a Swift string holds), and its length in bytes.
    package static func scalar(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>,
        at index: Int
    ) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
        let (value, length): (UInt32, Int)
        switch lead {
        case ..<0x80: (value, length) = (lead, 1)
        case ..<0xE0: (value, length) = ((lead & 0x1F) << 6 | continuation(1), 2)
        case ..<0xF0: (value, length) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default:
            (value, length) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The length in bytes of the UTF-8 sequence that `lead` opens.
    package static func utf8Length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// `scalar.properties.isWhitespace`.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value &- 0x09 < 5 }
        return scalar.properties.isWhitespace
    }

    /// `scalar.properties.isAlphabetic`.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isASCIILetter(scalar.value) : scalar.properties.isAlphabetic
    }

    /// `scalar.properties.isUppercase`.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value &- 0x41 < 26 : scalar.properties.isUppercase
    }

    /// `scalar.properties.numericType == .decimal`.
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value &- 0x30 < 10 : scalar.properties.numericType == .decimal
    }

    static func isASCIILetter(_ value: UInt32) -> Bool {
        (value | 0x20) &- 0x61 < 26
    }

    /// `String(String.UnicodeScalarView(scalars))`, written straight into the string's UTF-8 storage.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var utf8Count = 0
        for scalar in scalars { utf8Count += scalar.value < 0x80 ? 1 : UTF8.width(scalar) }
        return string(scalars, utf8Count: utf8Count)
    }

    /// `string(_:)` when the caller already knows that the UTF-8 encoding of `scalars` is `utf8Count` bytes.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>, utf8Count: Int) -> String {
        String(unsafeUninitializedCapacity: utf8Count) { buffer in
            var count = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[count] = UInt8(truncatingIfNeeded: scalar.value)
                    count += 1
                    continue
                }
                for byte in scalar.utf8 {
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// `string(scalars).lowercased()`: ASCII is lowercased byte by byte, anything else by `String.lowercased()`.
    static func lowercasedString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        for scalar in scalars where scalar.value >= 0x80 { return string(scalars).lowercased() }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var count = 0
            for scalar in scalars {
                let value = UInt8(truncatingIfNeeded: scalar.value)
                buffer[count] = value &- 0x41 < 26 ? value | 0x20 : value
                count += 1
            }
            return count
        }
    }
}

/// Splits text into `WordToken`s in one pass over its Unicode scalars.
///
/// ASCII scalars, nearly all of an English article, are classified by their code alone; only other scalars pay
/// for a Unicode property look-up. Callers that need several analyses of one sentence tokenize it once and share
/// the tokens (`PlaceTagger.mentions(in:tokens:)`, `NameFinder.names(in:tokens:context:)`).
enum WordTokenizer {
    static func tokens(in text: String) -> [WordToken] {
        tokens(in: Array(text.unicodeScalars))
    }

    /// The tokens of text given as its Unicode scalars; ranges are offsets into `scalars`.
    static func tokens(in scalars: [Unicode.Scalar]) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        var index = 0
        var previousEnd = -1
        var previousWasHyphen = false
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarText.isWhitespace(scalar) {
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
                    } else if current == ".", end - segmentStart == 1, ScalarText.isUppercase(scalars[end - 1]) {
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
                        ScalarText.isDecimalDigit(scalars[end + 1]), ScalarText.isDecimalDigit(scalars[end - 1])
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
                let word = scalars[start..<wordEnd]
                let shape = WordShape(word)
                let text = ScalarText.string(word, utf8Count: shape.utf8Count)
                let attached = previousWasHyphen && previousEnd == start - 1
                tokens.append(
                    WordToken(
                        text: text,
                        key: shape.isASCII ? asciiKey(word) : normalizedKey(text),
                        range: start..<end,
                        isWord: true,
                        isCapitalized: shape.firstLetterIsUppercase,
                        isAllCaps: shape.letterCount >= 2 && shape.allLettersUppercase,
                        isPossessive: possessive,
                        isAttached: attached,
                        isNumber: shape.letterCount == 0
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
            let mark = String(scalar)
            tokens.append(
                WordToken(
                    text: mark,
                    key: mark,
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

    /// What the letters of a word look like, read in one pass without building a string.
    private struct WordShape {
        var utf8Count = 0
        var isASCII = true
        var letterCount = 0
        var firstLetterIsUppercase = false
        var allLettersUppercase = true

        init(_ word: ArraySlice<Unicode.Scalar>) {
            for scalar in word {
                if scalar.value < 0x80 {
                    utf8Count += 1
                } else {
                    isASCII = false
                    utf8Count += UTF8.width(scalar)
                }
                guard ScalarText.isAlphabetic(scalar) else { continue }
                let upper = ScalarText.isUppercase(scalar)
                if letterCount == 0 { firstLetterIsUppercase = upper }
                if !upper { allLettersUppercase = false }
                letterCount += 1
            }
        }
    }

    /// `normalizedKey(_:)` of an all-ASCII word: lowercased, without dots and apostrophes.
    private static func asciiKey(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var count = 0
            for scalar in scalars where scalar != "." && scalar != "'" {
                let value = UInt8(truncatingIfNeeded: scalar.value)
                buffer[count] = value &- 65 < 26 ? value | 0x20 : value
                count += 1
            }
            return count
        }
    }

    /// The keys of a dictionary phrase, the way `tokens(in:)` would key the same words in a sentence.
    static func keys(of phrase: String) -> [String] {
        tokens(in: phrase).compactMap { $0.isWord ? $0.key : nil }
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
        return ScalarText.isUppercase(scalars[dot + 2])
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return ScalarText.isASCIILetter(scalar.value) || scalar.value &- 0x30 < 10 }
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
        let joined = Self.key(keys[...])
        if values[joined]?.contains(value) == true { return }
        values[joined, default: []].append(value)
        longest[first] = max(longest[first] ?? 0, keys.count)
    }

    /// The values stored under exactly these keys.
    func values(for keys: [String]) -> [Int] {
        values[Self.key(keys[...])] ?? []
    }

    /// `words.joined(separator: " ")`, the key of a phrase, written straight into the string's UTF-8 storage
    /// (the standard library's generic `joined` costs several thousand instructions a call).
    static func key(_ words: ArraySlice<String>) -> String {
        if words.count == 1 { return words[words.startIndex] }
        var count = max(0, words.count - 1)
        for word in words { count += word.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for (offset, var word) in words.enumerated() {
                if offset > 0 {
                    buffer[written] = 0x20
                    written += 1
                }
                word.withUTF8 { bytes in
                    for byte in bytes {
                        buffer[written] = byte
                        written += 1
                    }
                }
            }
            return written
        }
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
            if let found = values[Self.key(keys[start..<(start + length)])], accept(length, found) {
                return (length, found)
            }
            length -= 1
        }
        return nil
    }
}
