import Foundation
import Testing
@testable import Records
import TestSupport

/// Issue 12, point 3 (wording): a speech whose text names its speaker again at its start gets a
/// warning that says what to drop; the examples do not trigger it.
@Suite struct SpeechRulesTests {
    @Test func aSpeechThatNamesItsSpeakerAgainIsAWarning() {
        let line = "  - { speaker: Nguyễn Đức Thắng, text: \"Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Đức Thắng, Phó Bí thư Thường trực ghi nhận những kết quả đạt được.\" }"
        #expect(seedProblems([31: line]) == [
            "31:40: warning: speeches[0].text: the speech's text names Nguyễn Đức Thắng again at its start, while the minutes already name the speaker before it (\"… Nguyễn Đức Thắng, …, phát biểu: …\"); drop \"Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Đức Thắng\" from the start of text and begin with what was said",
        ])
        // The name later in the text, or another name at the start, is not a repetition.
        let later = "  - { speaker: Nguyễn Đức Thắng, text: \"Ghi nhận những kết quả đạt được trong công tác tổ chức xây dựng Đảng của Đảng bộ Sở, như đồng chí Nguyễn Đức Thắng đã nêu.\" }"
        #expect(seedProblems([31: later]) == [])
        #expect(seedProblems([31: "  - { speaker: Nguyễn Đức Thắng, text: \"Thống nhất với ý kiến của đồng chí Đàm Văn Chính.\" }"]) == [])
    }

    @Test func theRepeatedOpeningIsFoundWithoutCaseOrPunctuation() {
        #expect(SpeechRules.repeatedName("Nguyễn Đức Thắng", in: "ĐỒNG CHÍ NGUYỄN ĐỨC THẮNG: nhất trí.") == "ĐỒNG CHÍ NGUYỄN ĐỨC THẮNG")
        #expect(SpeechRules.repeatedName("Lê Hà", in: "Nhất trí với dự thảo.") == nil)
        // Past the first twelve words it is no longer the text's start.
        let long = (1...13).map { "từ\($0)" }.joined(separator: " ") + " Lê Hà"
        #expect(SpeechRules.repeatedName("Lê Hà", in: long) == nil)
    }

    /// Every example meeting loads without the warning.
    @Test func theExamplesDoNotRepeatTheirSpeakers() throws {
        let files = try RecordFiles.collect([Fixtures.path("Examples")]).filter { RecordLoader.kind(ofFile: $0) != .report }
        #expect(files.count >= 7)
        for file in files {
            guard case .success(_, let warnings) = RecordLoader().load(file: file) else { Issue.record("\(file) does not load"); continue }
            #expect(!warnings.contains { $0.field.hasPrefix("speeches[") }, "\(file)")
        }
    }
}
