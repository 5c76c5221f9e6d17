/// A short valid Party record whose lines the bad-record tests change one at a time, so every
/// expected `file:line:column` can be read off the numbered lines below.
enum SmallRecord {
    static let lines: [String] = [
        "kind: meeting",                                                              // 1
        "regime: party",                                                              // 2
        "organization:",                                                              // 3
        "  name: Chi bộ Văn phòng Sở",                                                // 4
        "  parent: Đảng bộ Sở Lao động - Thương binh và Xã hội",                      // 5
        "  code: CB",                                                                 // 6
        "  place: Lạng Sơn",                                                          // 7
        "number: 3",                                                                  // 8
        "title: Sinh hoạt chi bộ thường kỳ tháng 3 năm 2023",                         // 9
        "date: 2023-03-06",                                                           // 10
        "start: \"08:00\"",                                                           // 11
        "end: \"10:00\"",                                                             // 12
        "venue: Phòng họp Văn phòng Sở",                                              // 13
        "chair: { name: Lê Văn Minh, role: Bí thư Chi bộ }",                          // 14
        "secretary: { name: Trần Thị Hương, role: Phó Bí thư Chi bộ }",               // 15
        "attendance:",                                                                // 16
        "  members: 12",                                                              // 17
        "  present: 11",                                                              // 18
        "  absent:",                                                                  // 19
        "    - { name: Nông Văn Tú, reason: ốm }",                                    // 20
        "proceedings:",                                                               // 21
        "  - Chi bộ đánh giá kết quả thực hiện nhiệm vụ tháng 2 năm 2023.",          // 22
        "conclusion:",                                                                // 23
        "  - Chi bộ thống nhất triển khai nhiệm vụ tháng 3 năm 2023.",               // 24
        "votes:",                                                                     // 25
        "  - { motion: Thông qua nghị quyết tháng 3, for: 11, against: 0, other: 0 }", // 26
        "signers:",                                                                   // 27
        "  chair: { title: BÍ THƯ, name: Lê Văn Minh }",                              // 28
        "  secretary: { title: THƯ KÝ, name: Trần Thị Hương }",                       // 29
    ]

    /// The valid record.
    static var text: String { lines.joined(separator: "\n") + "\n" }

    /// The record with line `number` (1-based) replaced by `replacement`, or removed when it is nil.
    static func with(line number: Int, _ replacement: String?) -> String {
        precondition(number >= 1 && number <= lines.count, "line \(number) is not in the small record")
        var changed = lines
        if let replacement { changed[number - 1] = replacement } else { changed.remove(at: number - 1) }
        return changed.joined(separator: "\n") + "\n"
    }
}
