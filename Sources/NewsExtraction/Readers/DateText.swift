/// Reads the calendar dates that articles write in words: `January 7, 2022`, `7 Jan 2022`, `Jan 6`,
/// `Friday, January 7, 2022`, and ISO `2022-01-07` (with or without a time).
enum DateText {
    private static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The month a word names (`January`, `Jan`, `Jan.`, `Sept`), or nil.
    static func month(_ word: some StringProtocol) -> Int? {
        let lower = word.lowercased().filter { $0 != "." }
        guard lower.count >= 3 else { return nil }
        for (index, name) in months.enumerated() where name.hasPrefix(lower) {
            return index + 1
        }
        return nil
    }

    /// True when the word names a weekday (`Friday`, `Fri`, `Fri.`).
    static func isWeekday(_ word: some StringProtocol) -> Bool {
        let lower = word.lowercased().filter { $0 != "." && $0 != "," }
        return lower.count >= 3 && weekdays.contains { $0.hasPrefix(lower) }
    }

    /// The day of the month a word gives (`7`, `7,`, `7th`), or nil.
    static func dayOfMonth(_ word: some StringProtocol) -> Int? {
        var digits = 0
        var value = 0
        for scalar in word.unicodeScalars {
            if let digit = asciiDigit(scalar) {
                guard digits < 2 else { return nil }
                value = value * 10 + digit
                digits += 1
            } else {
                break
            }
        }
        guard digits > 0, (1...31).contains(value) else { return nil }
        let rest = String(word.lowercased().dropFirst(digits))
        guard ["", ",", ".", "st", "nd", "rd", "th", "st,", "nd,", "rd,", "th,"].contains(rest) else { return nil }
        return value
    }

    /// The four-digit year a word gives (`2022`, `2022,`, `2022.`), or nil.
    static func year(_ word: some StringProtocol) -> Int? {
        let scalars = Array(word.unicodeScalars)
        var end = scalars.count
        while end > 0, [",", ".", ")", ";"].contains(scalars[end - 1]) { end -= 1 }
        guard end == 4 else { return nil }
        var value = 0
        for scalar in scalars[0..<4] {
            guard let digit = asciiDigit(scalar) else { return nil }
            value = value * 10 + digit
        }
        return (1000...9999).contains(value) ? value : nil
    }

    /// The day a whole phrase names, such as `January 7, 2022`, `Fri 7 Jan 2022 14.25 GMT` or
    /// `2022-01-07T10:00:00Z`. Words after the date (a time, a zone) are allowed; words before it are not,
    /// except a weekday.
    static func day(in text: some StringProtocol) -> Day? {
        let text = Substring(text)
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        guard var first = words.first else { return nil }
        if let iso = Day(iso: first) { return iso }
        var index = 0
        if isWeekday(first), words.count > 1 {
            index = 1
            first = words[1]
        }
        guard index + 2 < words.count else { return nil }
        return day(words[index], words[index + 1], words[index + 2])
    }

    /// The date that ends a line such as a byline (`By Staff Reporter, January 7, 2022`), with the text
    /// before it (`By Staff Reporter`), or nil when the line does not end with a full date.
    static func trailingDay(in text: Substring) -> (day: Day, prefix: Substring)? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard let last = words.last else { return nil }
        if let iso = Day(iso: last) { return (iso, text[text.startIndex..<last.startIndex]) }
        guard words.count >= 3 else { return nil }
        let tail = words.suffix(3)
        guard let found = day(tail[tail.startIndex], tail[tail.startIndex + 1], tail[tail.startIndex + 2])
        else { return nil }
        var start = tail[tail.startIndex].startIndex
        if words.count >= 4, isWeekday(words[words.count - 4]) { start = words[words.count - 4].startIndex }
        return (found, text[text.startIndex..<start])
    }

    /// `Month D YYYY` or `D Month YYYY`.
    private static func day(_ a: Substring, _ b: Substring, _ c: Substring) -> Day? {
        guard let year = year(c) else { return nil }
        if let month = month(a), let day = dayOfMonth(b) { return Day(year: year, month: month, day: day) }
        if let day = dayOfMonth(a), let month = month(b) { return Day(year: year, month: month, day: day) }
        return nil
    }

    /// The day with this month and day of month nearest to `reference`: `Jan 6` near 2022-01-07 is
    /// 2022-01-06, and `Dec 31` near 2022-01-01 is 2021-12-31.
    static func resolve(month: Int, day: Int, near reference: Day) -> Day? {
        let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap {
            Day(year: $0, month: month, day: day)
        }
        return candidates.min { abs($0.days(to: reference)) < abs($1.days(to: reference)) }
    }

    static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        (48...57).contains(scalar.value) ? Int(scalar.value - 48) : nil
    }
}
