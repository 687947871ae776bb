import NewsExtraction
import Testing

@Suite struct DateValueTests {
    @Test func parsesTheThreePrecisions() throws {
        #expect(DateValue(iso: "2022") == DateValue(year: 2022))
        #expect(DateValue(iso: "2022-01") == DateValue(year: 2022, month: 1))
        #expect(DateValue(iso: "2022-01-07") == DateValue(try #require(Day(year: 2022, month: 1, day: 7))))
        #expect(DateValue(iso: "2022-01-07")?.iso == "2022-01-07")
        #expect(DateValue(iso: "2024-02-29")?.precision == .day)
    }

    @Test func refusesWhatIsNotADate() {
        for text in ["", "0000", "2022-13", "2022-02-30", "2023-02-29", "2022-1-07", "22-01-07", "2022-01-07T10:00"] {
            #expect(DateValue(iso: text) == nil, "\(text)")
        }
    }

    @Test func dayReadsTheDateOfATimestamp() {
        #expect(Day(iso: "2022-01-05T07:00:00Z") == Day(year: 2022, month: 1, day: 5))
        #expect(Day(iso: "2022-01-05"[...]) == Day(year: 2022, month: 1, day: 5))
        #expect(Day(iso: "2022-01-0") == nil)
        #expect(Day(iso: "2022-01-0\u{0663}") == nil)  // ARABIC-INDIC DIGIT THREE
        #expect(Day(iso: "2022\u{2011}01-05") == nil)  // a non-breaking hyphen
    }

    @Test func isoWritesFourDigitYearsAndTwoDigitMonthsAndDays() throws {
        let first = try #require(Day(year: 1, month: 1, day: 1)).ordinal
        let last = try #require(Day(year: 9999, month: 12, day: 31)).ordinal
        for ordinal in stride(from: first, through: last, by: 997) + [last] {
            let day = try #require(Day(ordinal: ordinal))
            let padded = [(day.year, 4), (day.month, 2), (day.day, 2)].map { value, width in
                String(repeating: "0", count: width - String(value).count) + String(value)
            }
            #expect(day.iso == padded.joined(separator: "-"))
            #expect(Day(iso: day.iso) == day)
        }
        #expect(Day(year: 7, month: 3, day: 9)?.iso == "0007-03-09")
        #expect(DateValue(year: 2022, month: 1)?.iso == "2022-01")
    }

    /// The parsers read bytes now; these are the scalar-based parsers they replaced, whose results they must give
    /// for any text, including the odd ones ("+202" is a year for `Int`).
    @Test func fastParsersAgreeWithTheScalarParsers() {
        let alphabet: [String] = ["0", "1", "2", "9", "-", "+", "T", " ", "\u{0663}", "\u{FF11}", "é", "e\u{301}"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var samples = ["2022-01-07", "+202", "2022-+1", "2022-01-07T08", "1999-12-31", "0001-01-01", "9999-12-31"]
        for _ in 0..<20_000 {
            let length = next(13)
            samples.append((0..<length).map { _ in alphabet[next(alphabet.count)] }.joined())
            // Mostly digits with hyphens in place, so that many samples are near-dates.
            var text = Array("2022-01-07")
            for _ in 0..<next(3) { text[next(10)] = Character(alphabet[next(alphabet.count)]) }
            samples.append(String(text.prefix(next(11))))
        }
        for text in samples {
            #expect(Day(iso: text) == scalarDay(text), "\(text)")
            #expect(Day(iso: text[...]) == scalarDay(text), "\(text)")
            #expect(DateValue(iso: text) == scalarDateValue(text), "\(text)")
        }
    }
}

/// `Day.init?(iso:)` as it read Unicode scalars.
private func scalarDay(_ iso: String) -> Day? {
    let scalars = Array(iso.unicodeScalars.prefix(10))
    guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
    func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            guard let digit = scalars[index].properties.numericType == .decimal ? Int(String(scalars[index])) : nil
            else { return nil }
            value = value * 10 + digit
        }
        return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
    return Day(year: year, month: month, day: day)
}

/// `DateValue.init?(iso:)` as it split the text.
private func scalarDateValue(_ iso: String) -> DateValue? {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
    if parts.count == 3 {
        guard parts[1].count == 2, parts[2].count == 2, let day = scalarDay(iso) else { return nil }
        return DateValue(day)
    } else if parts.count == 2 {
        guard parts[1].count == 2, let month = Int(parts[1]) else { return nil }
        return DateValue(year: year, month: month)
    } else {
        return DateValue(year: year)
    }
}
