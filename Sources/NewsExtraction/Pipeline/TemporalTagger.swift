/// Finds time expressions in a sentence and resolves them to dates.
///
/// Absolute forms ("January 7, 2022", "7 January 2022", "Jan. 7", "2022-01-07", "in March 2019", "in 2019",
/// "the spring of 2018") and relative ones ("yesterday", "this morning", "last night", "on Wednesday", "last
/// week", "two days later", "a decade earlier", "New Year's Day") are resolved against two dates:
///
/// - the **anchor**: the day the sentence is written from (an embedded post's date, a live entry's timestamp,
///   else the dateline day, else the publication date). "Yesterday", weekdays, "last week" and dates written
///   without a year count from it.
/// - the **reference**: the last date the text mentioned before ("The protests began on Sunday. Two days
///   later ..."). "The following day", "two days later" and "a decade earlier" count from it.
///
/// Conventions (the corpus README's): "last week", "earlier this week" and "since <day>" are ranges kept only
/// when they fit within one month (then month precision) or one year (year precision); a year reached with
/// "since" is kept as the year. A past weekday is the most recent such day on or before the anchor; after
/// "will", "next" or "shall" it is the next one. Impossible dates ("February 30") are skipped.
///
/// The tagger tokenizes once and tries a fixed set of patterns at each token, each looking ahead a bounded
/// number of tokens: linear time, no regular expressions.
struct TemporalTagger: Sendable {
    func mentions(in sentence: Sentence, anchor: Day?) -> [TimeMention] {
        mentions(in: sentence, anchor: anchor, reference: nil)
    }

    /// The time mentions of `sentence`, with relative chains ("two days later") counted from `reference`, the
    /// last date mentioned before the sentence, and then from each mention in the sentence.
    func mentions(in sentence: Sentence, anchor: Day?, reference: DateValue?) -> [TimeMention] {
        mentions(in: sentence, anchor: anchor, reference: reference, dayReference: nil)
    }

    /// As `mentions(in:anchor:reference:)`, with `dayReference` the last day mentioned to the day: "two days
    /// later" and "the same day" count from it even when a coarser date ("in March") came in between.
    ///
    /// `onset` is the day the story's unrest began, when the text said so ("the strike began on April 28"): "on
    /// the first day of the strike" counts from it.
    func mentions(
        in sentence: Sentence,
        anchor: Day?,
        reference: DateValue?,
        dayReference: Day?,
        onset: Day? = nil
    ) -> [TimeMention] {
        let scalars = Array(sentence.text.unicodeScalars)
        return mentions(
            scalars: scalars,
            tokens: TimeToken.tokenize(scalars),
            anchor: anchor,
            reference: reference,
            dayReference: dayReference,
            onset: onset
        )
    }

    /// As `mentions(in:anchor:reference:dayReference:onset:)`, for a sentence already read as scalars and tokens.
    func mentions(
        scalars: [Unicode.Scalar],
        tokens: [TimeToken],
        anchor: Day?,
        reference: DateValue?,
        dayReference: Day?,
        onset: Day?
    ) -> [TimeMention] {
        let start = reference ?? anchor.map(DateValue.init)
        var scanner = TimeScanner(
            tokens: tokens,
            anchor: anchor,
            reference: start,
            dayReference: dayReference ?? start?.exactDay
        )
        scanner.onset = onset
        var result: [TimeMention] = []
        var index = 0
        while index < tokens.count {
            guard let match = scanner.match(at: index), match.end > index else {
                index += 1
                continue
            }
            if scanner.measuresGap(match) {
                index = match.end
                continue
            }
            let range = tokens[match.start].range.lowerBound..<tokens[match.end - 1].range.upperBound
            result.append(
                TimeMention(
                    value: match.value,
                    to: match.to,
                    range: range,
                    surface: String(String.UnicodeScalarView(scalars[range])),
                    isRelative: match.isRelative
                )
            )
            scanner.reference = match.to ?? match.value
            if let day = (match.to ?? match.value).exactDay { scanner.dayReference = day }
            index = match.end
        }
        return result
    }
}

/// A word, number or punctuation mark of a sentence, as the temporal tagger reads it.
struct TimeToken: Sendable {
    enum Kind: Sendable {
        case word
        case number
        case punctuation
    }

