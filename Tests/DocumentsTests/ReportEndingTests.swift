import Foundation
@testable import Documents
import Records
import Testing
import TestSupport
import Typesetting

/// Issue 12, point 4 on laid-out pages: a state report's body ends with "./." after its last
/// word (the layout's `body-end`); a Party report's keeps its own full stop.
@Suite(.englishMessages) struct ReportEndingTests {
    /// The body lines in reading order: 14 pt regular text above the signature block.
    static func bodyLines(_ probe: DocumentProbe) -> [String] {
        let signature = probe.allLines.firstIndex { $0.line.text == "Nơi nhận:" } ?? probe.allLines.count
        return probe.allLines.prefix(signature).filter { $0.line.fonts == ["LiberationSerif 14"] }.map(\.line.text)
    }

    @Test func aStateReportEndsWithTheMark() throws {
        let probe = ReportFixtures.pages(ReportFixtures.report(.state, draft: false)).probe
        let lines = Self.bodyLines(probe)
        let last = try #require(lines.last)
        #expect(last.hasSuffix("./."), "\(last)")
        #expect(!last.hasSuffix("../."), "the paragraph's own full stop was kept: \(last)")
        #expect(probe.allLines.filter { $0.line.text.contains("./.") }.count == 1)
    }

    @Test func aPartyReportKeepsItsFullStop() throws {
        let probe = ReportFixtures.pages(ReportFixtures.report(.party, draft: false)).probe
        let last = try #require(Self.bodyLines(probe).last)
        #expect(last.hasSuffix(".") && !last.contains("./."), "\(last)")
    }

    /// A body that ends in a table gets the mark on its own line under it; one that ends in
    /// a paragraph without a full stop gets it after the last word.
    @Test func theMarkFollowsWhateverEndsTheBody() throws {
        var report = ReportFixtures.report(.state, draft: false)
        report.parts = [ReportPart(level: .part, heading: "Số liệu", content: [.meetingsTable(path: "t")])]
        let probe = ReportFixtures.pages(report).probe
        let mark = try #require(probe.line("./."))
        let total = try #require(probe.lines(startingWith: "Cộng").last)
        #expect((mark.page, mark.line.y) > (total.page, total.line.y), "the mark is not under the table")

        report.parts = [ReportPart(level: .part, heading: "Kiến nghị", content: [.paragraph("Đề nghị Ủy ban nhân dân tỉnh xem xét", path: "p")])]
        #expect(ReportFixtures.pages(report).probe.line("Đề nghị Ủy ban nhân dân tỉnh xem xét./.") != nil)
    }

    /// Property: whatever a paragraph ends with, the mark ends it once, the paragraph's own
    /// final full stop becomes the mark's, and every other character stays.
    @Test(arguments: ["năm 2023.", "năm 2023", "năm 2023./.", "như sau:", "v.v...", "kết quả “tốt”.", "năm 2023.  "])
    func theMarkEndsAnyText(_ ending: String) {
        let text = BodyEnd.ended("Tổng kết " + ending, "./.")
        #expect(text.hasSuffix("./."))
        #expect(text.components(separatedBy: "./.").count == 2, "\(text)")
        var kept = ("Tổng kết " + ending).trimmingCharacters(in: .whitespaces)
        if kept.hasSuffix("./.") { kept.removeLast(3) } else if kept.hasSuffix("."), !kept.hasSuffix("...") { kept.removeLast() }
        #expect(text == kept + "./.")
    }
}
