import Foundation
import Testing
import TestSupport

/// Issue 2 item 8: no line of the example PDFs breaks inside a word, a document code or a
/// date. Read with `pdftotext -layout`, which keeps the lines as they are on the page.
@Suite struct LineBreakTests {
    static let layoutFiles = ["Layouts/party-minutes.yaml", "Layouts/state-minutes.yaml"]

    static func checks(_ record: String, _ pdf: String) throws -> LineBreakChecks {
        let scratch = try ExamplesTests.renderExamples()
        let meeting = try RecordText.meeting(Fixtures.path(record))
        // The place is printed too, in the Party date line.
        let fields = RecordText.shownFields(of: meeting).map(\.text) + [meeting.organization.place]
        let layouts = try layoutFiles.map { try String(contentsOfFile: Fixtures.path($0), encoding: .utf8) }
        let layout = try PDF.layoutText(scratch.file("out/" + pdf)).precomposedStringWithCanonicalMapping
        return LineBreakChecks(fields: fields, layouts: layouts, layout: layout)
    }

    @Test(arguments: ExamplesTests.examples)
    func documentCodesAndDatesAreNeverBroken(record: String, pdf: String) throws {
        let result = try Self.checks(record, pdf).brokenCodesAndDates()
        #expect(result.problems == [], "\(pdf)")
        #expect(result.checked >= 3, "\(record): too few codes and dates to check")
    }

    @Test(arguments: ExamplesTests.examples)
    func noLineEndsWithAHyphenTheRecordDoesNotSpace(record: String, pdf: String) throws {
        let result = try Self.checks(record, pdf).hyphensAtLineEnds()
        #expect(result.problems == [], "\(pdf)")
        #expect(result.checked > 0, "\(pdf) has no line ending in a hyphen: nothing was checked")
    }

    @Test(arguments: ExamplesTests.examples)
    func everyLineStartsAndEndsWithAWholeWord(record: String, pdf: String) throws {
        let result = try Self.checks(record, pdf).brokenWords()
        #expect(result.problems == [], "\(pdf)")
        #expect(result.checked > 50)
    }

    @Test(arguments: ExamplesTests.examples)
    func noLineStartsWithTheSpacedHyphenOfTheText(record: String, pdf: String) throws {
        let result = try Self.checks(record, pdf).hyphensAtLineStarts()
        #expect(result.problems == [], "\(pdf)")
        #expect(result.checked > 0)
    }

    /// The checks themselves find the breaks they are about.
    @Test func theChecksCatchBadBreaks() {
        let checks = LineBreakChecks(
            fields: ["Chỉ thị số 05-CT/TW ngày 15/6/1933 của Sở Lao động - Thương binh và Xã hội"],
            layouts: [],
            layout: """
                Chỉ thị số 05-
                CT/TW ngày 15/6/
                1933 của Sở Lao động
                - Thương binh và Xã hội của Sở Lao động - Thươ
                ng binh và -
                Xã hội
                """)
        #expect(checks.brokenCodesAndDates().problems.count == 2)  // 05-CT/TW, 15/6/1933
        #expect(checks.hyphensAtLineEnds().problems == [
            "line 1 breaks after a hyphen inside a word or code: Chỉ thị số 05-",
            "line 5 ends with a hyphen where the record has no \"và - xã\": ng binh và -",
        ])
        // The words the broken lines start or end with.
        #expect(checks.brokenWords().problems.map { $0.components(separatedBy: "\"")[1] } == ["ct/tw", "thươ", "ng"])
        #expect(checks.hyphensAtLineStarts().problems == [
            "line 4 starts with a hyphen that is no list item: - Thương binh và Xã hội của Sở Lao động - Thươ",
        ])
    }
}