    var kind: Kind
    /// Lowercased text, with typographic apostrophes made plain.
    var lower: String
    var isCapitalized: Bool
    /// The value of a number token ("7", "7th"); nil for long digit runs.
    var number: Int?
    /// How many digits a number token has.
    var digits: Int
    var range: Range<Int>

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarText.isWhitespace(scalar) {
                index += 1
                continue
            }
            let start = index
            if isDigit(scalar) {
                var value = 0
                var digits = 0
                while index < scalars.count, isDigit(scalars[index]) {
                    if digits < 9 { value = value * 10 + Int(scalars[index].value - 48) }
                    digits += 1
                    index += 1
                }
                // Ordinal suffixes: "7th", "1st".
                if index + 1 < scalars.count, isOrdinalSuffix(scalars[index], scalars[index + 1]) {
                    let after = index + 2 < scalars.count ? scalars[index + 2] : " "
                    if !ScalarText.isAlphabetic(after) { index += 2 }
                }
                let text = ScalarText.string(scalars[start..<min(index, start + 12)])
                tokens.append(
                    TimeToken(
                        kind: .number,
                        lower: text,
                        isCapitalized: false,
                        number: digits <= 9 ? value : nil,
                        digits: digits,
                        range: start..<index
                    )
                )
                continue
            }
            if ScalarText.isAlphabetic(scalar) {
                var isASCII = true
                while index < scalars.count {
                    let current = scalars[index]
                    if ScalarText.isAlphabetic(current) {
                        if current.value >= 0x80 { isASCII = false }
                        index += 1
                    } else if current == "'" || current == "\u{2019}", index + 1 < scalars.count,
                        ScalarText.isAlphabetic(scalars[index + 1])
                    {
                        if current.value >= 0x80 { isASCII = false }
                        index += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    TimeToken(
                        kind: .word,
                        lower: lowercasedWord(scalars[start..<index], isASCII: isASCII),
                        isCapitalized: ScalarText.isUppercase(scalar),
                        number: nil,
                        digits: 0,
                        range: start..<index
                    )
                )
                continue
            }
            index += 1
            tokens.append(
                TimeToken(
                    kind: .punctuation,
                    lower: String(scalar),
                    isCapitalized: false,
                    number: nil,
                    digits: 0,
                    range: start..<index
                )
            )
        }
        return tokens
    }

    /// "st", "nd", "rd" or "th" in any case: the two scalars after a number that make it an ordinal.
    private static func isOrdinalSuffix(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        // Only ASCII letters lowercase to these (no other scalar's lower-case mapping is s, n, r, t, d or h).
        guard first.value < 0x80, second.value < 0x80 else { return false }
        switch (first.value | 0x20, second.value | 0x20) {
        case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return true  // st, nd, rd, th
        default: return false
        }
    }

    /// The lowercased text of a word: its first 40 scalars, typographic apostrophes made plain and a possessive
    /// "'s" dropped ("yesterday's protests" reads "yesterday").
    private static func lowercasedWord(_ word: ArraySlice<Unicode.Scalar>, isASCII: Bool) -> String {
        var end = word.startIndex + min(word.count, 40)
        let plain = { (scalar: Unicode.Scalar) -> Unicode.Scalar in scalar == "\u{2019}" ? "'" : scalar }
        if end - word.startIndex > 2, word[end - 1] == "s", plain(word[end - 2]) == "'" { end -= 2 }
        if isASCII { return ScalarText.lowercasedString(word[word.startIndex..<end]) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: word[word.startIndex..<end].lazy.map(plain))
        return String(view).lowercased()
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }
}

/// A time expression found by `TimeScanner`: tokens `start..<end` and what they resolve to.
private struct TimeMatch {
    var start: Int
    var end: Int
    var value: DateValue
    var to: DateValue?
    var isRelative: Bool
}

/// The pattern matcher behind `TemporalTagger`.
private struct TimeScanner {
    let tokens: [TimeToken]
    let anchor: Day?
    var reference: DateValue?
    /// The last date mentioned to the day.
    var dayReference: Day?
    /// The day the unrest began, for "the first day of the protests".
    var onset: Day?

    init(tokens: [TimeToken], anchor: Day?, reference: DateValue?, dayReference: Day?) {
        self.dayReference = dayReference
        self.tokens = tokens
        self.anchor = anchor
        self.reference = reference
    }

