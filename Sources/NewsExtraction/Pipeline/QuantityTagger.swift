/// A word, number or punctuation mark of a sentence, with where it sits.
///
/// Quotation marks are dropped ("“dozens” of attackers" reads as "dozens of attackers"); everything else keeps
/// its place. `range` counts Unicode scalars from the start of the sentence.
struct CountToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case word
        case number
        case punctuation
    }

    var kind: Kind
    /// The token as written.
    var text: String
    /// The token lowercased, for look-ups.
    var lower: String
    var range: Range<Int>
    /// For a number: the digits without separators as an integer mantissa.
    var mantissa: Int?
    /// For a number: how many of the mantissa's digits follow the decimal point ("9.9" has one).
    var fractionDigits = 0
    /// For a number: whether it was written with a group separator ("2,500", "2 500").
    var isGrouped = false

    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return ScalarText.isUppercase(first)
    }
}

/// Splits text into `CountToken`s in one pass over its Unicode scalars.
///
/// For example:
/// ```swift
/// CountTokenizer.tokens(in: "killed 2,500 people").map(\.text)  // ["killed", "2,500", "people"]
/// ```
enum CountTokenizer {
    static func tokens(in text: String) -> [CountToken] {
        tokens(in: Array(text.unicodeScalars))
    }

    /// The tokens of text given as its Unicode scalars; ranges are offsets into `scalars`.
    static func tokens(in scalars: [Unicode.Scalar]) -> [CountToken] {
        var tokens: [CountToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isSpace(scalar) || isQuote(scalar, at: index, in: scalars) {
                index += 1
            } else if isDigit(scalar) {
                index = readNumber(scalars, from: index, into: &tokens)
            } else if isLetter(scalar) {
                var end = index + 1
                while end < scalars.count {
                    if isLetter(scalars[end]) || isDigit(scalars[end]) {
                        end += 1
                    } else if isJoiner(scalars[end]), end + 1 < scalars.count,
                        isLetter(scalars[end + 1]) || isDigit(scalars[end + 1])
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                tokens.append(word(scalars, index..<end))
                index = end
            } else {
                tokens.append(
                    CountToken(
                        kind: .punctuation,
                        text: String(scalar),
                        lower: String(scalar),
                        range: index..<(index + 1)
                    )
                )
                index += 1
            }
        }
        return tokens
    }

    private static func word(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> CountToken {
        CountToken(
            kind: .word,
            text: ScalarText.string(scalars[range]),
            lower: ScalarText.lowercasedString(scalars[range]),
            range: range
        )
    }

    /// Reads "2,500", "2 500" (also with thin or no-break spaces), "9.9" or "164"; a number glued to letters
    /// ("26-year-old", "11pm", "120-seat") becomes one word so that it is never read as a count.
    private static func readNumber(_ scalars: [Unicode.Scalar], from start: Int, into tokens: inout [CountToken]) -> Int
    {
        var end = start
        var mantissa = 0
        var overflow = false
        var fractionDigits = 0
        var grouped = false
        var groupDigits = 0
        var inFraction = false
        func add(_ scalar: Unicode.Scalar) {
            let digit = Int(scalar.value) - 48
            let (product, o1) = mantissa.multipliedReportingOverflow(by: 10)
            let (sum, o2) = product.addingReportingOverflow(digit)
            overflow = overflow || o1 || o2
            mantissa = sum
        }
        func threeDigits(at position: Int) -> Bool {
            guard position + 3 <= scalars.count else { return false }
            for offset in 0..<3 where !isDigit(scalars[position + offset]) { return false }
            return position + 3 == scalars.count || !isDigit(scalars[position + 3])
        }
        while end < scalars.count {
            let scalar = scalars[end]
            if isDigit(scalar) {
                add(scalar)
                groupDigits += 1
                if inFraction { fractionDigits += 1 }
                end += 1
            } else if !inFraction, scalar == ",", groupDigits <= 3, threeDigits(at: end + 1) {
                grouped = true
                groupDigits = 0
                end += 1
            } else if !inFraction, isGroupSpace(scalar), groupDigits <= 3, threeDigits(at: end + 1),
                grouped || end - start <= 3
            {
                grouped = true
                groupDigits = 0
                end += 1
            } else if !inFraction, scalar == ".", end + 1 < scalars.count, isDigit(scalars[end + 1]) {
                inFraction = true
                end += 1
            } else {
                break
            }
        }
        if end < scalars.count,
            isLetter(scalars[end]) || (isJoiner(scalars[end]) && end + 1 < scalars.count && isLetter(scalars[end + 1])),
            !isStrong(scalars, at: end)
        {
            // Glued to a word: read the whole thing as a word ("26-year-old").
            var wordEnd = end
            while wordEnd < scalars.count {
                if isLetter(scalars[wordEnd]) || isDigit(scalars[wordEnd]) {
                    wordEnd += 1
                } else if isJoiner(scalars[wordEnd]), wordEnd + 1 < scalars.count,
                    isLetter(scalars[wordEnd + 1]) || isDigit(scalars[wordEnd + 1])
                {
                    wordEnd += 2
                } else {
                    break
                }
            }
            tokens.append(word(scalars, start..<wordEnd))
            return wordEnd
        }
        let string = ScalarText.string(scalars[start..<end])
        tokens.append(
            CountToken(
                kind: .number,
                text: string,
                lower: string,
                range: start..<end,
                mantissa: overflow ? nil : mantissa,
                fractionDigits: fractionDigits,
                isGrouped: grouped
            )
        )
        return end
    }

    /// "a 2,500-strong force" keeps its number: "-strong" sizes a body of people.
    private static func isStrong(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 7 <= scalars.count, scalars[index] == "-" else { return false }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[(index + 1)..<(index + 7)])
        return String(text).lowercased() == "strong"
            && (index + 7 == scalars.count || !isLetter(scalars[index + 7]))
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return ScalarText.isASCIILetter(scalar.value) }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Joins the parts of a word: hyphens and apostrophes ("Russian-led", "Almaty's").
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { ScalarText.isWhitespace(scalar) }

    /// Spaces that may separate digit groups: space, no-break space, thin space, narrow no-break space.
    static func isGroupSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{2009}" || scalar == "\u{202F}"
    }

