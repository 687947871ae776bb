/// How exact a date is.
public enum DatePrecision: String, Sendable, Hashable, CaseIterable, Comparable {
    case day
    case month
    case year

    private var rank: Int {
        switch self {
        case .day: return 0
        case .month: return 1
        case .year: return 2
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// A date known to a day, a month or a year: `2022-01-07`, `2022-01` or `2022`.
///
/// For example:
/// ```swift
/// DateValue(year: 2019).iso                     // "2019"
/// DateValue(year: 2019, month: 3)?.lastDay.iso  // "2019-03-31"
/// ```
public struct DateValue: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(_ day: Day) {
        year = day.year
        month = day.month
        self.day = day.day
    }

    public init?(year: Int, month: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        self.year = year
        self.month = month
        day = nil
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso: String) {
        // The store reads every date through here: the three ASCII shapes it writes take a fast path over the
        // UTF-8 bytes, which gives the same result as the general parse below.
        switch DateValue.fastComponents(isoUTF8: iso.utf8) {
        case .some(let (year, month, day)):
            guard let month else {
                self.init(year: year)
                return
            }
            guard let day else {
                self.init(year: year, month: month)
                return
            }
            guard let day = Day(year: year, month: month, day: day) else { return nil }
            self.init(day)
            return
        case .none:
            break
        }
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        if parts.count == 3 {
            guard parts[1].count == 2, parts[2].count == 2, let day = Day(iso: iso) else { return nil }
            self.init(day)
        } else if parts.count == 2 {
            guard parts[1].count == 2, let month = Int(parts[1]) else { return nil }
            self.init(year: year, month: month)
        } else {
            self.init(year: year)
        }
    }

    /// The components of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written with ASCII digits, not yet checked against
    /// the calendar; nil for any other text (which the general parse then reads).
    private static func fastComponents(isoUTF8 utf8: String.UTF8View) -> (Int, Int?, Int?)? {
        let count = utf8.count
        guard count == 4 || count == 7 || count == 10,
            let (year, month, day) = Day.components(isoUTF8: utf8, length: count)
        else { return nil }
        return (year, count >= 7 ? month : nil, count == 10 ? day : nil)
    }

    public var precision: DatePrecision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching the precision.
    public var iso: String {
        switch precision {
        case .day: return firstDay.iso
        case .month: return String(firstDay.iso.prefix(7))
        case .year: return String(firstDay.iso.prefix(4))
        }
    }

    public var description: String { iso }

    /// The first day the date covers.
    public var firstDay: Day {
        Day(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day the date covers.
    public var lastDay: Day {
        let lastMonth = month ?? 12
        return Day(year: year, month: lastMonth, day: day ?? Day.daysInMonth(year: year, month: lastMonth))!
    }

    /// The day itself when the precision is `.day`.
    public var exactDay: Day? { day == nil ? nil : firstDay }

    /// Whether every day of `other` lies within `self`.
    public func contains(_ other: DateValue) -> Bool {
        firstDay <= other.firstDay && other.lastDay <= lastDay
    }

    public static func < (lhs: DateValue, rhs: DateValue) -> Bool {
        (lhs.firstDay, lhs.precision) < (rhs.firstDay, rhs.precision)
    }
}
