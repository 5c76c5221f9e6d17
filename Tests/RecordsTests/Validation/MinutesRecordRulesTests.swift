import Foundation
import Testing
@testable import Records

/// Issue 12 on records: minutes' signers checked as a report's are (point 2), an absence
/// without a reason confirmed (point 3), and the typed kind of meeting and form of address
/// (point 1), each message exact and at its field's line and column.
@Suite struct MinutesRecordRulesTests {
    /// Point 2: Party minutes with a state prefix and a title before the name.
    @Test func partySignersUseThePartyPrefixesAndNoTitles() {
        #expect(seedProblems([49: "  chair: { authority: TM. ĐẢNG ỦY, title: PHÓ BÍ THƯ, name: ThS. Đàm Văn Chính }"]) == [
            "49:23: error: signers.chair.authority: Party prefixes are T/M, K/T, T/L with a slash and no period: write T/M ĐẢNG ỦY (HD 36)",
            "49:61: error: signers.chair.name: no academic or honorific title before a signer's name: remove ThS. and write Đàm Văn Chính (Decree 30, Appendix I, §II.7)",
        ])
        #expect(seedProblems([49: "  chair: { authority: TM ĐẢNG ỦY, title: PHÓ BÍ THƯ, name: Đàm Văn Chính }"]) == [
            "49:23: error: signers.chair.authority: Party prefixes are T/M, K/T, T/L with a slash and no period: write T/M ĐẢNG ỦY (HD 36)",
        ])
        #expect(seedProblems([49: "  chair: { authority: K/T ĐẢNG ỦY, title: PHÓ BÍ THƯ, name: Đàm Văn Chính }"]) == [
            "49:23: error: signers.chair.authority: a deputy secretary signs for the committee as T/M …, not K/T (HD 36)",
        ])
    }

    /// Point 2: state minutes, and the chair's own name (which signs without `signers`).
    @Test func stateSignersUseTheStatePrefixesAndNoTitles() {
        #expect(seedProblems([2: "regime: state", 14: "chair: { name: TS. Hoàng Minh Tuấn, role: Giám đốc Sở }",
                              49: "  chair: { authority: T/M ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: Đàm Văn Chính }"]) == [
            "14:16: error: chair.name: no academic or honorific title before a signer's name: remove TS. and write Hoàng Minh Tuấn (Decree 30, Appendix I, §II.7)",
            "49:23: error: signers.chair.authority: state prefixes are TM., KT., Q., TL., TUQ. with a period and no slash: write TM. ỦY BAN NHÂN DÂN (Decree 30)",
        ])
        #expect(seedProblems([2: "regime: state", 49: "  chair: { authority: KT. GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Đàm Văn Chính }"]) == [])
    }

    /// Point 2: titles written out or abbreviated are found; plain names, including a
    /// family name such as Ông, are not.
    @Test func titlesBeforeNames() {
        #expect(SignatureRules.titleBefore("PGS.TS. Nguyễn Văn A")! == ("PGS.TS.", "Nguyễn Văn A"))
        #expect(SignatureRules.titleBefore("Tiến sĩ Nguyễn Văn A")! == ("Tiến sĩ", "Nguyễn Văn A"))
        #expect(SignatureRules.titleBefore("KS Nguyễn Văn A")! == ("KS", "Nguyễn Văn A"))
        #expect(SignatureRules.titleBefore("Đồng chí Nguyễn Văn A")! == ("Đồng chí", "Nguyễn Văn A"))
        for name in ["Nguyễn Văn A", "Ông Văn Tùng", "Giáp Văn Sơn", "Tô Thị Kim"] {
            #expect(SignatureRules.titleBefore(name) == nil, "\(name)")
        }
    }

    /// Point 2: a signer the settings give is checked where the settings write it.
    @Test func aSignerFromTheSettingsIsCheckedThere() throws {
        let folder = TempFolder()
        folder.write("bantin.yaml", "signers:\n  chair: { authority: TM. ĐẢNG ỦY, title: PHÓ BÍ THƯ }\n")
        let record = folder.write("hop.yaml", SettingsTests.record([48: "#", 49: "#"]))
        let problems = SettingsTests.problems(SettingsTests.load(record, in: folder))
        #expect(problems.count == 1 && problems[0].hasSuffix(
            "bantin.yaml:2:23: error: signers.chair.authority: Party prefixes are T/M, K/T, T/L with a slash and no period: write T/M ĐẢNG ỦY (HD 36)"),
                "\(problems)")
    }

    /// Point 3: an absentee without a reason is a warning at the absentee; `reason: không
    /// có lý do` confirms the absence and prints it without a reason.
    @Test func anAbsenceWithoutAReasonIsConfirmed() throws {
        let warning = "warning: attendance.absent[1]: no reason is given for the absence of Vi Thị Hoa; to confirm an absence without a reason write - { name: Vi Thị Hoa, reason: không có lý do }, otherwise write the reason"
        #expect(seedProblems([23: "    - { name: Vi Thị Hoa }"]) == ["23:7: " + warning])
        #expect(seedProblems([23: "    - Vi Thị Hoa"]) == ["23:7: " + warning])
        #expect(seedProblems([:]) == [])
        let meeting = try #require(SeedRecord.withRecord { _, path in loadedMeeting(path) }).0
        #expect(meeting.attendance.absent.map(\.isExcused) == [true, false])
    }

    /// Point 1: `meeting_type` is a typed choice; without it the record's title and
    /// organisation say it.
    @Test func theKindOfMeetingIsTyped() throws {
        #expect(seedProblems([9: "title: Họp Ban Chấp hành\nmeeting_type: Seminar"]) == [
            "10:15: error: meeting_type: expected conference, meeting, cell-meeting or workshop, found \"Seminar\"",
        ])
        let meeting = try #require(SeedRecord.withRecord(SeedRecord.yaml(replacing: [9: "title: Họp Ban Chấp hành\nmeeting_type: Workshop"])) { _, path in loadedMeeting(path) }).0
        #expect(meeting.meetingType == .workshop)
        let inferred: [(String, String?, Regime, MeetingType)] = [
            ("Hội nghị sơ kết", "Đảng ủy Sở", .party, .conference), ("Cuộc họp giao ban", "Sở Y tế", .state, .meeting),
            ("Họp giao ban", "Sở Y tế", .state, .meeting), ("Hội thảo khoa học", "Sở Y tế", .state, .workshop),
            ("Sinh hoạt Chi bộ thường kỳ tháng 3", "Chi bộ Văn phòng", .party, .cellMeeting),
            ("Thường kỳ tháng 3", "Chi bộ Văn phòng", .party, .cellMeeting), ("Giao ban tháng 9", "Sở Y tế", .state, .meeting),
            ("Sơ kết 6 tháng", "Đảng ủy Sở", .party, .conference),
        ]
        for (title, organization, regime, expected) in inferred {
            #expect(MeetingType.inferred(title: title, organization: organization, regime: regime) == expected, "\(title)")
        }
        #expect(seedProblems([14: "chair: { name: Đàm Văn Chính, salutation: anh }"]) == [
            "14:43: error: chair.salutation: expected ông or bà, found \"anh\"",
        ])
    }
}
