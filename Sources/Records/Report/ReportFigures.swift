/// The figures of a period, computed from its meeting records: the values a report's
/// placeholders stand for, and the rows of its table of meetings. A figure with nothing
/// behind it (no meeting, or no meeting with a vote) has no value, only the reason why:
/// a report never prints a zero it cannot stand behind.
public struct ReportFigures: Sendable {
    /// One row of the table of meetings.
    public struct MeetingRow: Sendable, Hashable {
        public var date: CivilDate
        public var title: String
        public var organization: String
        public var present: Int
        public var members: Int
    }

    public let period: Period?
    /// The period's meetings by date (records of one day keep their given order).
    public let rows: [MeetingRow]
    private let values: [String: Result<String, Missing>]

    /// Why a figure has no value.
    public struct Missing: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: Localized
        public var description: String { message.text() }
    }

    /// Figures of `meetings`, which the caller has already limited to `period`.
    public init(meetings: [Meeting], period: Period?) {
        self.period = period
        let sorted = meetings.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        rows = sorted.map {
            MeetingRow(date: $0.date, title: $0.title, organization: $0.organization.name,
                       present: $0.attendance.present, members: $0.attendance.members)
        }
        var v: [String: Result<String, Missing>] = [:]
        let inPeriod = period.map { Localized.inPeriod("\($0)") } ?? .verbatim("")
        func missing(_ why: Localized) -> Result<String, Missing> { .failure(Missing(message: why)) }
        func number(_ n: Int) -> Result<String, Missing> { .success(VietnameseNumber.grouped(n)) }

        if let period {
            v["period"] = .success(period.vietnameseName)
            v["period.from"] = .success(VietnameseDate.short(period.first))
            v["period.to"] = .success(VietnameseDate.short(period.last))
        } else {
            for name in ["period", "period.from", "period.to"] {
                v[name] = missing(.noPeriodGiven)
            }
        }

        let noMeetings = missing(.noMeetingRecord(inPeriod))
        if sorted.isEmpty {
            for name in ReportPlaceholders.names where !name.hasPrefix("period") { v[name] = noMeetings }
        } else {
            v["meetings.count"] = number(sorted.count)
            v["meetings.first"] = .success(VietnameseDate.short(sorted.first!.date))
            v["meetings.last"] = .success(VietnameseDate.short(sorted.last!.date))
            v["organizations.count"] = number(Set(sorted.map(\.organization.name)).count)
            let attendance = sorted.map(\.attendance)
            let members = attendance.reduce(0) { $0 + $1.members }
            let present = attendance.reduce(0) { $0 + $1.present }
            v["attendance.members"] = number(members)
            v["attendance.present"] = number(present)
            v["attendance.absent"] = number(members - present)
            v["attendance.excused"] = number(attendance.reduce(0) { $0 + $1.absent.filter(\.isExcused).count })
            v["attendance.unexcused"] = number(attendance.reduce(0) { $0 + $1.absent.filter { !$0.isExcused }.count })
            v["attendance.rate"] = .success(VietnameseNumber.percent(present, of: members))
            // Rates compared exactly, as fractions: a·d < c·b.
            let lowest = attendance.min { $0.present * $1.members < $1.present * $0.members }!
            let highest = attendance.max { $0.present * $1.members < $1.present * $0.members }!
            v["attendance.lowest"] = .success(VietnameseNumber.percent(lowest.present, of: lowest.members))
            v["attendance.highest"] = .success(VietnameseNumber.percent(highest.present, of: highest.members))

            let votes = sorted.flatMap(\.votes)
            if votes.isEmpty {
                let none = missing(.noMeetingWithVote(inPeriod))
                for name in ["votes.count", "votes.passed", "votes.rejected"] { v[name] = none }
            } else {
                let passed = votes.filter(\.carried).count
                v["votes.count"] = number(votes.count)
                v["votes.passed"] = number(passed)
                v["votes.rejected"] = number(votes.count - passed)
            }
            let speeches = sorted.reduce(0) { $0 + $1.speeches.count }
            v["speeches.count"] = speeches > 0 ? number(speeches) : missing(.noMeetingWithSpeech(inPeriod))
            let guests = sorted.reduce(0) { $0 + $1.guests.count }
            v["guests.count"] = guests > 0 ? number(guests) : missing(.noMeetingWithGuests(inPeriod))
        }
        values = v
    }

    /// The value of a placeholder, or why there is none.
    public func value(_ name: String) -> Result<String, Missing> {
        values[name] ?? .failure(Missing(message: .unknownPlaceholderName))
    }
}

extension Vote {
    /// Carried: more than half of the vote's base voted for (the Party Statute's "quá nửa").
    public var carried: Bool { self.for * 2 > base }
}
