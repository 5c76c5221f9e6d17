import BanTinCLI
import Foundation
import Testing

/// The command line itself: usage errors exit 2 with a usage message on stderr; help,
/// version, `check` and `fonts` do what a user expects.
@Suite struct UsageTests {
    @Test(arguments: [
        [],                                        // no arguments at all
        ["--bogus"],                               // an unknown option
        ["minutes", "--frobnicate", "Examples", "-o", "out"],
        ["minutes", "Examples"],                   // no -o
        ["frobnicate"],                            // an unknown command
    ])
    func aUsageErrorExitsWith2AndShowsTheUsage(arguments: [String]) throws {
        let run = try Bantin.run(arguments)
        #expect(run.status == 2, "bantin \(arguments.joined(separator: " ")): \(run)")
        #expect(run.error.contains("Usage: bantin") || run.error.contains("USAGE: bantin"),
                "no usage message on stderr: \(run)")
        #expect(run.output.isEmpty, "a usage error prints nothing on stdout: \(run)")
    }

    @Test func missingOutputSaysWhatIsMissing() throws {
        let run = try Bantin.run(["minutes", "Examples"])
        #expect(run.status == 2)
        #expect(run.error.contains("--output"), "\(run)")
    }

    @Test func helpExitsWith0() throws {
        let run = try Bantin.run(["--help"])
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("USAGE: bantin"), "\(run)")
        for command in ["minutes", "check", "fonts"] {
            #expect(run.output.contains(command), "--help does not mention \(command)")
        }
    }

    @Test func versionExitsWith0() throws {
        let run = try Bantin.run(["--version"])
        #expect(run.status == 0, "\(run)")
        #expect(run.output == BanTin.version + "\n", "\(run)")
    }

    @Test func checkPrintsOnlyItsSummaryOnStdoutForValidRecords() throws {
        let run = try Bantin.run(["check", "Examples"])
        #expect(run.status == 0, "\(run)")
        #expect(run.output == "\(ExamplesTests.examples.count + ExamplesTests.reports.count) records checked, 0 with errors\n", "\(run)")
    }

    @Test func checkPrintsTheDiagnosticsOfABadRecord() throws {
        let scratch = Scratch()
        let bad = try scratch.write("bad.yaml", SmallRecord.with(line: 10, "date: 2023-02-30"))
        let run = try Bantin.run(["check", bad])
        #expect(run.status == 1, "\(run)")
        // The problem, then its source line with a caret under the column, as rustc shows it.
        #expect(run.error == """
            \(bad):10:7: error: date: 2023-02-30 is not a date (February 2023 has 28 days)
               |
            10 | date: 2023-02-30
               |       ^

            """, "\(run)")
        #expect(run.output == "1 record checked, 1 with errors\n", "\(run)")
        #expect(scratch.files(under: ".") == ["bad.yaml"], "check renders nothing")
    }

    @Test func fontsListsLiberationSerifWithFullVietnameseCoverage() throws {
        let run = try Bantin.run(["fonts"])
        #expect(run.status == 0, "\(run)")
        // 29 letters and 12 vowels × 5 tone marks, in both cases.
        for face in ["Regular", "Bold", "Italic", "Bold Italic"] {
            let file = "LiberationSerif-\(face.replacingOccurrences(of: " ", with: "")).ttf"
            #expect(run.output.contains("Liberation Serif \(face) (\(file)): all 178 Vietnamese letters"),
                    "\(face): \(run)")
        }
    }
}
