import Foundation
import Testing
@testable import Records

/// Issue 12, point 4: which meetings a report counts, and "- Như trên;" after Kính gửi.
@Suite struct ReportScopeTests {
    static func meeting(_ name: String, parent: String?, day: Int = 10) -> Meeting {
        Meeting(regime: .state, organization: Organization(name: name, parent: parent, code: "X", place: "Lạng Sơn"),
                title: "Họp \(name)", date: CivilDate(year: 2023, month: 9, day: day)!, venue: "Hội trường",
                chair: Person(name: "Đàm Văn Chính"), secretary: Person(name: "Lê Thanh Hà"),
                attendance: Attendance(members: 10, present: 10, absent: []))
    }

    static let so = Organization(name: "Sở Lao động - Thương binh và Xã hội", parent: "Ủy ban nhân dân tỉnh Lạng Sơn",
                                 code: "SLĐTBXH", place: "Lạng Sơn")

    /// A Sở's report counts the Sở's own meetings and its units' (directly, through another
    /// unit, or listed under `units:`), never the Party meetings among the records.
    @Test func theSoCountsItsOwnMeetingsAndItsUnits() {
        let meetings = [
            Self.meeting("Sở Lao động - Thương binh và Xã hội", parent: "Ủy ban nhân dân tỉnh Lạng Sơn", day: 1),
            Self.meeting("Chi bộ Văn phòng Sở", parent: "Đảng bộ Sở Lao động - Thương binh và Xã hội", day: 2),
            Self.meeting("Đảng ủy Sở Lao động - Thương binh và Xã hội", parent: "Đảng bộ Khối các cơ quan tỉnh", day: 3),
            Self.meeting("Tổ Kế toán", parent: "Văn phòng Sở", day: 4),                       // under a unit under the Sở
            Self.meeting("Văn phòng Sở", parent: "Sở Lao động - Thương binh và Xã hội", day: 5),
            Self.meeting("Trung tâm Dịch vụ việc làm", parent: nil, day: 6),                 // listed under units:
            Self.meeting("sở lao động -  thương binh và xã hội", parent: nil, day: 7),       // the Sở, written loosely
        ]
        let scope = ReportScope(meetings: meetings, organization: Self.so, units: ["Trung tâm Dịch vụ việc làm"])
        #expect(scope.counted.map(\.date.day) == [1, 4, 5, 6, 7])
        #expect(scope.leftOut.map(\.meeting.date.day) == [2, 3])
        #expect(scope.leftOut[0].message.text(in: .en) == "the meeting of 02/9/2023 of Chi bộ Văn phòng Sở (its parent: Đảng bộ Sở Lao động - Thương binh và Xã hội) is left out of the report's figures: it is neither Sở Lao động - Thương binh và Xã hội nor a unit under it; if it is one, list Chi bộ Văn phòng Sở under the report's units:")
        #expect(scope.leftOut[0].message.text(in: .vi).hasPrefix("cuộc họp ngày 02/9/2023 của Chi bộ Văn phòng Sở (cấp trên: Đảng bộ Sở Lao động - Thương binh và Xã hội) không được tính"))
    }

    /// A Party committee's report counts the chi bộ under the Party organisation it leads
    /// ("Đảng ủy Sở …" leads "Đảng bộ Sở …"), and "uỷ" and "ủy" are one spelling.
    @Test func aPartyCommitteeCountsItsCells() {
        let committee = Organization(name: "Đảng uỷ Sở Lao động - Thương binh và Xã hội", parent: nil, code: "ĐU", place: "Lạng Sơn")
        let meetings = [
            Self.meeting("Chi bộ Văn phòng Sở", parent: "Đảng bộ Sở Lao động - Thương binh và Xã hội", day: 1),
            Self.meeting("Đảng ủy Sở Lao động - Thương binh và Xã hội", parent: "Đảng bộ Khối các cơ quan tỉnh", day: 2),
            Self.meeting("Sở Lao động - Thương binh và Xã hội", parent: "Ủy ban nhân dân tỉnh Lạng Sơn", day: 3),
        ]
        let scope = ReportScope(meetings: meetings, organization: committee, units: [])
        #expect(scope.counted.map(\.date.day) == [1, 2])
        #expect(scope.leftOut.map(\.meeting.date.day) == [3])
    }

