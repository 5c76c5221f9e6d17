import Documents
import Records
import Testing
import TestSupport

/// Issue 12, points 1 and 3: minutes worded as the forms print them and as a clerk signs
/// them, read from the laid-out pages (docs/formatting-rules.md §1.11, §3.3, §3.5).
@Suite(.englishMessages) struct MinutesFormTests {
    /// Point 1: state minutes print no instruction of Mẫu 1.9, name the record's kind of
    /// meeting in the content label and the closing sentence (ending "./."), and sign as
    /// THƯ KÝ and CHỦ TỌA with the chair's position under the label.
    @Test func stateMinutesAsMau19() throws {
        var meeting = MeetingFixtures.state()
        meeting.signers = Signers(chair: Signer(title: "GIÁM ĐỐC", name: "Đàm Văn Chính"),
                                  secretary: Signer(title: "THƯ KÝ", name: "Lê Thanh Hà"))
        let probe = MeetingFixtures.pages(meeting).probe
        let text = probe.foldedText
        #expect(meeting.meetingType == .meeting)   // "Cuộc họp giao ban …"
        #expect(!text.contains("theo diễn biến") && !text.contains("cuộc họp/") && !text.contains("hội nghị/"), "\(text)")
        #expect(probe.line("Nội dung cuộc họp:") != nil)
        #expect(text.contains("Cuộc họp kết thúc vào 11 giờ 05 phút, ngày 15 tháng 9 năm 2023./."))
        let chair = try #require(probe.line("CHỦ TỌA")), position = try #require(probe.line("GIÁM ĐỐC"))
        let secretary = try #require(probe.line("THƯ KÝ"))
        #expect(abs(chair.line.y - secretary.line.y) < 0.01 && position.line.y > chair.line.y)
        #expect(abs((chair.line.minX + chair.line.maxX) - (position.line.minX + position.line.maxX)) < 1)
        #expect(probe.allLines.filter { $0.line.text == "THƯ KÝ" }.count == 1, "a title equal to the label is not repeated")

        meeting.meetingType = .conference
        let conference = MeetingFixtures.pages(meeting).probe
        #expect(conference.line("Nội dung hội nghị:") != nil)
        #expect(conference.foldedText.contains("Hội nghị kết thúc vào 11 giờ 05 phút, ngày 15 tháng 9 năm 2023./."))
    }

    /// Point 1, Party minutes: the section words and the closing follow the kind of meeting.
    @Test func partyMinutesNameTheirKindOfMeeting() {
        var meeting = MeetingFixtures.party()
        #expect(meeting.meetingType == .conference)
        meeting.meetingType = .cellMeeting
        let probe = MeetingFixtures.pages(meeting).probe
        #expect(probe.line("1. Thành phần buổi sinh hoạt chi bộ") != nil)
        #expect(probe.line("2. Diễn biến buổi sinh hoạt chi bộ") != nil)
        #expect(probe.foldedText.contains("Buổi sinh hoạt chi bộ kết thúc vào lúc 16 giờ 30 phút cùng ngày."))
        #expect(!probe.foldedText.contains("Hội nghị kết thúc") && !probe.foldedText.contains("Diễn biến hội nghị"))
        meeting.meetingType = .meeting
        #expect(MeetingFixtures.pages(meeting).probe.foldedText.contains("Cuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày."))
    }

