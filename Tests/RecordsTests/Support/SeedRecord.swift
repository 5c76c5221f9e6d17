@testable import Records

/// The seed meeting (docs/formatting-rules.md §7) as a record, line by line, so tests can
/// replace one line and know where every field is.
enum SeedRecord {
    static let lines: [String] = [
        "kind: meeting",                                                        // 1
        "regime: party",                                                        // 2
        "organization:",                                                        // 3
        "  name: Đảng ủy Sở Lao động - Thương binh và Xã hội",                  // 4
        "  parent: Đảng bộ Khối các cơ quan tỉnh",                              // 5
        "  code: ĐU",                                                           // 6
        "  place: Lạng Sơn",                                                    // 7
        "number: 12",                                                           // 8
        "title: Hội nghị sơ kết công tác Đảng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2023", // 9
        "date: 2023-07-03",                                                     // 10
        "start: \"14:00\"",                                                     // 11
        "end: 16:30",                                                           // 12 (unquoted: YAML 1.1 sexagesimal)
        "venue: Hội trường Sở Lao động - Thương binh và Xã hội",                // 13
        "chair: { name: Đàm Văn Chính, role: \"Phó Bí thư Đảng ủy, Phó Giám đốc Sở\" }", // 14
        "secretary: { name: Lê Thanh Hà, role: Chánh Văn phòng Đảng ủy }",      // 15
        "guests:",                                                              // 16
        "  - { name: Nguyễn Đức Thắng, role: Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh }", // 17
        "attendance:",                                                          // 18
        "  members: 45",                                                        // 19
        "  present: 43",                                                        // 20
        "  absent:",                                                            // 21
        "    - { name: Hoàng Văn Nam, reason: đi công tác }",                   // 22
        "    - { name: Vi Thị Hoa, reason: không có lý do }",                   // 23
        "agenda:",                                                              // 24
        "  - Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023",                // 25
        "  - Phương hướng, nhiệm vụ 6 tháng cuối năm 2023",                     // 26
        "proceedings:",                                                         // 27
        "  - Trong 6 tháng đầu năm 2023, Đảng bộ Sở đã triển khai công tác Đảng theo đúng hướng dẫn, chỉ đạo của Đảng ủy cấp trên.", // 28
        "  - \"Các chi bộ thực hiện tốt kế hoạch sinh hoạt chuyên đề năm 2023 về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.\"", // 29
        "speeches:",                                                            // 30
        "  - { speaker: Nguyễn Đức Thắng, text: \"Ghi nhận những kết quả đạt được trong công tác tổ chức xây dựng Đảng.\" }", // 31
        "conclusion:",                                                          // 32
        "  - Sáu tháng cuối năm cần nghiêm túc triển khai thực hiện đồng bộ, quyết liệt các nghị quyết, chỉ thị.", // 33
        "votes:",                                                               // 34
        "  - { motion: Thông qua báo cáo sơ kết, for: 43, against: 0, other: 0 }", // 35
        "photos:",                                                              // 36
        "  - { file: photos/toan-canh.jpg, caption: Toàn cảnh Hội nghị }",      // 37
        "article:",                                                             // 38
        "  section: Hoạt động của các tổ chức Đảng cơ sở",                      // 39
        "  headline: Đảng bộ Sở Lao động - Thương binh và Xã hội sơ kết công tác đảng 6 tháng đầu năm", // 40
        "  published: 2023-07-11T14:51",                                        // 41
        "  author: Lê Thanh Hà",                                                // 42
        "  unit: Đảng bộ Sở Lao động, Thương binh & Xã hội",                    // 43
        "  lead: Chiều ngày 03/7/2023, Đảng bộ Sở Lao động - Thương binh và Xã hội (LĐTBXH) đã tổ chức Hội nghị sơ kết.", // 44
        "  body:",                                                              // 45
        "    - Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Đức Thắng ghi nhận những kết quả đạt được.", // 46
        "recipients: [ \"Đảng ủy Khối các cơ quan tỉnh (b/c)\", \"Các chi bộ trực thuộc\", \"Lưu Văn phòng Đảng ủy\" ]", // 47
        "signers:",                                                             // 48
        "  chair: { authority: T/M ĐẢNG ỦY, title: PHÓ BÍ THƯ, name: Đàm Văn Chính }", // 49
        "  # an unknown field here would be an error (see SchemaTests)",        // 50
    ]

