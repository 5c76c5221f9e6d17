import Foundation
import Testing
@testable import Records

/// Reading report records: the tree of headings, placeholders and the signer (issue 5,
/// "What must hold" item 4).
@Suite struct ReportLoaderTests {
    @Test func theRecordReadsAsATreeOfNumberedParts() throws {
        guard case .success(let report, let warnings) = ReportRecord.load().result else {
            Issue.record("the report did not load: \(ReportRecord.problems())"); return
        }
        #expect(warnings.isEmpty)
        #expect(report.regime == .party && report.draft && report.round == 2)
        #expect(report.period?.description == "2023-H1")
        #expect(report.parts.map(\.level) == [.part, .part])
        #expect(report.parts[0].parts.map(\.heading) == ["Công tác tổ chức"])
        #expect(report.parts[0].parts[0].parts.map(\.level) == [.point])
        #expect(report.parts[0].parts[0].content.count == 2)
        #expect(report.signer.name == "Đàm Văn Chính" && report.signer.signature == nil)
    }

    @Test func anUnknownPlaceholderIsNamedAtItsField() {
        #expect(ReportRecord.problems([17: "          - Đã tổ chức {meeting.count} hội nghị."]) == [
            "17:13: error: parts[0].parts[0].body[0]: unknown placeholder {meeting.count}; did you mean {meetings.count}? (the README lists every name)",
        ])
        #expect(ReportRecord.problems([7: "summary: báo cáo {tong.so}"]) == [
            "7:10: error: summary: unknown placeholder {tong.so} (the README lists every name)",
        ])
        #expect(ReportRecord.problems([7: "summary: báo cáo {period"]) == [
            "7:10: error: summary: a '{' without its '}' (write {{ for a brace)",
        ])
    }

    @Test func bracesAreWrittenDoubled() throws {
        #expect(try ReportPlaceholders.parse("a {{b}} {meetings.count}").get() == [.text("a {b} "), .placeholder("meetings.count")])
    }

    @Test func aHeadingLevelThatSkipsIsAnError() {
        // `a)` directly under `I-`.
        #expect(ReportRecord.problems([15: "      - point: Công tác tổ chức"]) == [
            "15:9: error: parts[0].parts[0].point: heading level skips: a point (a)) cannot stand directly under a part (I-); put it under a section (1.)",
        ])
        // A report that starts with a point.
        #expect(ReportRecord.problems([13: "  - point: Kết quả thực hiện nhiệm vụ"]).first ==
            "13:5: error: parts[0].point: heading level skips: the report's parts start with part: (I-) or section: (1.), not point: (a))")
        // Siblings on two levels.
        #expect(ReportRecord.problems([22: "  - section: Phương hướng, nhiệm vụ"]) == [
            "22:5: error: parts[1].section: a section beside a part: parts at one level share it",
        ])
    }

    @Test func aMisspeltPartFieldIsReportedNotDropped() {
        #expect(ReportRecord.problems([16: "        bodi:"]).first == "16:9: error: parts[0].parts[0].bodi: unknown field; did you mean body?")
    }

    @Test func aFinalReportNeedsItsSignerName() {
        #expect(ReportRecord.problems([10: "draft: false", 11: nil, 28: nil]) == [
            "25:3: error: signer.name: missing required field",
        ])
        // A draft may leave the name to be filled in.
        #expect(ReportRecord.problems([28: nil]) == [])
    }

    @Test func theSignatureImageMustBeAPNG() {
        let folder = TempFolder()
        folder.writeJPEG("chu-ky.jpg")
        folder.write("chu-ky.png", bytes: TestImages.png(width: 600, height: 240, colour: 6))
        folder.write("phang.png", bytes: TestImages.png(width: 600, height: 240, colour: 2))
        let final: [Int: String?] = [10: "draft: false", 11: nil]
        var lines = final
        lines[28] = "  name: Đàm Văn Chính\n  signature: chu-ky.jpg"
        // (Line 11, the round, is gone: the signature stands on line 28.)
        #expect(ReportRecord.problems(lines, folder: folder) == [
            "28:14: error: signer.signature: chu-ky.jpg is a JPEG; a signature image must be a PNG with a transparent background (Decree 30, §II.7.d)",
        ])
        lines[28] = "  name: Đàm Văn Chính\n  signature: chu-ky.png"
        #expect(ReportRecord.problems(lines, folder: folder) == [])
        lines[28] = "  name: Đàm Văn Chính\n  signature: phang.png"
        #expect(ReportRecord.problems(lines, folder: folder) == [
            "28:14: warning: signer.signature: phang.png has no transparency; its white background will cover what lies under it",
        ])
        lines[28] = "  name: Đàm Văn Chính\n  signature: khong-co.png"
        #expect(ReportRecord.problems(lines, folder: folder) == ["28:14: error: signer.signature: khong-co.png does not exist"])
        // A draft carries no signature image: it is left out, with a warning.
        #expect(ReportRecord.problems([28: "  name: Đàm Văn Chính\n  signature: chu-ky.png"], folder: folder) == [
            "29:14: warning: signer.signature: a draft carries no signature image; chu-ky.png is left out",
        ])
    }

    @Test func signerPrefixesFollowTheRegime() {
        #expect(ReportRecord.problems([26: "  authority: TM. ĐẢNG ỦY"]) == [
            "26:14: error: signer.authority: Party prefixes are T/M, K/T, T/L with a slash and no period: write T/M ĐẢNG ỦY (HD 36)",
        ])
        #expect(ReportRecord.problems([26: "  authority: K/T ĐẢNG ỦY"]) == [
            "26:14: error: signer.authority: a deputy secretary signs for the committee as T/M …, not K/T (HD 36)",
        ])
        #expect(ReportRecord.problems([2: "regime: state", 26: "  authority: T/M ỦY BAN NHÂN DÂN", 27: "  title: CHỦ TỊCH"]) == [
            "26:14: error: signer.authority: state prefixes are TM., KT., Q., TL., TUQ. with a period and no slash: write TM. ỦY BAN NHÂN DÂN (Decree 30)",
        ])
        #expect(ReportRecord.problems([28: "  name: TS. Đàm Văn Chính"]) == [
            "28:9: error: signer.name: no academic or honorific title before a signer's name: remove TS. and write Đàm Văn Chính (Decree 30, Appendix I, §II.7)",
        ])
    }

    @Test func aMeetingRecordIsNotAReport() {
        #expect(ReportRecord.problems([1: "kind: meeting"]) == [
            "1:7: error: kind: this record is a meeting; a report is made from a record with kind: report",
        ])
    }

    @Test func theKindIsReadWithoutLoading() {
        let folder = TempFolder()
        #expect(RecordLoader.kind(ofFile: folder.write("r.yaml", ReportRecord.text())) == .report)
        #expect(RecordLoader.kind(ofFile: folder.write("m.yaml", "kind: meeting\ntitle: báo cáo report\n")) == .meeting)
        #expect(RecordLoader.kind(ofFile: folder.write("j.json", "{\"kind\": \"report\"}")) == .report)
    }
}