    /// Point 3: attendance as §3.3 writes it, without brackets inside the brackets; several
    /// people with reasons separated by semicolons.
    @Test func attendanceAsTheFormsWriteIt() {
        var meeting = MeetingFixtures.party()
        meeting.attendance.absent[1].reason = Absentee.noReason
        let text = MeetingFixtures.pages(meeting).probe.foldedText
        #expect(text.contains("1.1. Đảng viên: tổng số 45 đồng chí; có mặt 43 đồng chí; vắng mặt 2 đồng chí (có lý do: 01 đồng chí Hoàng Văn Nam, đi công tác; không có lý do: 01 đồng chí Vi Thị Hoa)."), "\(text)")
        #expect(!text.contains("))") && !text.contains("có lý do 1"))

        meeting.attendance = Attendance(members: 45, present: 42, absent: [
            Absentee(name: "Hoàng Văn Nam", reason: "đi công tác"), Absentee(name: "Lý Thị Bình", reason: "nghỉ ốm"),
            Absentee(name: "Vi Thị Hoa")])
        #expect(MeetingFixtures.pages(meeting).probe.foldedText.contains("vắng mặt 3 đồng chí (có lý do: 02 đồng chí Hoàng Văn Nam, đi công tác; Lý Thị Bình, nghỉ ốm; không có lý do: 01 đồng chí Vi Thị Hoa)."))

        var state = MeetingFixtures.state()
        state.attendance.absent[0].salutation = .mister
        #expect(MeetingFixtures.pages(state).probe.foldedText.contains("vắng mặt 1 người (có lý do: ông Hoàng Văn Nam, nghỉ phép)."))
    }

    /// Point 3: a speech introduced once, with the position from the record's people; state
    /// minutes say ông/bà only when the record does.
    @Test func speechesIntroducedOnceWithThePosition() {
        let party = MeetingFixtures.pages(MeetingFixtures.party()).probe.foldedText
        #expect(party.contains("Đồng chí Nguyễn Đức Thắng, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh, phát biểu: Ghi nhận những kết quả"), "\(party)")

        var state = MeetingFixtures.state()
        state.speeches = [Speech(speaker: "Đàm Văn Chính", text: "Đề nghị các phòng hoàn thành báo cáo 9 tháng.")]
        #expect(MeetingFixtures.pages(state).probe.foldedText.contains("Đàm Văn Chính, Phó Giám đốc Sở, phát biểu: Đề nghị các phòng"))
        state.chair.salutation = .mister
        let addressed = MeetingFixtures.pages(state).probe.foldedText
        #expect(addressed.contains("Ông Đàm Văn Chính, Phó Giám đốc Sở, phát biểu: Đề nghị các phòng"))
        #expect(addressed.contains("Chủ trì (chủ toạ): ông Đàm Văn Chính, Phó Giám đốc Sở."))
        state.speeches = [Speech(speaker: "Phạm Quang Huy", text: "Báo cáo tiến độ.", role: "Chánh Văn phòng Sở", salutation: .mister)]
        #expect(MeetingFixtures.pages(state).probe.foldedText.contains("Ông Phạm Quang Huy, Chánh Văn phòng Sở, phát biểu: Báo cáo tiến độ."))
        state.speeches = [Speech(speaker: "Phạm Quang Huy", text: "Báo cáo tiến độ.")]
        #expect(MeetingFixtures.pages(state).probe.foldedText.contains(". Phạm Quang Huy phát biểu: Báo cáo tiến độ."))
    }

    /// Point 3: several agenda items are a list under the lead, each as written; one item
    /// stays on the lead's line.
    @Test func agendaItemsAsAList() throws {
        var meeting = MeetingFixtures.party()
        #expect(MeetingFixtures.pages(meeting).probe.line("- Nội dung: Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023.") != nil)
        meeting.agenda = ["Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023", "Thảo luận, góp ý vào dự thảo báo cáo;",
                          "Biểu quyết thông qua báo cáo."]
        let probe = MeetingFixtures.pages(meeting).probe
        let lead = try #require(probe.line("- Nội dung:"))
        let items = ["+ Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023;", "+ Thảo luận, góp ý vào dự thảo báo cáo;",
                     "+ Biểu quyết thông qua báo cáo."].map { probe.line($0) }
        #expect(items.allSatisfy { $0 != nil }, "\(probe.allLines.map(\.line.text))")
        #expect(items.compactMap { $0?.line.y }.allSatisfy { $0 > lead.line.y })
        #expect(!probe.foldedText.contains("2023; Thảo luận"))

        var state = MeetingFixtures.state()
        state.agenda = meeting.agenda
        let stateProbe = MeetingFixtures.pages(state).probe
        #expect(stateProbe.line("Chương trình:") != nil && stateProbe.line("- Biểu quyết thông qua báo cáo.") != nil)
    }
}
