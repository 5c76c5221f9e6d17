import Testing
@testable import Records

/// The figures of a report are computed from the records, never typed (issue 5, item 2):
/// each equals what this test computes on its own, and changing one record changes it.
@Suite struct ReportFiguresTests {
    static func meeting(_ day: Int, month: Int, organization: String = "Đảng ủy Sở", members: Int, present: Int,
                        excused: Int = 0, votes: [Vote] = [], speeches: Int = 0, guests: Int = 0) -> Meeting {
        let absent = (0..<(members - present)).map { Absentee(name: "Người vắng \($0)", reason: $0 < excused ? "ốm" : nil) }
        return Meeting(regime: .party, organization: Organization(name: organization, code: "ĐU", place: "Lạng Sơn"),
                       title: "Hội nghị ngày \(day)/\(month)", date: CivilDate(year: 2023, month: month, day: day)!,
                       venue: "Hội trường", chair: Person(name: "Đàm Văn Chính"), secretary: Person(name: "Lê Thanh Hà"),
                       guests: (0..<guests).map { Person(name: "Khách \($0)") },
                       attendance: Attendance(members: members, present: present, absent: absent),
                       speeches: (0..<speeches).map { Speech(speaker: "Người \($0)", text: "Ý kiến.") }, votes: votes)
    }

    static let meetings = [
        meeting(16, month: 1, members: 9, present: 8, excused: 1, votes: [Vote(motion: "A", for: 8, base: 9), Vote(motion: "B", for: 4, against: 4, base: 9)], speeches: 2),
        meeting(14, month: 3, organization: "Chi bộ Văn phòng", members: 12, present: 11, speeches: 1, guests: 1),
        meeting(12, month: 4, members: 9, present: 7, excused: 2, votes: [Vote(motion: "C", for: 7, base: 9)]),
    ]
    static let period = try! Period.parse("2023-H1")

    /// What a clerk would work out by hand from the same records.
    static func byHand(_ meetings: [Meeting]) -> [String: String] {
        var members = 0, present = 0, excused = 0, unexcused = 0, votes = 0, passed = 0, speeches = 0, guests = 0
        for m in meetings {
            members += m.attendance.members; present += m.attendance.present
            for a in m.attendance.absent { if a.reason == nil { unexcused += 1 } else { excused += 1 } }
            for v in m.votes { votes += 1; if 2 * v.for > v.base { passed += 1 } }
            speeches += m.speeches.count; guests += m.guests.count
        }
        func percent(_ p: Int, _ w: Int) -> String {
            let hundredths = (p * 10_000 * 2 + w) / (2 * w)
            return "\(hundredths / 100),\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)%"
        }
        let rates = meetings.map { Double($0.attendance.present) / Double($0.attendance.members) }
        let lowest = meetings[rates.firstIndex(of: rates.min()!)!].attendance
        let highest = meetings[rates.firstIndex(of: rates.max()!)!].attendance
        return ["meetings.count": "\(meetings.count)", "attendance.members": "\(members)", "attendance.present": "\(present)",
                "attendance.absent": "\(members - present)", "attendance.excused": "\(excused)",
                "attendance.unexcused": "\(unexcused)", "attendance.rate": percent(present, members),
                "attendance.lowest": percent(lowest.present, lowest.members),
                "attendance.highest": percent(highest.present, highest.members),
                "votes.count": "\(votes)", "votes.passed": "\(passed)", "votes.rejected": "\(votes - passed)",
                "speeches.count": "\(speeches)", "guests.count": "\(guests)",
                "organizations.count": "\(Set(meetings.map(\.organization.name)).count)"]
    }

    @Test func everyFigureEqualsTheHandCount() throws {
        let figures = ReportFigures(meetings: Self.meetings, period: Self.period)
        for (name, expected) in Self.byHand(Self.meetings) {
            #expect(try figures.value(name).get() == expected, "{\(name)}")
        }
        #expect(try figures.value("attendance.rate").get() == "86,67%")   // 26 of 30
        #expect(try figures.value("votes.passed").get() == "2")           // 4 of 9 is not more than half
        #expect(try figures.value("period").get() == "6 tháng đầu năm 2023")
        #expect(try figures.value("meetings.first").get() == "16/01/2023")
        #expect(try figures.value("meetings.last").get() == "12/4/2023")
        #expect(figures.rows.map(\.present) == [8, 11, 7])
    }

    @Test func changingOneRecordChangesTheFigures() throws {
        var changed = Self.meetings
        changed[1].attendance = Attendance(members: 12, present: 12, absent: [])
        let before = ReportFigures(meetings: Self.meetings, period: Self.period)
        let after = ReportFigures(meetings: changed, period: Self.period)
        for name in ["attendance.present", "attendance.rate", "attendance.absent", "attendance.highest", "attendance.unexcused"] {
            #expect(try before.value(name).get() != (try after.value(name).get()), "{\(name)} did not change")
            #expect(try after.value(name).get() == Self.byHand(changed)[name], "{\(name)}")
        }
    }

    /// Why `figures` has no value for `name`, in English; nil when it has one.
    static func missing(_ figures: ReportFigures, _ name: String) -> String? {
        if case .failure(let missing) = figures.value(name) { return missing.message.en }
        return nil
    }

    @Test func aFigureWithNoRecordsBehindItHasNoValue() throws {
        let none = ReportFigures(meetings: [], period: Self.period)
        #expect(Self.missing(none, "meetings.count") == "no meeting record in 2023-H1 was given")
        #expect(Self.missing(none, "attendance.rate") == "no meeting record in 2023-H1 was given")
        #expect(try none.value("period").get() == "6 tháng đầu năm 2023")
        let noVotes = ReportFigures(meetings: [Self.meetings[1]], period: Self.period)
        #expect(Self.missing(noVotes, "votes.passed") == "no meeting record in 2023-H1 has a vote")
        #expect(try noVotes.value("meetings.count").get() == "1")
    }

    @Test func theResolverReplacesEveryPlaceholderOrNamesTheMissingOne() throws {
        guard case .success(let report, _) = ReportRecord.load().result else { Issue.record("did not load"); return }
        let figures = ReportFigures(meetings: Self.meetings, period: Self.period)
        let resolved = try #require(ReportResolver.resolve(report, figures: figures).report)
        #expect(resolved.summary == "sơ kết công tác đảng 6 tháng đầu năm 2023")
        #expect(resolved.parts[0].parts[0].content.first == .paragraph("Đã tổ chức 3 hội nghị, tỷ lệ dự 86,67%.", path: "parts[0].parts[0].body[0]"))
        #expect(!resolved.fillableTexts.contains { $0.text.contains("{") })

        let noVotes = ReportResolver.resolve(report, figures: ReportFigures(meetings: [Self.meetings[1]], period: Self.period))
        #expect(noVotes.report == nil)
        #expect(noVotes.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.field): \($0.message.en)" } == [
            "24:9: parts[1].body[0]: {votes.count} has no records behind it: no meeting record in 2023-H1 has a vote",
            "24:9: parts[1].body[0]: {votes.passed} has no records behind it: no meeting record in 2023-H1 has a vote",
        ])
        let nothing = ReportResolver.resolve(report, figures: ReportFigures(meetings: [], period: Self.period))
        #expect(nothing.diagnostics.contains { $0.field == "parts[0].parts[0].body[1].table" && $0.message.en.hasPrefix("the table of meetings has no records behind it") })
    }
}
