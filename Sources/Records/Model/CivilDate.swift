/// A calendar date with no time zone (a meeting's date is the date printed on its minutes).
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the date exists in the proleptic Gregorian calendar (leap years included).
    public init?(year: Int, month: Int, day: Int) {
        guard CivilDate.problem(year: year, month: month, day: day) == nil else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (e.g. `2023-07-03`); nil for any other shape or a date that
    /// does not exist.
    public init?(iso text: String) {
        guard let parts = CivilDate.isoParts(text) else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `2023-07-03`.
    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in `month` of `year` (28–31); 0 for a month outside 1...12.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// The three numbers of a `YYYY-MM-DD` string, whether or not they make a real date.
    static func isoParts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              fields.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2]) else { return nil }
        return (y, m, d)
    }

    /// Why year-month-day is not a date, in words for a diagnostic; nil when it is one.
    static func problem(year: Int, month: Int, day: Int) -> Localized? {
        guard year >= 1 else { return .noYear(year) }
        guard (1...12).contains(month) else { return .noMonth(month) }
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            return .monthHasDays(Localized.months[month - 1], year, days)
        }
        return nil
    }
}

extension Character {
    /// True for 0–9 only; `isNumber` would also accept other scripts' digits and fractions.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value.magnitude)
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
}