    /// Quotation marks carry no meaning for counts; an apostrophe inside a word is a joiner, not a quote.
    private static func isQuote(_ scalar: Unicode.Scalar, at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        switch scalar {
        case "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{00AB}", "\u{00BB}", "\u{201E}": return true
        case "'", "\u{2019}": return true  // reached only when not inside a word
        default: return false
        }
    }
}

/// A number of things written in a sentence, with its bounds.
///
/// Exact counts have `low == high`; "at least 14" has `high == nil`; "up to 2,500" has `low == nil`;
/// "dozens" is 24...99 and approximate.
struct Quantity: Hashable, Sendable {
    var low: Int?
    var high: Int?
    var isApproximate: Bool
    /// Tokens the quantity covers, bound words included ("at least 14").
    var tokens: Range<Int>
    /// The first token of the number itself, after any bound words.
    var coreStart: Int
    /// Whether the number is a vague word ("dozens", "several") rather than a written value.
    var isVague: Bool
    /// Whether the number was written as a bare four-digit integer that could be a year ("2019").
    var couldBeYear: Bool
}

/// Finds quantities in a token stream: digits, number words, vague quantifiers, bound words and ranges.
///
/// For example:
/// ```swift
/// let tokens = CountTokenizer.tokens(in: "at least 14 people")
/// QuantityTagger().quantities(in: tokens).first?.low  // 14
/// ```
struct QuantityTagger: Sendable {
    private enum Bound {
        case lower
        case upper
        case approximate
    }

    private static let boundPhrases: [([String], Bound)] = [
        (["at", "least"], .lower), (["more", "than"], .lower), (["over"], .lower), (["upwards", "of"], .lower),
        (["no", "fewer", "than"], .lower), (["no", "less", "than"], .lower), (["in", "excess", "of"], .lower),
        (["not", "less", "than"], .lower), (["well", "over"], .lower), (["above"], .lower),
        (["up", "to"], .upper), (["as", "many", "as"], .upper), (["at", "most"], .upper), (["fewer", "than"], .upper),
        (["less", "than"], .upper), (["no", "more", "than"], .upper), (["not", "more", "than"], .upper),
        (["about"], .approximate), (["around"], .approximate), (["some"], .approximate), (["nearly"], .approximate),
        (["almost"], .approximate), (["roughly"], .approximate), (["approximately"], .approximate),
        (["an", "estimated"], .approximate), (["estimated"], .approximate), (["close", "to"], .approximate),
        (["circa"], .approximate), (["approx"], .approximate), (["just", "under"], .approximate),
        (["an", "approximate"], .approximate),
    ]

    /// What a token can open, looked up once per token: a bound phrase, a vague quantifier, a number word.
    private struct Opens: OptionSet {
        let rawValue: UInt8
        static let bound = Opens(rawValue: 1)
        static let vague = Opens(rawValue: 2)
        static let unit = Opens(rawValue: 4)
    }

    /// `Opens` by lowercased word: the first words of `boundPhrases` and of the vague quantifiers, and the number
    /// words. Most tokens open none, and one look-up rules them out before any phrase is compared; looking three
    /// sets up for every word was a third of tagging quantities.
    private static let opensByWord: [String: Opens] = {
        var opens: [String: Opens] = [:]
        for word in boundPhrases.compactMap(\.0.first) { opens[word, default: []].insert(.bound) }
        for word in NumberWords.vagueQuantifiers.compactMap(\.words.first) { opens[word, default: []].insert(.vague) }
        for word in NumberWords.units.keys { opens[word, default: []].insert(.unit) }
        return opens
    }()

    func quantities(in text: String) -> [Quantity] {
        quantities(in: CountTokenizer.tokens(in: text))
    }