    static var yaml: String { lines.joined(separator: "\n") + "\n" }

    /// The seed with 1-based line `number` replaced by `text` (several lines allowed).
    static func yaml(replacing changes: [Int: String]) -> String {
        var copy = lines
        for (number, text) in changes { copy[number - 1] = text }
        return copy.joined(separator: "\n") + "\n"
    }

    /// The same record as JSON, written by hand (JSON is read through the same YAML composer).
    static let json = """
    {
      "kind": "meeting", "regime": "party",
      "organization": {"name": "Đảng ủy Sở Lao động - Thương binh và Xã hội", "parent": "Đảng bộ Khối các cơ quan tỉnh", "code": "ĐU", "place": "Lạng Sơn"},
      "number": 12,
      "title": "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2023",
      "date": "2023-07-03", "start": "14:00", "end": "16:30",
      "venue": "Hội trường Sở Lao động - Thương binh và Xã hội",
      "chair": {"name": "Đàm Văn Chính", "role": "Phó Bí thư Đảng ủy, Phó Giám đốc Sở"},
      "secretary": {"name": "Lê Thanh Hà", "role": "Chánh Văn phòng Đảng ủy"},
      "guests": [{"name": "Nguyễn Đức Thắng", "role": "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh"}],
      "attendance": {"members": 45, "present": 43, "absent": [{"name": "Hoàng Văn Nam", "reason": "đi công tác"}, {"name": "Vi Thị Hoa", "reason": "không có lý do"}]},
      "agenda": ["Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023", "Phương hướng, nhiệm vụ 6 tháng cuối năm 2023"],
      "proceedings": [
    \t"Trong 6 tháng đầu năm 2023, Đảng bộ Sở đã triển khai công tác Đảng theo đúng hướng dẫn, chỉ đạo của Đảng ủy cấp trên.",
    \t"Các chi bộ thực hiện tốt kế hoạch sinh hoạt chuyên đề năm 2023 về \\u201CHọc tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\\u201D."
      ],
      "speeches": [{"speaker": "Nguyễn Đức Thắng", "text": "Ghi nhận những kết quả đạt được trong công tác tổ chức xây dựng Đảng."}],
      "conclusion": ["Sáu tháng cuối năm cần nghiêm túc triển khai thực hiện đồng bộ, quyết liệt các nghị quyết, chỉ thị."],
      "votes": [{"motion": "Thông qua báo cáo sơ kết", "for": 43, "against": 0, "other": 0}],
      "photos": [{"file": "photos/toan-canh.jpg", "caption": "Toàn cảnh Hội nghị"}],
      "article": {
        "section": "Hoạt động của các tổ chức Đảng cơ sở",
        "headline": "Đảng bộ Sở Lao động - Thương binh và Xã hội sơ kết công tác đảng 6 tháng đầu năm",
        "published": "2023-07-11T14:51", "author": "Lê Thanh Hà", "unit": "Đảng bộ Sở Lao động, Thương binh & Xã hội",
        "lead": "Chiều ngày 03/7/2023, Đảng bộ Sở Lao động - Thương binh và Xã hội (LĐTBXH) đã tổ chức Hội nghị sơ kết.",
        "body": ["Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Đức Thắng ghi nhận những kết quả đạt được."]
      },
      "recipients": ["Đảng ủy Khối các cơ quan tỉnh (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
      "signers": {"chair": {"authority": "T/M ĐẢNG ỦY", "title": "PHÓ BÍ THƯ", "name": "Đàm Văn Chính"}}
    }
    """

    /// Runs `body` with a temporary folder holding the seed's photo and `text` written as
    /// `record.yaml`; the folder lives until `body` returns.
    static func withRecord<T>(_ text: String = yaml, _ body: (TempFolder, String) throws -> T) rethrows -> T {
        let folder = TempFolder()
        folder.writeJPEG("photos/toan-canh.jpg")
        let path = folder.write("record.yaml", text)
        return try withExtendedLifetime(folder) { try body(folder, path) }
    }

