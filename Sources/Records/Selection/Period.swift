/// The span of dates a compilation booklet or a report covers (docs/design.md: `--period 2023-H1`,
/// `2023-Q3`, `2023`, or `--from`/`--to`). Both ends are inclusive.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// `half` is 1 (January–June) or 2 (July–December).
        case halfYear(year: Int, half: Int)
        /// `quarter` is 1…4.
        case quarter(year: Int, quarter: Int)
        case year(Int)
        /// Given by `--from`/`--to`.
        case range
    }

    public let first: CivilDate
    public let last: CivilDate
    public let kind: Kind

    /// `2023-H1`, `2023-H2`, `2023-Q1` … `2023-Q4` or `2023` (`h` and `q` in either case);
    /// nil for anything else. `Period.parse` says why.
    public init?(parsing text: String) {
        guard let period = try? Period.parse(text) else { return nil }
        self = period
    }

    /// The period `text` names, or `PeriodError.notAPeriod`.
    public static func parse(_ text: String) throws(PeriodError) -> Period {
        let chars = Array(text)
        let failure = PeriodError.notAPeriod(text)
        guard chars.count >= 4, chars[0..<4].allSatisfy(\.isASCIIDigit),
              let year = Int(String(chars[0..<4])), year >= 1 else { throw failure }
        if chars.count == 4 {
            return Period(kind: .year(year), year: year, firstMonth: 1, lastMonth: 12)
        }
        guard chars.count == 7, chars[4] == "-", chars[6].isASCIIDigit,
              let number = Int(String(chars[6])) else { throw failure }
        switch (chars[5].uppercased(), number) {
        case ("H", 1...2):
            return Period(kind: .halfYear(year: year, half: number), year: year,
                          firstMonth: number * 6 - 5, lastMonth: number * 6)
        case ("Q", 1...4):
            return Period(kind: .quarter(year: year, quarter: number), year: year,
                          firstMonth: number * 3 - 2, lastMonth: number * 3)
        default:
            throw failure
        }
    }

    /// The days `from` through `to`; `PeriodError.fromAfterTo` when `from` is later.
    public init(from: CivilDate, to: CivilDate) throws {
        guard from <= to else { throw PeriodError.fromAfterTo(from: from, to: to) }
        first = from
        last = to
        kind = .range
    }

    /// `--from`/`--to` as typed (`YYYY-MM-DD`); `PeriodError.notADate` names the option of a
    /// value that is not a real date.
    public init(from: String, to: String) throws {
        try self.init(from: Period.date(from, option: "--from"), to: Period.date(to, option: "--to"))
    }

    private init(kind: Kind, year: Int, firstMonth: Int, lastMonth: Int) {
        self.kind = kind
        first = CivilDate(year: year, month: firstMonth, day: 1)!
        last = CivilDate(year: year, month: lastMonth,
                         day: CivilDate.daysIn(month: lastMonth, year: year))!
    }

    /// `text` as a `YYYY-MM-DD` date; `PeriodError.notADate` names `option` and what is wrong.
    public static func date(_ text: String, option: String) throws -> CivilDate {
        if let date = CivilDate(iso: text) { return date }
        let reason = CivilDate.isoParts(text)
            .flatMap { CivilDate.problem(year: $0.year, month: $0.month, day: $0.day) }
        throw PeriodError.notADate(option: option, text: text, reason: reason)
    }

    public func contains(_ date: CivilDate) -> Bool {
        first <= date && date <= last
    }

    /// Every month the period touches, in calendar order (a range's first and last months
    /// included even when it covers only part of them).
    public var months: [(year: Int, month: Int)] {
        var out: [(year: Int, month: Int)] = []
        var (year, month) = (first.year, first.month)
        while (year, month) <= (last.year, last.month) {
            out.append((year, month))
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return out
    }

    /// The period in the words of a title, in normal case (callers uppercase it for a cover):
    /// `6 tháng đầu năm 2023`, `6 tháng cuối năm 2023`, `quý III năm 2023`, `năm 2023`,
    /// `từ ngày 05/01/2023 đến ngày 30/6/2023` (a one-day range: `ngày 05/01/2023`).
    public var vietnameseName: String {
        switch kind {
        case .halfYear(let year, let half):
            return "6 tháng \(half == 1 ? "đầu" : "cuối") năm \(year)"
        case .quarter(let year, let quarter):
            return "quý \(VietnameseNumber.romanNumeral(quarter)) năm \(year)"
        case .year(let year):
            return "năm \(year)"
        case .range:
            if first == last { return "ngày \(VietnameseDate.short(first))" }
            return "từ ngày \(VietnameseDate.short(first)) đến ngày \(VietnameseDate.short(last))"
        }
    }

    /// The period as it is written on the command line: `2023-H1`, `2023-Q3`, `2023`, or
    /// `2023-01-05..2023-06-30` for a range.
    public var description: String {
        switch kind {
        case .halfYear(let year, let half): return "\(pad(year, 4))-H\(half)"
        case .quarter(let year, let quarter): return "\(pad(year, 4))-Q\(quarter)"
        case .year(let year): return pad(year, 4)
        case .range: return "\(first)..\(last)"
        }
    }
}

/// Why a period could not be made or used, in words for the command line.
public enum PeriodError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--period` text that names no period.
    case notAPeriod(String)
    /// A `--from`/`--to` value that is not a `YYYY-MM-DD` date; `reason` says what is wrong
    /// with a well-shaped one (`February 2023 has 28 days`).
    case notADate(option: String, text: String, reason: Localized?)
    case fromAfterTo(from: CivilDate, to: CivilDate)
    /// No record falls in the period (an empty booklet is an error); `outside` records were
    /// skipped.
    case noMeetings(Period, outside: Int)

    public var description: String { message.text() }

    /// What is wrong, in both languages.
    public var message: Localized {
        switch self {
        case .notAPeriod(let text):
            // Examples in the year the user typed, when there is one.
            let prefix = text.prefix(4)
            let year = prefix.count == 4 && prefix.allSatisfy(\.isASCIIDigit) && prefix != "0000"
                ? String(prefix) : "2023"
            return .notAPeriod(text, year: year)
        case .notADate(let option, let text, let reason):
            return .optionNotADate(option, text, reason ?? .writeISODate)
        case .fromAfterTo(let from, let to):
            return .fromAfterTo("\(from)", "\(to)")
        case .noMeetings(let period, let outside):
            return .noMeetingInPeriod("\(period)", "\(period.first)", "\(period.last)", .recordsOutsidePeriod(outside))
        }
    }
}
