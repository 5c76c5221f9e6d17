import Testing
@testable import Records

/// YAML's traps explained with the fix, at the right line and column (issue 10, point 2).
@Suite struct YAMLTrapsTests {
    @Test func aHashAfterASpaceCutsThePlainText() {
        #expect(seedProblems([13: "venue: Phòng họp #3, tầng 2"]) == [
            "13:18: error: venue: the text from \" #\" on was taken as a comment, so the value stops at \"Phòng họp\"; put the whole text in quotes: venue: \"Phòng họp #3, tầng 2\"",
        ])
        // A comment written as one (`# note`) stays a comment.
        #expect(seedProblems([13: "venue: Hội trường  # the main hall"]) == [])
    }

    @Test func aColonInsidePlainText() {
        #expect(seedProblems([13: "venue: Phòng họp: tầng 2"]) == [
            "13:17: error: (syntax): \": \" inside a text starts a new field, which YAML does not allow here; put the whole text in quotes: venue: \"Phòng họp: tầng 2\"",
        ])
    }

    @Test func valuesStartingWithAnIndicator() {
        #expect(seedProblems([13: "venue: *nghiêng* là"]) == [
            "13:8: error: (syntax): a value starting with * is read as a reference to a repeated value (*name), not as text; put the whole text in quotes: venue: \"*nghiêng* là\"",
        ])
        #expect(seedProblems([13: "venue: &Xã hội"]) == [
            "13:8: error: (syntax): a value starting with & is read as an anchor name (a mark for repeating a value), not as text; put the whole text in quotes: venue: \"&Xã hội\"",
        ])
        #expect(seedProblems([13: "venue: &abc Hội trường"]) == [
            "13:8: error: venue: text starting with & is read as an anchor name (&abc) and left out of the value; put the whole text in quotes: venue: \"&abc Hội trường\"",
        ])
        #expect(seedProblems([13: "venue: !quan trọng"]) == [
            "13:8: error: venue: text starting with ! is read as a YAML tag (!quan) and left out of the value; put the whole text in quotes: venue: \"!quan trọng\"",
        ])
        for character in ["%", "@", "`"] {
            #expect(seedProblems([13: "venue: \(character)5 phòng"]) == [
                "13:8: error: (syntax): a value cannot start with \(character) in YAML; put the whole text in quotes: venue: \"\(character)5 phòng\"",
            ])
        }
    }

    @Test func aPartlyQuotedValue() {
        #expect(seedProblems([13: "venue: \"Khẩu hiệu\" và hội trường"]) == [
            "13:20: error: (syntax): the text goes on after its closing quote, so YAML cannot read the rest; put the whole text in quotes and write the inner quotes as “ ”: venue: \"“Khẩu hiệu” và hội trường\"",
        ])
    }

    @Test func tabsForIndentation() {
        #expect(seedProblems([19: "\tmembers: 45"]) == [
            "19:1: error: (syntax): a tab is used for indentation; YAML indents with spaces only: replace each tab at the start of the line with spaces",
        ])
    }

    @Test func aSecondDocument() {
        #expect(seedProblems([50: "---\nkind: meeting"]) == [
            "50:1: error: (record): a second document starts here (---); a record file holds one record: delete this --- line, or move what follows into a file of its own",
        ])
    }

    @Test func aColonThatMadeAListItemAMapping() {
        #expect(seedProblems([25: "  - Báo cáo: sơ kết 6 tháng"]) == [
            "25:5: error: agenda[0]: expected text, found a mapping: the \": \" after \"Báo cáo\" made a field of the text; put the whole text in quotes: - \"Báo cáo: sơ kết 6 tháng\"",
        ])
    }
}
