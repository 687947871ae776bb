/// A calendar day in the proleptic Gregorian calendar, written `YYYY-MM-DD`.
///
/// `Day` is the project's own date type: it has no time zone and no time of day, orders as its ISO text does,
/// and does the small amount of calendar arithmetic the extractor needs (adding days, weekdays).
///
/// For example:
/// ```swift
/// let day = Day(iso: "2022-01-07")!
/// day.adding(days: -1).iso  // "2022-01-06"
/// day.weekday               // 5 (Friday; Monday is 1)
/// ```
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or returns nil when the components do not name a real day ("February 30", "year 0").
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; a longer ISO timestamp (`2022-01-05T07:00:00Z`) is read up to its date.
    public init?(iso: some StringProtocol) {
        guard let (year, month, day) = Day.components(isoUTF8: iso.utf8) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`, as `init?(iso: some StringProtocol)` does; this overload spares callers in other
    /// modules the generic version's unspecialized code, since the store reads every date through it.
    public init?(iso: String) {
        guard let (year, month, day) = Day.components(isoUTF8: iso.utf8) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, month and day of the first `length` bytes of `utf8` when they read `YYYY-MM-DD` (or, with a
    /// `length` of 4 or 7, `YYYY` or `YYYY-MM`, the missing parts 0) in ASCII digits (any other byte there, a
    /// non-ASCII digit included, fails), not yet checked against the calendar.
    static func components(
        isoUTF8 utf8: some Collection<UInt8>,
        length: Int = 10
    ) -> (year: Int, month: Int, day: Int)? {
        var year = 0
        var month = 0
        var day = 0
        var position = 0
        for byte in utf8 {
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                let digit = Int(byte) &- 0x30
                guard digit >= 0 && digit <= 9 else { return nil }
                switch position {
                case 0..<4: year = year * 10 + digit
                case 5..<7: month = month * 10 + digit
                default: day = day * 10 + digit
                }
            }
            position += 1
            if position == length { return (year, month, day) }
        }
        return nil
    }

    /// The day as `YYYY-MM-DD`.
    public var iso: String {
        // Every day has a four-digit year (1...9999): write the ten ASCII bytes at once, which makes a small string
        // without an allocation. The store writes two or three of these for every date criterion.
        guard (0...9999).contains(year) else { return paddedISO }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, width: Int, at offset: Int) {
                var value = value
                for position in stride(from: offset + width - 1, through: offset, by: -1) {
                    buffer[position] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                    value /= 10
                }
            }
            put(year, width: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, width: 2, at: 8)
            return 10
        }
    }

    /// `iso` by padding each number, for any year.
    private var paddedISO: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day with the given ordinal (days since 1970-01-01), or nil outside years 1 to 9999.
    public init?(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)
    }

    /// The day `days` after this one (before it when negative); clamps to the supported years.
    public func adding(days: Int) -> Day {
        Day(ordinal: ordinal + days) ?? self
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        let value = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
        return (value < 0 ? value + 7 : value) + 1
    }

    /// Number of days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }
}
