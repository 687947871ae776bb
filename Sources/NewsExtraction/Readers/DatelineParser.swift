/// Finds a wire dateline at the start of a paragraph: `ALMATY, Jan 6 (Reuters) -`, `CALI, Colombia -`,
/// `MOSCOW/ALMATY, Jan 6 (Northbridge) –`, `PARIS -`.
///
/// The shape is: a place in capitals, then optionally a region in ordinary case, a month and day, and an
/// agency in parentheses, then a dash. Only the first `maximumLength` scalars are looked at, so a paragraph
/// of any length costs the same.
enum DatelineParser {
    static let maximumLength = 120

    /// The dateline at the start of `paragraph`, with `range` counted from the start of the paragraph.
    static func parse(_ paragraph: some StringProtocol, published: Day?) -> Dateline? {
        let scalars = Array(paragraph.unicodeScalars.prefix(maximumLength))
        var index = 0

        // The place: capital letters, with spaces, hyphens, slashes, dots and apostrophes inside.
        var placeEnd = 0
        var letters = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isUppercase {
                letters += 1
            } else if scalar.properties.isLowercase {
                return nil
            } else if !(scalar == " " || scalar == "-" || scalar == "/" || scalar == "." || scalar == "'"
                || scalar == "\u{2019}")
            {
                break
            }
            if scalar != " " && scalar != "-" { placeEnd = index + 1 }
            index += 1
            // "PARIS - " : a dash with spaces around it ends the place.
            if index + 1 < scalars.count, scalars[index] == " ", isDash(scalars[index + 1]) { break }
        }
        guard letters >= 2 else { return nil }
        let place = String(String.UnicodeScalarView(scalars[0..<placeEnd]))
        guard !kickers.contains(place) else { return nil }
        index = placeEnd

        var month: Int?
        var dayOfMonth: Int?
        var agency: String?
        // ", Colombia" or ", Jan 6" (at most two comma-separated parts).
        var parts = 0
        while parts < 2, index < scalars.count, scalars[index] == "," {
            index += 1
            skipSpaces(scalars, &index)
            let start = index
            while index < scalars.count, scalars[index] != ",", scalars[index] != "(", !isSeparator(scalars, at: index)
            {
                index += 1
            }
            let words = String(String.UnicodeScalarView(scalars[start..<index])).split(separator: " ")
            if words.count == 2, let m = DateText.month(words[0]), let d = DateText.dayOfMonth(words[1]) {
                month = m
                dayOfMonth = d
            } else if words.count == 2, let d = DateText.dayOfMonth(words[0]), let m = DateText.month(words[1]) {
                month = m
                dayOfMonth = d
            } else if words.isEmpty || words.count > 4 || words.contains(where: { $0.first?.isUppercase != true }) {
                return nil
            }
            parts += 1
        }
        skipSpaces(scalars, &index)
        if index < scalars.count, scalars[index] == "(" {
            let start = index + 1
            while index < scalars.count, scalars[index] != ")" { index += 1 }
            guard index < scalars.count else { return nil }
            agency = String(String.UnicodeScalarView(scalars[start..<index])).trimmedBlanks.description
            index += 1
            skipSpaces(scalars, &index)
        }
        guard index < scalars.count, isDash(scalars[index]) else { return nil }
        while index < scalars.count, isDash(scalars[index]) { index += 1 }
        // The dash must be followed by a space and the text: "ALMATY-based" is not a dateline.
        guard index < scalars.count, scalars[index] == " " else { return nil }

        var day: Day?
        if let month, let dayOfMonth, let published {
            day = DateText.resolve(month: month, day: dayOfMonth, near: published)
        }
        return Dateline(place: place, day: day, agency: agency?.isEmpty == true ? nil : agency, range: 0..<index)
    }

    /// Capitalised labels that open a paragraph the way a place does ("BREAKING - ...") but name no place.
    static let kickers: Set<String> = [
        "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "WATCH", "LIVE", "OPINION",
        "EDITORIAL", "FACTBOX", "EXPLAINER", "CORRECTED", "CORRECTION", "URGENT", "FLASH", "ALERT", "REFILE",
        "INSIGHT", "FEATURE", "INTERVIEW", "REVIEW", "COMMENT", "VIDEO", "PHOTOS", "EDITOR'S NOTE", "NOTE",
    ]

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}" || scalar == "\u{2012}" || scalar == "\u{2015}"
    }

    private static func isSeparator(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        isDash(scalars[index]) && index > 0 && scalars[index - 1] == " "
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], _ index: inout Int) {
        while index < scalars.count, scalars[index] == " " { index += 1 }
    }
}
