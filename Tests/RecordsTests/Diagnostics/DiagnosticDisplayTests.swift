import Testing
@testable import Records

/// Messages are safe to print and show where the problem is (issue 9 point 5, issue 10
/// point 2).
@Suite struct DiagnosticDisplayTests {
    @Test func controlCharactersFromRecordsAreEscaped() {
        let location = SourceLocation(file: "a\u{1B}]0;x\u{07}.yaml", line: 2, column: 8)
        let diagnostic = Diagnostic(location: location, field: "venue", message: .verbatim("\"x\u{1B}[2J\u{202E}y\u{85}\" is wrong"),
                                    sourceLine: "venue: \"x\\e[2J\"\u{2066}")
        #expect(diagnostic.description(in: .en) == "a\\u{1B}]0;x\\u{7}.yaml:2:8: error: venue: \"x\\u{1B}[2J\\u{202E}y\\u{85}\" is wrong")
        #expect(!diagnostic.rendered(color: false, language: .en).unicodeScalars.contains { SafeText.needsEscape($0) })
        #expect(diagnostic.rendered(color: false, language: .en).hasSuffix("\n2 | venue: \"x\\e[2J\"\\u{2066}\n  |        ^"))
    }

    @Test func anEscapeSequenceWrittenInARecordNeverReachesTheTerminal() {
        let problems = seedProblems([13: "venue: \"\\e[31mHội trường\"", 9: "title: [\"\\e]0;pwned\\a\"]"])
        #expect(problems == ["9:8: error: title: expected text, found a list"])
        let folder = TempFolder()
        let path = folder.write("r.yaml", "kind: \"meeting\\e[2J\"\n")
        guard case .failure(let diagnostics) = RecordLoader().load(file: path) else { Issue.record("loaded"); return }
        #expect(diagnostics.map { $0.description(in: .en) }.contains("\(path):1:7: error: kind: expected meeting or report, found \"meeting\\u{1B}[2J\""))
        #expect(!diagnostics.map { $0.description(in: .en) }.joined().unicodeScalars.contains("\u{1B}"))
    }

    @Test func theRenderingShowsTheLineAndACaretUnderTheColumn() {
        let problems = SeedRecord.withRecord(SeedRecord.yaml(replacing: [16: "guest:"])) { _, path -> [String] in
            guard case .failure(let diagnostics) = RecordLoader().load(file: path) else { return [] }
            return diagnostics.map { String($0.rendered(color: false, language: .en).dropFirst(path.count + 1)) }
        }
        #expect(problems == ["16:1: error: guest: unknown field; did you mean guests?\n   |\n16 | guest:\n   | ^"])
        let tabbed = Diagnostic(location: SourceLocation(file: "a.yaml", line: 3, column: 9), field: "x", message: .verbatim("m"),
                                sourceLine: "\tvenue: Hội")
        #expect(tabbed.rendered(color: false, language: .en) == "a.yaml:3:9: error: x: m\n  |\n3 | \tvenue: Hội\n  | \t       ^")
        #expect(tabbed.rendered(color: true, language: .en) == "a.yaml:3:9: \u{1B}[1;31merror\u{1B}[0m: x: m\n\u{1B}[1;34m  |\u{1B}[0m\n\u{1B}[1;34m3 |\u{1B}[0m \tvenue: Hội\n\u{1B}[1;34m  |\u{1B}[0m \t       \u{1B}[1;31m^\u{1B}[0m")
    }
}
