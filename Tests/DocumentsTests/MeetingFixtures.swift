import Documents
import Records
import TestSupport
import Typesetting

/// Meetings built in code, so document tests do not depend on the record loader.
enum MeetingFixtures {
    static let seedReport = "Trong 6 tháng đầu năm 2023, Đảng bộ Sở LĐTBXH đã triển khai công tác Đảng theo đúng hướng dẫn, chỉ đạo của Đảng ủy cấp trên. Công tác giáo dục chính trị tư tưởng được chú trọng quan tâm, Đảng uỷ Sở đã lãnh đạo, chỉ đạo các chi bộ trực thuộc nghiên cứu, học tập, quán triệt và tuyên truyền Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khoá XIII; Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW và chuyên đề học tập của năm."

    /// The seed meeting (docs/formatting-rules.md §7) as Party minutes; `paragraphs` repeats the
    /// proceedings to make the minutes as long as a test needs.
    static func party(paragraphs: Int = 1, speeches: Int = 1) -> Meeting {
        Meeting(
            regime: .party,
            organization: Organization(name: "Đảng ủy Sở Lao động - Thương binh và Xã hội",
                                       parent: "Đảng bộ Khối các cơ quan tỉnh", code: "ĐU", place: "Lạng Sơn"),
            number: 12,
            title: "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2023",
            date: CivilDate(year: 2023, month: 7, day: 3)!, start: ClockTime("14:00"), end: ClockTime("16:30"),
            venue: "Hội trường Sở Lao động - Thương binh và Xã hội",
            chair: Person(name: "Đàm Văn Chính", role: "Phó Bí thư Đảng ủy, Phó Giám đốc Sở"),
            secretary: Person(name: "Lê Thanh Hà", role: "Chánh Văn phòng Đảng ủy"),
            guests: [Person(name: "Nguyễn Đức Thắng", role: "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh")],
            attendance: Attendance(members: 45, present: 43, absent: [Absentee(name: "Hoàng Văn Nam", reason: "đi công tác"),
                                                                      Absentee(name: "Vi Thị Hoa")]),
            agenda: ["Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023"],
            proceedings: Array(repeating: seedReport, count: paragraphs),
            speeches: Array(repeating: Speech(speaker: "Nguyễn Đức Thắng", text: "Ghi nhận những kết quả đạt được trong công tác tổ chức xây dựng Đảng của Đảng bộ Sở LĐTBXH trong 6 tháng đầu năm 2023."), count: speeches),
            conclusion: ["Sáu tháng cuối năm cần nghiêm túc triển khai thực hiện đồng bộ, quyết liệt hiệu quả các nghị quyết, chỉ thị."],
            votes: [Vote(motion: "Thông qua báo cáo sơ kết", for: 43, against: 0, other: 0, base: 45)],
            recipients: ["Đảng ủy Khối các cơ quan tỉnh (b/c)", "Các chi bộ trực thuộc"],
            signers: Signers(chair: Signer(authority: "T/M ĐẢNG ỦY", title: "PHÓ BÍ THƯ", name: "Đàm Văn Chính")))
    }

    /// A state-format (Decree 30, Mẫu 1.9) meeting of the Sở itself.
    static func state(paragraphs: Int = 1) -> Meeting {
        Meeting(
            regime: .state,
            organization: Organization(name: "Sở Lao động - Thương binh và Xã hội", parent: "Ủy ban nhân dân tỉnh Lạng Sơn",
                                       code: "SLĐTBXH", place: "Lạng Sơn"),
            number: 5,
            title: "Cuộc họp giao ban công tác tháng 9 năm 2023",
            date: CivilDate(year: 2023, month: 9, day: 15)!, start: ClockTime("8:00"), end: ClockTime("11:05"),
            venue: "Phòng họp số 1, Sở Lao động - Thương binh và Xã hội",
            chair: Person(name: "Đàm Văn Chính", role: "Phó Giám đốc Sở"),
            secretary: Person(name: "Lê Thanh Hà", role: "chuyên viên Văn phòng Sở"),
            attendance: Attendance(members: 12, present: 11, absent: [Absentee(name: "Hoàng Văn Nam", reason: "nghỉ phép")]),
            proceedings: Array(repeating: seedReport, count: paragraphs),
            votes: [Vote(motion: "Thông qua kế hoạch tháng 10", for: 10, against: 1, other: 0, base: 12)],
            recipients: ["Ủy ban nhân dân tỉnh (b/c)", "Các phòng thuộc Sở"],
            signers: Signers(chair: Signer(title: "CHỦ TỌA", name: "Đàm Văn Chính")))
    }

    static func layout(_ regime: String) -> Layout {
        try! Layout.load(path: Fixtures.path("Layouts/\(regime)-minutes.yaml"))
    }

    /// The laid-out pages of `meeting` in its regime's bundled layout.
    static func pages(_ meeting: Meeting) -> (document: BuiltDocument, probe: DocumentProbe) {
        let builder = try! MinutesBuilder(layout: layout(meeting.regime.rawValue), fonts: Fixtures.fonts, words: Fixtures.words)
        let document = try! builder.build(meeting)
        return (document, DocumentProbe(pages: Typesetter(setup: document.setup).layout(document.blocks)))
    }
}
