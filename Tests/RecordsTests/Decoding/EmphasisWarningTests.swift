import Testing
@testable import Records

/// An emphasis opened and never closed prints its stars and is warned about where it stands
/// (issue 10, point 5).
@Suite struct EmphasisWarningTests {
    @Test func anUnclosedEmphasisIsAWarningAtItsPosition() {
        #expect(seedProblems([28: "  - Trong 6 tháng *đầu năm 2023, Đảng bộ Sở đã triển khai."]) == [
            "28:19: warning: proceedings[0]: * opens italic text that is never closed, so it prints as written; close it with * after the words, or write \\* for a star",
        ])
        #expect(seedProblems([13: "venue: \"**Hội trường lớn\""]) == [
            "13:9: warning: venue: ** opens bold text that is never closed, so it prints as written; close it with ** after the words, or write \\* for a star",
        ])
    }

    @Test func starsThatCannotOpenAreNotWarnedAbout() {
        #expect(seedProblems([28: "  - Đạt 95% (*), 2*3*4 = 24, \\*ghi chú, a * b và *nghiêng*."]) == [])
    }
}