    /// Property: every meeting is either counted or left out, once, in the given order; a
    /// meeting whose parent is counted is counted.
    @Test(arguments: 0..<40) func everyMeetingIsCountedOrLeftOut(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let names = ["Sở A", "Phòng B", "Tổ C", "Chi bộ D", "Đảng bộ E", "Ban F"]
        let meetings = (0..<Int(generator.next() % 12)).map { day in
            Self.meeting(names[Int(generator.next() % 6)], parent: generator.next() % 4 == 0 ? nil : names[Int(generator.next() % 6)], day: day + 1)
        }
        let scope = ReportScope(meetings: meetings, organization: Organization(name: "Sở A", code: "A", place: "Lạng Sơn"), units: [])
        #expect(scope.counted.count + scope.leftOut.count == meetings.count)
        // The organisations under Sở A, found the slow way: whatever hangs, through any
        // number of records, under the Sở.
        var under: Set<String> = ["Sở A"]
        for _ in meetings {
            for meeting in meetings where meeting.organization.parent.map(under.contains) == true { under.insert(meeting.organization.name) }
        }
        #expect(scope.counted.map(\.date.day) == meetings.filter { under.contains($0.organization.name) }.map(\.date.day))
        #expect(scope.leftOut.map(\.meeting.date.day) == meetings.filter { !under.contains($0.organization.name) }.map(\.date.day))
        #expect(scope.counted.map(\.date.day) == scope.counted.map(\.date.day).sorted())
    }

    /// "- Như trên;" starts Nơi nhận when the report has Kính gửi: added with a warning at
    /// `recipients` when the record lacks it, left alone when the record writes it first.
    @Test func asAboveStartsTheRecipientsAfterKinhGui() throws {
        let to: [Int: String?] = [9: "period: 2023-H1\nto: Đảng ủy Khối các cơ quan tỉnh"]
        #expect(ReportRecord.problems(to) == [
            "30:13: warning: recipients: the report has Kính gửi (to:), so Nơi nhận starts with \"- Như trên;\", which was added at the top; write \"Như trên\" as the first line of recipients",
        ])
        guard case .success(let report, _) = ReportRecord.load(to).result else { Issue.record("does not load"); return }
        #expect(report.recipients == ["Như trên", "Đảng ủy Khối các cơ quan tỉnh (b/c)"])
        var written = to
        written[29] = "recipients: [ \"- Như trên;\", \"Đảng ủy Khối các cơ quan tỉnh (b/c)\" ]"
        #expect(ReportRecord.problems(written) == [])
        // Without Kính gửi the list is the record's.
        guard case .success(let plain, _) = ReportRecord.load().result else { Issue.record("does not load"); return }
        #expect(plain.recipients == ["Đảng ủy Khối các cơ quan tỉnh (b/c)"])
        #expect(AsAddressed.isAsAbove("- NHƯ TRÊN;") && AsAddressed.isAsAbove(" Như trên. ") && !AsAddressed.isAsAbove("Như trên đã nêu"))
    }

    /// `units:` is a key of the report record (unknown-key checks still work around it).
    @Test func unitsIsAReportKey() throws {
        let units: [Int: String?] = [9: "period: 2023-H1\nunits: [ Chi bộ Văn phòng Sở ]"]
        #expect(ReportRecord.problems(units) == [])
        guard case .success(let report, _) = ReportRecord.load(units).result else { Issue.record("does not load"); return }
        #expect(report.units == ["Chi bộ Văn phòng Sở"])
        #expect(ReportRecord.problems([9: "period: 2023-H1\nunit: [ Chi bộ Văn phòng Sở ]"]).first?.contains("units") == true)
    }
}

/// A small deterministic generator for property tests (SplitMix64).
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