    // MARK: Vocabulary

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    ]
    /// Words before a bare month or year that make it a date ("in March", "since 1989").
    static let datePrepositions: Set<String> = [
        "in", "since", "during", "until", "till", "by", "early", "late", "mid", "from", "before", "after",
        "throughout", "last", "this", "next", "of", "around", "between", "and", "to", "through",
    ]
    /// Lowercase words that may follow a year ("in 2019 after ..."); any other word makes the number a count.
    static let afterYear: Set<String> = [
        "and", "or", "but", "after", "before", "when", "as", "to", "until", "with", "in", "on", "at", "for", "by",
        "the", "a", "an", "that", "which", "who", "while", "amid", "over", "following", "since", "from", "he",
        "she", "they", "it", "his", "her", "their", "was", "were", "had", "has", "have", "is", "are", "during",
        "through", "because", "if", "then", "where",
    ]
    /// Nouns a year can name the occasion of ("the 2018 elections").
    static let yearEvents: Set<String> = [
        "election", "elections", "vote", "referendum", "protests", "uprising", "revolution", "coup", "crisis", "war",
        "earthquake", "unrest", "riots", "strike", "strikes", "poll", "polls",
    ]
    static let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter"]
    static let seasonList = Array(seasons)
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "day"]
    static let futureMarkers: Set<String> = ["will", "shall", "'ll", "next", "tomorrow", "won't"]
    static let clauseBreakers: Set<String> = [",", ";", ":", "said", "says", "told", "that", "but", "and"]

    // MARK: Token helpers

    func word(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].lower
    }

    func isToken(_ index: Int, _ text: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].lower == text
    }

    func isPunctuation(_ index: Int, _ set: Set<String>) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && set.contains(tokens[index].lower)
    }

    /// A day of the month (1–31, written with at most two digits) at `index`.
    func dayNumber(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .number, tokens[index].digits <= 2,
            let value = tokens[index].number, (1...31).contains(value)
        else { return nil }
        return value
    }

    /// A plausible year (four digits, 1800–2100) at `index`.
    func yearNumber(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .number, tokens[index].digits == 4,
            let value = tokens[index].number, (1800...2100).contains(value),
            tokens[index].range.count == 4
        else { return nil }
        return value
    }

    /// A month name at `index`; returns the month and the index after it (past an abbreviation's full stop).
    func month(_ index: Int) -> (month: Int, end: Int)? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
            let month = Self.months[tokens[index].lower]
        else { return nil }
        let isAbbreviation = !["may", "june", "july"].contains(tokens[index].lower) && tokens[index].lower.count <= 4
        if isAbbreviation, isPunctuation(index + 1, ["."]) { return (month, index + 2) }
        if tokens[index].lower == "may" {
            // "May" is a month only next to a day or a year, or after a date preposition.
            let next = index + 1
            let nearNumber = dayNumber(next) != nil || yearNumber(next) != nil
            let afterPreposition = word(index - 1).map { Self.datePrepositions.contains($0) } ?? false
            guard nearNumber || afterPreposition else { return nil }
        }
        return (month, index + 1)
    }

    func weekday(_ index: Int) -> Int? {
        guard let text = word(index), tokens[index].isCapitalized else { return nil }
        return Self.weekdays[text]
    }

    /// Skips a comma at `index`.
    func skipComma(_ index: Int) -> Int {
        isPunctuation(index, [","]) ? index + 1 : index
    }

    func isRangeWord(_ index: Int) -> Bool {
        isPunctuation(index, ["-", "\u{2013}", "\u{2014}"])
            || ["to", "until", "till", "through", "and"].contains(
                word(index) ?? ""
            )
    }

    // MARK: Resolution

    /// The year that puts `month`/`day` nearest to the anchor.
    func nearestYear(month: Int, day: Int?) -> Int? {
        guard let anchor else { return nil }
        var best: (distance: Int, year: Int)?
        for year in [anchor.year - 1, anchor.year, anchor.year + 1] {
            let probe: Day?
            if let day {
                probe = Day(year: year, month: month, day: day)
            } else {
                probe = Day(year: year, month: month, day: min(15, Day.daysInMonth(year: year, month: month)))
            }
            guard let probe else { continue }
            let distance = abs(anchor.days(to: probe))
            // Ties go to the past.
            if best == nil || distance < best!.distance { best = (distance, year) }
        }
        return best?.year
    }

    func makeDay(_ year: Int?, _ month: Int, _ day: Int) -> DateValue? {
        guard let year = year ?? nearestYear(month: month, day: day),
            let value = Day(year: year, month: month, day: day)
        else { return nil }
        return DateValue(value)
    }

    /// A range of days as one date: month precision when it fits in a month, year precision in a year.
    static func coarse(_ from: Day, _ to: Day) -> DateValue? {
        let first = min(from, to)
        let last = max(from, to)
        if first == last { return DateValue(first) }
        if first.year == last.year, first.month == last.month { return DateValue(year: first.year, month: first.month) }
        if first.year == last.year { return DateValue(year: first.year) }
        return nil
    }

    /// Whether the words before `index` put the sentence in the future ("will meet on Friday").
    func isFuture(before index: Int, window: Int = 6, markers: Set<String> = futureMarkers) -> Bool {
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < window {
            let text = tokens[cursor].lower
            if markers.contains(text) { return true }
            if Self.clauseBreakers.contains(text), text != "and" || window <= 6 { return false }
            cursor -= 1
            steps += 1
        }
        return false
    }

    /// Whether `match` follows "since" in a comparison ("the worst unrest since 2014", "its lowest level since
    /// March", "for the second time since Tuesday"): it measures how long ago something last happened and dates
    /// nothing in the sentence, so it is dropped rather than given to an event.
    func measuresGap(_ match: TimeMatch) -> Bool {
        // A match that begins with the word, "since 2014", or "since the 2020 election".
        let places = [match.start, match.start - 1] + (word(match.start - 1) == "the" ? [match.start - 2] : [])
        guard let since = places.first(where: { word($0) == "since" }) else { return false }
        if word(since - 1) == "time" { return true }
        var cursor = since - 1
        while cursor >= 0, since - cursor <= 5, tokens[cursor].kind != .punctuation {
            if let text = word(cursor), Self.isSuperlative(text) { return true }
            cursor -= 1
        }
        return false
    }

    /// "worst", "largest", "deadliest", "first", "most": words that make a comparison with the past.
    static func isSuperlative(_ word: String) -> Bool {
        if superlatives.contains(word) { return true }
        // "deadliest", "bloodiest", "heaviest", "costliest".
        return word.utf8.count > 5 && word.hasSuffix("iest") && word != "priest"
    }

    static let superlatives: Set<String> = [
        "worst", "best", "first", "most", "least", "fewest", "largest", "biggest", "greatest", "highest", "lowest",
        "longest", "shortest", "strongest", "weakest", "fiercest", "smallest", "sharpest", "steepest", "widest",
        "hardest", "toughest", "gravest", "fastest", "slowest", "closest",
    ]

    // MARK: Patterns

    mutating func match(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        switch token.kind {
        case .punctuation:
            return nil
        case .number:
            if let match = isoDate(at: index) ?? dayFirst(at: index).map(qualifyingYear) ?? yearAlone(at: index) {
                return match
            }
            guard let amount = token.number, token.digits <= 3 else { return nil }
            return counted(amount, at: index)
        case .word:
            if let match = monthFirst(at: index) { return qualifyingYear(match) }
            if let match = weekdayDate(at: index) { return match }
            return relative(at: index)
        }
    }

    /// A date written without its year takes the year the next words give: "in August last year", "on March 1
    /// that year", "in May this year".
    func qualifyingYear(_ match: TimeMatch) -> TimeMatch {
        guard match.isRelative, let month = match.value.month else { return match }
        var cursor = match.end
        var year: Int?
        if word(cursor) == "of" { cursor += 1 }
        if word(cursor) == "the", word(cursor + 1) == "same" || word(cursor + 1) == "previous" {
            cursor += 1
        }
        switch (word(cursor), word(cursor + 1)) {
        case ("last", "year"), ("previous", "year"):
            year = word(cursor) == "last" ? anchor.map { $0.year - 1 } : reference.map { $0.year - 1 }
        case ("this", "year"):
            year = anchor?.year
        case ("next", "year"):
            year = anchor.map { $0.year + 1 }
        case ("that", "year"), ("same", "year"):
            year = reference?.year
        default:
            return match
        }
        guard let year else { return match }
        func moved(_ value: DateValue) -> DateValue? {
            if let day = value.day { return Day(year: year, month: value.month ?? month, day: day).map(DateValue.init) }
            return DateValue(year: year, month: value.month ?? month)
        }
        guard let value = moved(match.value) else { return match }
        var copy = match
        copy.value = value
        copy.to = match.to.flatMap(moved)
        copy.end = cursor + 2
        return copy
    }

    /// `2022-01-07`.
    func isoDate(at index: Int) -> TimeMatch? {
        guard let year = yearNumber(index), isPunctuation(index + 1, ["-"]), index + 4 < tokens.count,
            tokens[index + 2].kind == .number, tokens[index + 2].digits == 2, let month = tokens[index + 2].number,
            isPunctuation(index + 3, ["-"]), tokens[index + 4].kind == .number, tokens[index + 4].digits == 2,
            let day = tokens[index + 4].number
        else { return nil }
        guard let value = makeDay(year, month, day) else { return nil }
        return TimeMatch(start: index, end: index + 5, value: value, isRelative: false)
    }

    /// `7 January 2022`, `7 Jan`, `7th of January`, `2 to 11 January 2022`.
    func dayFirst(at index: Int) -> TimeMatch? {
        guard let day = dayNumber(index) else { return nil }
        var cursor = index + 1
        // A range: "2 to 11 January", "2-11 January", "2 and 11 January".
        if isRangeWord(cursor), let lastDay = dayNumber(cursor + 1), let (month, after) = month(cursor + 2) {
            var end = after
            var year: Int?
            if let written = yearNumber(skipComma(after)) {
                year = written
                end = skipComma(after) + 1
            }
            guard let first = makeDay(year, month, day) else { return nil }
            guard let last = makeDay(first.year, month, lastDay) else { return nil }
            return since(
                TimeMatch(start: index, end: end, value: first, to: last, isRelative: year == nil),
                written: true
            )
        }
        if isToken(cursor, "of") { cursor += 1 }
        guard let (month, after) = month(cursor) else { return nil }
        var end = after
        var year: Int?
        if let written = yearNumber(skipComma(after)) {
            year = written
            end = skipComma(after) + 1
        }
        guard let value = makeDay(year, month, day) else { return nil }
        return since(TimeMatch(start: index, end: end, value: value, isRelative: year == nil), written: true)
    }

    /// `January 7, 2022`, `Jan. 7`, `January 2 to 11`, `March 2019`, `in March`.
    func monthFirst(at index: Int) -> TimeMatch? {
        guard let (month, after) = month(index) else { return nil }
        if let day = dayNumber(after) {
            // Not "January 7" when the number is the start of "7,000" or "7.5".
            if isPunctuation(after + 1, [",", "."]), after + 2 < tokens.count, tokens[after + 2].kind == .number,
                tokens[after + 2].digits == 3, tokens[after + 1].range.lowerBound == tokens[after].range.upperBound,
                tokens[after + 2].range.lowerBound == tokens[after + 1].range.upperBound
            {
                return nil
            }
            var end = after + 1
            var year: Int?
            if let written = yearNumber(skipComma(end)) {
                year = written
                end = skipComma(end) + 1
            }
            if isRangeWord(end), !isToken(end, "and") {
                var cursor = end + 1
                if let (sameMonth, next) = self.month(cursor), sameMonth >= month { cursor = next }
                if let lastDay = dayNumber(cursor), let first = makeDay(year, month, day) {
                    let lastMonth = self.month(end + 1)?.month ?? month
                    var rangeEnd = cursor + 1
                    var lastYear = first.year
                    if let written = yearNumber(skipComma(rangeEnd)) {
                        lastYear = written
                        rangeEnd = skipComma(rangeEnd) + 1
                    }
                    if let last = makeDay(lastYear, lastMonth, lastDay), last >= first {
                        return since(
                            TimeMatch(start: index, end: rangeEnd, value: first, to: last, isRelative: year == nil),
                            written: true
                        )
                    }
                }
            }
            guard let value = makeDay(year, month, day) else { return nil }
            return since(TimeMatch(start: index, end: end, value: value, isRelative: year == nil), written: true)
        }
        if let year = yearNumber(skipComma(after)) {
            guard let value = DateValue(year: year, month: month) else { return nil }
            return TimeMatch(start: index, end: skipComma(after) + 1, value: value, isRelative: false)
        }
        // A bare month needs a preposition before it ("in March", "since January", "early December").
        let isMid = isPunctuation(index - 1, ["-"]) && word(index - 2) == "mid"
        guard isMid || word(index - 1).map({ Self.datePrepositions.contains($0) || $0 == "mid" }) == true else {
            return nil
        }
        guard var year = nearestYear(month: month, day: nil) else { return nil }
        // "elections will be held in March": the next March.
        if let anchor, isFuture(before: index, window: 10, markers: Self.futureMarkers.union(["would"])) {
            year = month > anchor.month ? anchor.year : anchor.year + 1
        }
        guard let value = DateValue(year: year, month: month) else { return nil }
        return TimeMatch(start: index, end: after, value: value, isRelative: true)
    }

    /// `2019` after "in", "since", "by"...; `1973 to 1990`.
    func yearAlone(at index: Int) -> TimeMatch? {
        guard let year = yearNumber(index) else { return nil }
        // "4,2019" or "2019.5" are not years.
        if isPunctuation(index + 1, [",", "."]), index + 2 < tokens.count, tokens[index + 2].kind == .number,
            tokens[index + 2].range.lowerBound == tokens[index + 1].range.upperBound
        {
            return nil
        }
        let previous = word(index - 1) ?? ""
        let isSeason = Self.seasons.contains(previous)
        // "the 2018 elections", "the 2014 uprising": a year naming an event.
        if previous == "the" || previous == "its" || previous == "his" || previous == "their",
            let noun = word(index + 1), Self.yearEvents.contains(noun), let value = DateValue(year: year)
        {
            return TimeMatch(start: index, end: index + 1, value: value, isRelative: false)
        }
        guard Self.datePrepositions.contains(previous) || isSeason else { return nil }
        // "around 2000 people": a count, not a year.
        if let next = word(index + 1), !tokens[index + 1].isCapitalized, !Self.afterYear.contains(next) { return nil }
        guard let value = DateValue(year: year) else { return nil }
        if isRangeWord(index + 1), !isToken(index + 1, "and") || previous == "between",
            let last = yearNumber(index + 2), last > year, let lastValue = DateValue(year: last)
        {
            return TimeMatch(start: index, end: index + 3, value: value, to: lastValue, isRelative: false)
        }
        return TimeMatch(start: index, end: index + 1, value: value, isRelative: false)
    }

    /// `Thursday, January 6` (the written date wins), else `on Wednesday` relative to the anchor.
    func weekdayDate(at index: Int) -> TimeMatch? {
        guard let weekday = weekday(index) else { return nil }
        let next = skipComma(index + 1)
        if let match = monthFirst(at: next) ?? dayFirst(at: next), !match.isRelative || match.value.day != nil {
            return TimeMatch(
                start: index,
                end: match.end,
                value: match.value,
                to: match.to,
                isRelative: match.isRelative
            )
        }
        guard let anchor else { return nil }
        let previous = word(index - 1)
        var end = index + 1
        if let part = word(end), Self.dayParts.contains(part), part != "day" { end += 1 }
        let day: Day
        if previous == "next" || (previous != "last" && isFuture(before: index)) {
            var delta = (weekday - anchor.weekday + 7) % 7
            if delta == 0, previous == "next" { delta = 7 }
            day = anchor.adding(days: delta)
        } else {
            var delta = (anchor.weekday - weekday + 7) % 7
            if delta == 0, previous == "last" { delta = 7 }
            day = anchor.adding(days: -delta)
        }
        let start = previous == "last" || previous == "next" ? index - 1 : index
        return since(TimeMatch(start: start, end: end, value: DateValue(day), isRelative: true))
    }

    /// After "since", a day becomes the range from it to the anchor, kept only at a coarser precision.
    func since(_ match: TimeMatch, written: Bool = false) -> TimeMatch? {
        // "since April 9" names the day something began, which keeps its date; "since Friday" is a span.
        guard word(match.start - 1) == "since", match.value.precision == .day, !written else { return match }
        guard let anchor, let first = match.value.exactDay, first <= anchor,
            let value = Self.coarse(first, anchor)
        else { return nil }
        if value.precision == .day { return match }
        return TimeMatch(start: match.start - 1, end: match.end, value: value, isRelative: true)
    }

    /// Words resolved against the anchor or the reference.
    func relative(at index: Int) -> TimeMatch? {
        guard let text = word(index) else { return nil }
        let next = word(index + 1)
        let nextNext = word(index + 2)
        func day(_ offset: Int, from base: Day?, length: Int, relative: Bool = true) -> TimeMatch? {
            guard let base else { return nil }
            return TimeMatch(
                start: index,
                end: index + length,
                value: DateValue(base.adding(days: offset)),
                isRelative: relative
            )
        }
        let referenceDay = dayReference
        switch text {
        case "yesterday":
            return day(-1, from: anchor, length: 1)
        case "today", "tonight":
            return day(0, from: anchor, length: 1)
        case "tomorrow":
            return day(1, from: anchor, length: 1)
        case "overnight":
            return nil
        case "since":
            // "have since been reported": from the last date mentioned to the anchor.
            // "Ever since Yanukovych fled" is a conjunction: the adverb ends its phrase ("ever since,").
            let closes = index + 1 >= tokens.count || tokens[index + 1].kind == .punctuation
            guard let previous = word(index - 1),
                ["has", "have", "had"].contains(previous) || next == "been" || (previous == "ever" && closes),
                let anchor, let first = dayReference, first < anchor, let value = Self.coarse(first, anchor)
            else { return nil }
            return TimeMatch(start: index, end: index + 1, value: value, isRelative: true)
        case "this", "earlier", "later":
            if let next, Self.dayParts.contains(next), next != "day" { return day(0, from: anchor, length: 2) }
            if text == "earlier" || text == "later", next == "today" { return day(0, from: anchor, length: 2) }
            if text != "this", next == "this", let part = nextNext, Self.dayParts.contains(part), part != "day" {
                return day(0, from: anchor, length: 3)
            }
            if text == "later" || text == "earlier", next == "in", nextNext == "the", word(index + 3) == "day" {
                return day(0, from: referenceDay, length: 4)
            }
            if text == "later", next == "that", let unit = nextNext {
                return sameUnit(unit, start: index, end: index + 3)
            }
            let start = text == "this" ? index : index + 1
            guard text == "this" || next == "this" else { return nil }
            return period(word(start + 1), start: index, end: start + 2, shift: 0, earlier: text == "earlier")
        case "last":
            if let next, next == "night" || next == "evening" { return day(-1, from: anchor, length: 2) }
            return period(next, start: index, end: index + 2, shift: -1, earlier: false)
        case "that", "same":
            guard let next, ["day", "night", "evening", "morning", "afternoon", "month", "year"].contains(next),
                word(index - 1) != "in" || text == "same"
            else { return nil }
            if text == "that", let previous = word(index - 1), ["all", "by"].contains(previous) { return nil }
            return sameUnit(next, start: index, end: index + 2)
        case "the":
            if next == "weekend", let previous = word(index - 1), ["over", "at", "during"].contains(previous) {
                return period("weekend", start: index, end: index + 2, shift: 0, earlier: false)
            }
            if let match = ordinalDay(at: index) { return match }
            return theRelative(at: index)
        case "new", "christmas":
            return holiday(at: index)
        default:
            break
        }
        if let amount = Self.numberWords[text], let match = counted(amount, at: index) { return match }
        return seasonOrPart(at: index)
    }

    /// "the first day of the strike", "the second night of the protests": counted from the onset.
    func ordinalDay(at index: Int) -> TimeMatch? {
        guard let onset, let ordinal = word(index + 1).flatMap({ Self.dayOrdinals[$0] }),
            let unit = word(index + 2), ["day", "night", "evening"].contains(unit), word(index + 3) == "of",
            word(index + 4) == "the", let noun = word(index + 5),
            ["protests", "protest", "strike", "strikes", "unrest", "uprising", "demonstrations", "riots"].contains(noun)
        else { return nil }
        return TimeMatch(start: index, end: index + 6, value: DateValue(onset.adding(days: ordinal)), isRelative: true)
    }

    /// The ordinals of `ordinalDay(at:)`, as days after the onset.
    static let dayOrdinals = ["first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4]

    /// "that day", "the same month": the reference's day, month or year.
    func sameUnit(_ unit: String, start: Int, end: Int) -> TimeMatch? {
        switch unit {
        case "month":
            guard let reference, let month = reference.month, let value = DateValue(year: reference.year, month: month)
            else {
                return nil
            }
            return TimeMatch(start: start, end: end, value: value, isRelative: true)
        case "year":
            guard let reference, let value = DateValue(year: reference.year) else { return nil }
            return TimeMatch(start: start, end: end, value: value, isRelative: true)
        default:
            guard let day = dayReference else { return nil }
            return TimeMatch(start: start, end: end, value: DateValue(day), isRelative: true)
        }
    }

    /// "this week", "last month", "earlier this year", "last week".
    func period(_ unit: String?, start: Int, end: Int, shift: Int, earlier: Bool) -> TimeMatch? {
        guard let anchor, let unit else { return nil }
        switch unit {
        case "weekend":
            // The last Saturday and Sunday on or before the anchor (before it for "last weekend" on a weekend).
            var sunday = anchor.adding(days: -(anchor.weekday % 7))
            if shift < 0, anchor.weekday >= 6 { sunday = sunday.adding(days: -7) }
            guard let value = Self.coarse(sunday.adding(days: -1), sunday) else { return nil }
            return TimeMatch(start: start, end: end, value: value, isRelative: true)
        case "week":
            let monday = anchor.adding(days: -(anchor.weekday - 1))
            let first = monday.adding(days: 7 * shift)
            var last = shift == 0 ? anchor : first.adding(days: 6)
            if earlier, shift == 0 { last = anchor.adding(days: -1) }
            guard last >= first, let value = Self.coarse(first, last) else { return nil }
            return TimeMatch(start: start, end: end, value: value, isRelative: true)
        case "month":
            var year = anchor.year
            var month = anchor.month + shift
            if month < 1 {
                month += 12
                year -= 1
            }
            guard let value = DateValue(year: year, month: month) else { return nil }
            return TimeMatch(start: start, end: end, value: value, isRelative: true)
        case "year":
            guard let value = DateValue(year: anchor.year + shift) else { return nil }
            return TimeMatch(start: start, end: end, value: value, isRelative: true)
        default:
            return nil
        }
    }

    /// "the following day", "the next day", "the day before", "the previous day", "the same day", "the start of
    /// the year", "the spring of 2018".
    func theRelative(at index: Int) -> TimeMatch? {
        guard let next = word(index + 1) else { return nil }
        let referenceDay = dayReference
        switch next {
        case "following", "next":
            guard let unit = word(index + 2) else { return nil }
            if unit == "day" || unit == "morning" || unit == "evening" {
                guard let referenceDay else { return nil }
                return TimeMatch(
                    start: index,
                    end: index + 3,
                    value: DateValue(referenceDay.adding(days: 1)),
                    isRelative: true
                )
            }
            if unit == "year", let reference, let value = DateValue(year: reference.year + 1) {
                return TimeMatch(start: index, end: index + 3, value: value, isRelative: true)
            }
            return nil
        case "previous":
            guard let unit = word(index + 2) else { return nil }
            if unit == "day", let referenceDay {
                return TimeMatch(
                    start: index,
                    end: index + 3,
                    value: DateValue(referenceDay.adding(days: -1)),
                    isRelative: true
                )
            }
            if unit == "year", let reference, let value = DateValue(year: reference.year - 1) {
                return TimeMatch(start: index, end: index + 3, value: value, isRelative: true)
            }
            return nil
        case "day":
            guard let referenceDay else { return nil }
            if word(index + 2) == "before", word(index + 3) == "yesterday", let anchor {
                return TimeMatch(
                    start: index,
                    end: index + 4,
                    value: DateValue(anchor.adding(days: -2)),
                    isRelative: true
                )
            }
            if word(index + 2) == "after", word(index + 3) == "tomorrow" { return nil }
            if word(index + 2) == "before", !isContinuingClause(index + 3) {
                return TimeMatch(
                    start: index,
                    end: index + 3,
                    value: DateValue(referenceDay.adding(days: -1)),
                    isRelative: true
                )
            }
            if word(index + 2) == "after", !isContinuingClause(index + 3) {
                return TimeMatch(
                    start: index,
                    end: index + 3,
                    value: DateValue(referenceDay.adding(days: 1)),
                    isRelative: true
                )
            }
            return nil
        case "same":
            guard let unit = word(index + 2) else { return nil }
            return sameUnit(unit, start: index, end: index + 3)
        case "start", "beginning", "end", "turn":
            guard word(index + 2) == "of" else { return nil }
            let isStart = next != "end"
            if word(index + 3) == "the", word(index + 4) == "year", let anchor {
                guard let value = DateValue(year: anchor.year, month: isStart ? 1 : 12) else { return nil }
                return TimeMatch(start: index, end: index + 5, value: value, isRelative: true)
            }
            if word(index + 3) == "the", word(index + 4) == "month", let anchor {
                guard let value = DateValue(year: anchor.year, month: anchor.month) else { return nil }
                return TimeMatch(start: index, end: index + 5, value: value, isRelative: true)
            }
            if let year = yearNumber(index + 3), next != "turn" {
                guard let value = DateValue(year: year, month: isStart ? 1 : 12) else { return nil }
                return TimeMatch(start: index, end: index + 4, value: value, isRelative: false)
            }
            return nil
        default:
            if Self.seasons.contains(next) { return seasonOrPart(at: index + 1).map { widen($0, to: index) } }
            return nil
        }
    }

    /// Whether the words at `index` continue into a clause ("the day before the vote"), so that "the day
    /// before" does not count from the reference.
    func isContinuingClause(_ index: Int) -> Bool {
        guard let text = word(index) else { return false }
        return ["the", "a", "his", "her", "their", "its", "he", "she", "they", "it"].contains(text)
    }

    func widen(_ match: TimeMatch, to start: Int) -> TimeMatch {
        var copy = match
        copy.start = start
        return copy
    }

    /// Whether the words from `index` to the next punctuation hold a finite verb, so that they form a clause.
    func opensClause(at index: Int) -> Bool {
        let pastForms: Set<String> = [
            "was", "were", "had", "has", "is", "are", "began", "took", "fled", "sent", "fell", "broke", "came", "went",
            "left", "won", "gave", "made", "held", "rose", "ran", "met", "said", "told", "flew", "began",
        ]
        var cursor = index
        while cursor < tokens.count, cursor - index < 12,
            tokens[cursor].kind != .punctuation || ["-", "'", "\u{2019}"].contains(tokens[cursor].lower)
        {
            let text = tokens[cursor].lower
            if pastForms.contains(text) || (text.count > 4 && text.hasSuffix("ed")) { return true }
            cursor += 1
        }
        return false
    }

    /// "spring of 2018", "summer 2020": year precision.
    func seasonOrPart(at index: Int) -> TimeMatch? {
        // Five short words: comparing them is cheaper than hashing the word, and this runs for most words.
        guard let text = word(index), Self.seasonList.contains(text) else { return nil }
        var cursor = index + 1
        if isToken(cursor, "of") { cursor += 1 }
        guard let year = yearNumber(cursor), let value = DateValue(year: year) else { return nil }
        return TimeMatch(start: index, end: cursor + 1, value: value, isRelative: false)
    }

    /// "New Year's Day", "New Year's Eve", "Christmas Day": the occurrence nearest the anchor.
    func holiday(at index: Int) -> TimeMatch? {
        guard tokens[index].isCapitalized else { return nil }
        let month: Int
        let day: Int
        let length: Int
        if word(index) == "new", word(index + 1) == "year", let last = word(index + 2) {
            guard last == "day" || last == "eve" else { return nil }
            (month, day, length) = last == "day" ? (1, 1, 3) : (12, 31, 3)
        } else if word(index) == "christmas", let last = word(index + 1), last == "day" || last == "eve" {
            (month, day, length) = last == "day" ? (12, 25, 2) : (12, 24, 2)
        } else {
            return nil
        }
        guard let value = makeDay(nil, month, day) else { return nil }
        return TimeMatch(start: index, end: index + length, value: value, isRelative: true)
    }

    /// "two days later", "a day after", "a decade earlier", "three years ago", "a week later".
    func counted(_ amount: Int, at index: Int) -> TimeMatch? {
        guard let unit = word(index + 1), let direction = word(index + 2) else { return nil }
        var sign: Int
        switch direction {
        case "later", "after": sign = 1
        case "earlier", "before", "ago", "previously": sign = -1
        default: return nil
        }
        // "arrived on Thursday, a day after Tokayev asked for help": the clause that follows happened a day before
        // the date just mentioned, so the mention dates it. "for 30 years before" is a duration.
        if direction == "after" || direction == "before", index + 3 < tokens.count, tokens[index + 3].kind == .word {
            // Only a clause ("after the troops arrived") is dated this way; after a noun ("a day after the raid")
            // the base date is unknown.
            guard opensClause(at: index + 3) else { return nil }
            sign = -sign
        }
        if let previous = word(index - 1),
            ["for", "within", "over", "in", "about", "almost", "nearly", "than", "some"].contains(previous)
        {
            return nil
        }
        let base: DateValue?
        if direction == "ago" {
            base = anchor.map(DateValue.init)
        } else if ["day", "days", "week", "weeks"].contains(unit) {
            base = dayReference.map(DateValue.init)
        } else {
            base = reference
        }
        guard let base else { return nil }
        let end = index + 3
        switch unit {
        case "day", "days":
            guard let day = base.exactDay else { return nil }
            return TimeMatch(
                start: index,
                end: end,
                value: DateValue(day.adding(days: sign * amount)),
                isRelative: true
            )
        case "week", "weeks":
            guard let day = base.exactDay else { return nil }
            return TimeMatch(
                start: index,
                end: end,
                value: DateValue(day.adding(days: sign * 7 * amount)),
                isRelative: true
            )
        case "month", "months":
            guard let month = base.month else { return nil }
            let total = base.year * 12 + (month - 1) + sign * amount
            guard let value = DateValue(year: total / 12, month: total % 12 + 1) else { return nil }
            return TimeMatch(start: index, end: end, value: value, isRelative: true)
        case "year", "years":
            guard let value = DateValue(year: base.year + sign * amount) else { return nil }
            return TimeMatch(start: index, end: end, value: value, isRelative: true)
        case "decade", "decades":
            guard let value = DateValue(year: base.year + sign * 10 * amount) else { return nil }
            return TimeMatch(start: index, end: end, value: value, isRelative: true)
        default:
            return nil
        }
    }
}