    func quantities(in tokens: [CountToken]) -> [Quantity] {
        var result: [Quantity] = []
        let opens = tokens.map { Self.opensByWord[$0.lower] ?? [] }
        var index = 0
        while index < tokens.count {
            if let quantity = quantity(at: index, in: tokens, opens) {
                result.append(quantity)
                index = quantity.tokens.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    private func quantity(at start: Int, in tokens: [CountToken], _ opens: [Opens]) -> Quantity? {
        if tokens[start].lower == "between", let first = core(at: start + 1, in: tokens, opens),
            first.end < tokens.count, tokens[first.end].lower == "and",
            let second = core(at: first.end + 1, in: tokens, opens)
        {
            return Quantity(
                low: first.low,
                high: second.high,
                isApproximate: first.vague || second.vague,
                tokens: start..<second.end,
                coreStart: start + 1,
                isVague: first.vague || second.vague,
                couldBeYear: false
            )
        }
        var bound: Bound?
        var coreStart = start
        if opens[start].contains(.bound) {
            for (words, kind) in Self.boundPhrases where matches(words, at: start, in: tokens) {
                if core(at: start + words.count, in: tokens, opens) != nil {
                    bound = kind
                    coreStart = start + words.count
                    break
                }
            }
        }
        guard var value = core(at: coreStart, in: tokens, opens) else { return nil }
        var end = value.end
        // "X to Y", "X or Y", "X-Y": a range when Y is larger.
        if bound == nil, end + 1 < tokens.count, ["to", "or", "-", "\u{2013}"].contains(tokens[end].lower),
            let second = core(at: end + 1, in: tokens, opens), second.high > value.low, !value.vague, !second.vague
        {
            value.high = second.high
            end = second.end
        }
        var quantity = Quantity(
            low: value.low,
            high: value.high,
            isApproximate: value.vague,
            tokens: start..<end,
            coreStart: coreStart,
            isVague: value.vague,
            couldBeYear: value.couldBeYear
        )
        switch bound {
        case .lower?:
            quantity.high = nil
            quantity.isApproximate = false
        case .upper?:
            quantity.low = nil
            quantity.high = value.high
            quantity.isApproximate = false
        case .approximate?:
            quantity.isApproximate = true
        case nil:
            break
        }
        return quantity
    }

    private struct Core {
        var low: Int
        var high: Int
        var end: Int
        var vague: Bool
        var couldBeYear: Bool
    }

    private func matches(_ words: [String], at start: Int, in tokens: [CountToken]) -> Bool {
        guard start + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[start + offset].lower != word { return false }
        return true
    }

    /// The number at `start`: digits (with a scale word), number words, or a vague quantifier.
    private func core(at start: Int, in tokens: [CountToken], _ opens: [Opens]) -> Core? {
        guard start < tokens.count else { return nil }
        let token = tokens[start]
        if token.kind == .number {
            guard let mantissa = token.mantissa else { return nil }
            var end = start + 1
            var value = mantissa
            var divisor = 1
            for _ in 0..<token.fractionDigits { divisor *= 10 }
            if end < tokens.count, let scale = NumberWords.scales[tokens[end].lower] {
                let (product, overflow) = value.multipliedReportingOverflow(by: scale)
                guard !overflow else { return nil }
                value = product
                end += 1
            } else if end < tokens.count, tokens[end].lower == "dozen", token.fractionDigits == 0 {
                let (product, overflow) = value.multipliedReportingOverflow(by: 12)
                guard !overflow else { return nil }
                value = product
                end += 1
            }
            // A decimal is a count only when a scale word makes it whole ("9.9 thousand").
            guard value % divisor == 0 else { return nil }
            value /= divisor
            let year = end == start + 1 && !token.isGrouped && token.text.count == 4 && (1800...2100).contains(value)
            return Core(low: value, high: value, end: end, vague: false, couldBeYear: year)
        }
        guard token.kind == .word else { return nil }
        if opens[start].contains(.vague) {
            for quantifier in NumberWords.vagueQuantifiers where matches(quantifier.words, at: start, in: tokens) {
                return Core(
                    low: quantifier.low,
                    high: quantifier.high,
                    end: start + quantifier.words.count,
                    vague: true,
                    couldBeYear: false
                )
            }
        }
        // `NumberWords.value(of:)` reads a number only from "a" or a number word (a unit, or a hyphenated
        // compound): skip collecting words for any other first word.
        guard token.lower == "a" || opens[start].contains(.unit) || token.lower.utf8.contains(0x2D) else {
            return nil
        }
        var words: [Substring] = []
        var index = start
        while index < tokens.count, tokens[index].kind == .word, words.count < 12 {
            words.append(Substring(tokens[index].lower))
            index += 1
        }
        guard let (value, count) = NumberWords.value(of: words) else { return nil }
        var end = start + count
        var total = value
        if end < tokens.count, tokens[end].lower == "dozen" {
            let (product, overflow) = total.multipliedReportingOverflow(by: 12)
            guard !overflow else { return nil }
            total = product
            end += 1
        }
        return Core(low: total, high: total, end: end, vague: false, couldBeYear: false)
    }
}