    /// The Meeting the seed must decode to, built by hand.
    static func expected(photoFolder: String) -> Meeting {
        Meeting(
            kind: .meeting, regime: .party,
            organization: Organization(name: "Đảng ủy Sở Lao động - Thương binh và Xã hội",
                                       parent: "Đảng bộ Khối các cơ quan tỉnh", code: "ĐU", place: "Lạng Sơn"),
            number: 12,
            title: "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2023",
            date: CivilDate(year: 2023, month: 7, day: 3)!, start: ClockTime(hour: 14, minute: 0),
            end: ClockTime(hour: 16, minute: 30), venue: "Hội trường Sở Lao động - Thương binh và Xã hội",
            chair: Person(name: "Đàm Văn Chính", role: "Phó Bí thư Đảng ủy, Phó Giám đốc Sở"),
            secretary: Person(name: "Lê Thanh Hà", role: "Chánh Văn phòng Đảng ủy"),
            guests: [Person(name: "Nguyễn Đức Thắng", role: "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh")],
            attendance: Attendance(members: 45, present: 43, absent: [
                Absentee(name: "Hoàng Văn Nam", reason: "đi công tác"), Absentee(name: "Vi Thị Hoa", reason: "không có lý do"),
            ]),
            agenda: ["Báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023", "Phương hướng, nhiệm vụ 6 tháng cuối năm 2023"],
            proceedings: [
                "Trong 6 tháng đầu năm 2023, Đảng bộ Sở đã triển khai công tác Đảng theo đúng hướng dẫn, chỉ đạo của Đảng ủy cấp trên.",
                "Các chi bộ thực hiện tốt kế hoạch sinh hoạt chuyên đề năm 2023 về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
            ],
            speeches: [Speech(speaker: "Nguyễn Đức Thắng", text: "Ghi nhận những kết quả đạt được trong công tác tổ chức xây dựng Đảng.")],
            conclusion: ["Sáu tháng cuối năm cần nghiêm túc triển khai thực hiện đồng bộ, quyết liệt các nghị quyết, chỉ thị."],
            votes: [Vote(motion: "Thông qua báo cáo sơ kết", for: 43, against: 0, other: 0, base: 45)],
            photos: [Photo(file: "photos/toan-canh.jpg", resolvedPath: photoFolder + "/photos/toan-canh.jpg", caption: "Toàn cảnh Hội nghị",
                           format: "jpeg", pixelWidth: 1200, pixelHeight: 800, contentID: SHA256.hex(TestImages.seedJPEG),
                           dataBytes: TestImages.seedJPEG.count)],
            article: Article(
                section: "Hoạt động của các tổ chức Đảng cơ sở",
                headline: "Đảng bộ Sở Lao động - Thương binh và Xã hội sơ kết công tác đảng 6 tháng đầu năm",
                published: "2023-07-11T14:51", author: "Lê Thanh Hà", unit: "Đảng bộ Sở Lao động, Thương binh & Xã hội",
                lead: "Chiều ngày 03/7/2023, Đảng bộ Sở Lao động - Thương binh và Xã hội (LĐTBXH) đã tổ chức Hội nghị sơ kết.",
                body: ["Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Đức Thắng ghi nhận những kết quả đạt được."]),
            recipients: ["Đảng ủy Khối các cơ quan tỉnh (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
            signers: Signers(chair: Signer(authority: "T/M ĐẢNG ỦY", title: "PHÓ BÍ THƯ", name: "Đàm Văn Chính")))
    }
}

/// The meeting of a successful load, or nil (the caller's #require reports the diagnostics).
func loadedMeeting(_ path: String, convertLegacy: Bool = false, allowedFolders: [String] = []) -> (Meeting, [Diagnostic])? {
    if case .success(let meeting, let warnings) = RecordLoader(convertLegacy: convertLegacy, allowedFolders: allowedFolders).load(file: path) {
        return (meeting, warnings)
    }
    return nil
}

/// The diagnostics of a failed load as `description` lines (empty when it succeeded).
func failureLines(_ path: String) -> [String] {
    if case .failure(let diagnostics) = RecordLoader().load(file: path) { return diagnostics.map { $0.description(in: .en) } }
    return []
}
