import Foundation
import Testing

/// docs/design.md "Rules of trust" and issue 2 item 5: a bad record gets one precise
/// `file:line:column: error: field: message` line and exit status 1, and renders nothing,
/// while the valid record of the same run still renders.
@Suite struct BadRecordTests {
    /// One way to spoil the small record, and the diagnostic it must get (after `file:`).
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var line: Int
        var replacement: String?
        var diagnostic: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "YAML syntax error", line: 9, replacement: "title: [Sinh hoạt chi bộ tháng 3",
             diagnostic: "10:5: error: (syntax): YAML cannot read this list [ … ] (did not find expected ',' or ']' (while parsing a flow sequence at line 9, column 8)); close it with ] and put texts with commas, colons or brackets in quotes"),
        Case(name: "missing date", line: 10, replacement: nil,
             diagnostic: "1:1: error: date: missing required field"),
        Case(name: "present greater than members", line: 18, replacement: "  present: 13",
             diagnostic: "18:12: error: attendance.present: 13 present is more than the 12 members"),
        Case(name: "date that does not exist", line: 10, replacement: "date: 2023-02-30",
             diagnostic: "10:7: error: date: 2023-02-30 is not a date (February 2023 has 28 days)"),
        Case(name: "absentee names do not match members - present", line: 17, replacement: "  members: 13",
             diagnostic: "20:5: error: attendance.absent: 1 name listed but members - present = 2 absent"),
        Case(name: "character no bundled font has", line: 22,
             replacement: "  - Chi bộ đánh giá kết quả thực hiện nhiệm vụ 中 tháng 2 năm 2023.",
             diagnostic: "22:48: error: proceedings[0]: the character '中' (U+4E2D) is not in the font Liberation Serif Bold, Liberation Serif Bold Italic, Liberation Serif Italic, Liberation Serif Regular; replace it or add a font that has it"),
        Case(name: "vote counts exceed the present count", line: 26,
             replacement: "  - { motion: Thông qua nghị quyết tháng 3, for: 11, against: 1, other: 1 }",
             diagnostic: "26:5: error: votes[0]: for + against + other = 13 is more than the 11 present"),
        Case(name: "unknown regime", line: 2, replacement: "regime: province",
             diagnostic: "2:9: error: regime: expected party or state, found \"province\""),
        Case(name: "a report is not made into minutes", line: 1, replacement: "kind: report",
             diagnostic: "1:7: error: kind: this record is a report; minutes are made from meeting records"),
    ]

    @Test func theSmallRecordIsValid() throws {
        let scratch = Scratch()
        let record = try scratch.write("records/small.yaml", SmallRecord.text)
        let run = try Bantin.run(["minutes", record, "-o", scratch.file("out")])
        #expect(run.status == 0, "\(run)")
        #expect(run.error.isEmpty, "\(run)")
        #expect(scratch.files(under: "out") == ["small.pdf"])
    }

    @Test(arguments: cases)
    func aBadRecordIsReportedAndNotRendered(_ bad: Case) throws {
        let scratch = Scratch()
        let good = try scratch.write("records/good.yaml", SmallRecord.text)
        let spoiled = try scratch.write("records/bad.yaml", SmallRecord.with(line: bad.line, bad.replacement))
        let run = try Bantin.run(["minutes", good, spoiled, "-o", scratch.file("out")])

        #expect(run.status == 1, "\(run)")
        #expect(scratch.files(under: "out") == ["good.pdf"], "only the valid record renders")
        // Exactly the one precise line about the bad record, nothing about the good one.
        #expect(run.errorLines.filter { $0.contains(spoiled) } == ["\(spoiled):\(bad.diagnostic)"], "\(run)")
        #expect(!run.error.contains(good), "\(run)")
    }

    @Test func aMissingCharacterIsReportedWhereItIsInALongParagraph() throws {
        // Paragraphs are usually folded over several lines (`>-`): the message must point at
        // the character's own line and column, not at the start of the paragraph.
        let characterLine = "    tháng 2 năm 2023 中 và đề ra nhiệm vụ tháng 3."
        let column = characterLine.unicodeScalars.distance(
            from: characterLine.unicodeScalars.startIndex, to: characterLine.unicodeScalars.firstIndex(of: "中")!) + 1
        let scratch = Scratch()
        let spoiled = try scratch.write("bad.yaml", SmallRecord.with(line: 22, """
              - >-
                Chi bộ đánh giá kết quả thực hiện nhiệm vụ
            \(characterLine)
            """))
        let run = try Bantin.run(["minutes", spoiled, "-o", scratch.file("out")])
        #expect(run.status == 1)
        #expect(run.errorLines == [
            "\(spoiled):24:\(column): error: proceedings[0]: the character '中' (U+4E2D) is not in the font Liberation Serif Bold, Liberation Serif Bold Italic, Liberation Serif Italic, Liberation Serif Regular; replace it or add a font that has it",
        ], "\(run)")
        #expect(scratch.files(under: "out").isEmpty)
    }

    @Test func everyProblemOfARecordIsReportedInOneRun() throws {
        let scratch = Scratch()
        var text = SmallRecord.with(line: 10, "date: 2023-02-30")
        text = text.replacingOccurrences(of: "  present: 11", with: "  present: 13")
        let spoiled = try scratch.write("bad.yaml", text)
        let run = try Bantin.run(["minutes", spoiled, "-o", scratch.file("out")])
        #expect(run.status == 1)
        #expect(run.errorLines == [
            "\(spoiled):10:7: error: date: 2023-02-30 is not a date (February 2023 has 28 days)",
            "\(spoiled):18:12: error: attendance.present: 13 present is more than the 12 members",
        ], "\(run)")
        #expect(scratch.files(under: "out").isEmpty)
    }
}
