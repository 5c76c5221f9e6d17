@testable import Records

/// A small report record, line by line, so tests can replace one line and know where every
/// field is.
enum ReportRecord {
    static let lines: [String] = [
        "kind: report",                                                         // 1
        "regime: party",                                                        // 2
        "organization:",                                                        // 3
        "  name: Đảng ủy Sở Lao động - Thương binh và Xã hội",                  // 4
        "  code: ĐU",                                                           // 5
        "  place: Lạng Sơn",                                                    // 6
        "summary: sơ kết công tác đảng {period}",                               // 7
        "date: 2023-06-30",                                                     // 8
        "period: 2023-H1",                                                      // 9
        "draft: true",                                                          // 10
        "round: 2",                                                             // 11
        "parts:",                                                               // 12
        "  - part: Kết quả thực hiện nhiệm vụ",                                 // 13
        "    parts:",                                                           // 14
        "      - section: Công tác tổ chức",                                    // 15
        "        body:",                                                        // 16
        "          - Đã tổ chức {meetings.count} hội nghị, tỷ lệ dự {attendance.rate}.", // 17
        "          - table: meetings",                                          // 18
        "        parts:",                                                       // 19
        "          - point: Sinh hoạt chi bộ",                                  // 20
        "            body: [ Duy trì nền nếp. ]",                               // 21
        "  - part: Phương hướng, nhiệm vụ",                                     // 22
        "    body:",                                                            // 23
        "      - \"- Biểu quyết {votes.count} nội dung, thông qua {votes.passed}.\"", // 24
        "signer:",                                                              // 25
        "  authority: T/M ĐẢNG ỦY",                                             // 26
        "  title: PHÓ BÍ THƯ",                                                  // 27
        "  name: Đàm Văn Chính",                                                // 28
        "recipients: [ \"Đảng ủy Khối các cơ quan tỉnh (b/c)\" ]",              // 29
    ]

    /// The record with `replacements` (line number → new line, or nil to delete it).
    static func text(_ replacements: [Int: String?] = [:]) -> String {
        lines.enumerated().compactMap { index, line in
            if let replacement = replacements[index + 1] { return replacement }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// Loads the record (with replacements) from a temporary file named `report.yaml`.
    static func load(_ replacements: [Int: String?] = [:], folder: TempFolder = TempFolder()) -> (result: ReportLoadResult, folder: TempFolder) {
        let file = folder.write("report.yaml", text(replacements))
        return (ReportLoader().load(file: file), folder)
    }

    /// `line:column: error: field: message` of every problem, without the file name.
    static func problems(_ replacements: [Int: String?] = [:], folder: TempFolder = TempFolder()) -> [String] {
        let (result, _) = load(replacements, folder: folder)
        let diagnostics: [Diagnostic]
        switch result {
        case .success(_, let warnings): diagnostics = warnings
        case .failure(let all): diagnostics = all
        }
        return diagnostics.map { d in
            "\(d.location.line):\(d.location.column): \(d.severity == .error ? "error" : "warning"): \(d.field): \(d.message.en)"
        }
    }
}
