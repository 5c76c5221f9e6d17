import Foundation
import Testing
import TestSupport

/// Issue 10.9: one output convention. Every command prints one line per file written and a
/// summary on stdout (nothing with --quiet), and its problems on stderr, `check` included.
@Suite struct OutputConventionTests {
    @Test func minutesListsEachPDFThenASummary() throws {
        let scratch = Scratch()
        try scratch.write("records/a.yaml", SmallRecord.text)
        try scratch.write("records/b.yaml", SmallRecord.text)
        let run = try Bantin.run(["minutes", scratch.file("records"), "-o", scratch.file("out")])
        #expect(run.status == 0, "\(run)")
        #expect(run.output == "\(scratch.file("out/a.pdf")): 1 page\n\(scratch.file("out/b.pdf")): 1 page\n2 records: 2 PDFs written\n", "\(run)")
        #expect(run.error.isEmpty, "\(run)")
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let scratch = Scratch()
        let record = try scratch.write("records/a.yaml", SmallRecord.text)
        for arguments in [["minutes", record, "-o", scratch.file("out")],
                          ["bulletin", record, "-o", scratch.file("b.pdf")],
                          ["compile", record, "--period", "2023", "-o", scratch.file("c.pdf")],
                          ["check", record]] {
            let run = try Bantin.run(arguments + ["--quiet"])
            // Notes (a bulletin item made without an article) are problems: still on stderr.
            #expect(run.status == 0 && run.output.isEmpty && !run.error.contains("error"), "\(arguments): \(run)")
        }
        #expect(scratch.files(under: ".").filter { $0.hasSuffix(".pdf") } == ["b.pdf", "c.pdf", "out/a.pdf"])
    }

    @Test func singleDocumentCommandsPrintTheFileThenTheSummary() throws {
        let scratch = Scratch()
        let record = try scratch.write("records/a.yaml", SmallRecord.text)
        let bulletin = try Bantin.run(["bulletin", record, "-o", scratch.file("b.pdf")])
        #expect(bulletin.status == 0, "\(bulletin)")
        #expect(bulletin.output == "\(scratch.file("b.pdf")): 1 page\n1 issue of 1 item\n", "\(bulletin)")
        let compile = try Bantin.run(["compile", record, "--period", "2023-H1", "-o", scratch.file("c.pdf")])
        #expect(compile.status == 0, "\(compile)")
        let lines = compile.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 && lines[0].hasPrefix("\(scratch.file("c.pdf")): ") && lines[0].hasSuffix(" pages")
                && lines[1] == "1 meeting in 2023-H1, 0 outside it", "\(compile)")
    }

    @Test func checkPrintsProblemsOnStderrAndTheSummaryOnStdout() throws {
        let scratch = Scratch()
        let bad = try scratch.write("bad.yaml", SmallRecord.with(line: 10, "date: 2023-02-30"))
        let run = try Bantin.run(["check", bad])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines == ["\(bad):10:7: error: date: 2023-02-30 is not a date (February 2023 has 28 days)"], "\(run)")
        #expect(run.output == "1 record checked, 1 with errors\n", "\(run)")
    }

    @Test func minutesOfOneRecordToAPDFNameWritesThatFile() throws {
        let scratch = Scratch()
        let record = try scratch.write("records/a.yaml", SmallRecord.text)
        let run = try Bantin.run(["minutes", record, "-o", scratch.file("bien-ban.pdf")])
        #expect(run.status == 0, "\(run)")
        var isFolder: ObjCBool = true
        #expect(FileManager.default.fileExists(atPath: scratch.file("bien-ban.pdf"), isDirectory: &isFolder) && !isFolder.boolValue,
                "bien-ban.pdf is not a file")
        #expect(run.output.hasPrefix("\(scratch.file("bien-ban.pdf")): 1 page\n"), "\(run)")
        #expect(try PDF.tool("qpdf", ["--check", scratch.file("bien-ban.pdf")]).contains("No syntax or stream encoding errors"))

        let two = try Bantin.run(["minutes", record, record, "-o", scratch.file("two.pdf")])
        #expect(two.status == 2 && two.error.contains("-o \(scratch.file("two.pdf")) names one PDF"), "\(two)")
    }

    @Test func aPublisherOutsideTheFontsIsRefused() throws {
        let scratch = Scratch()
        let record = try scratch.write("records/a.yaml", SmallRecord.text)
        let run = try Bantin.run(["bulletin", record, "--publisher", "Đảng ủy 中", "-o", scratch.file("b.pdf")])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.contains { $0.hasPrefix("bantin: error: --publisher: the character '中' (U+4E2D) is not in the font ") }, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("b.pdf")))
    }

    @Test func aBadOptionValueIsAUsageError() throws {
        let scratch = Scratch()
        let record = try scratch.write("records/a.yaml", SmallRecord.text)
        for arguments in [["bulletin", record, "--order", "size", "-o", scratch.file("b.pdf")],
                          ["bulletin", record, "--date", "2023-02-30", "-o", scratch.file("b.pdf")],
                          ["compile", record, "--period", "2023", "--style", "news", "-o", scratch.file("c.pdf")],
                          ["compile", record, "--period", "2023-H3", "-o", scratch.file("c.pdf")],
                          ["report", record, "--from", "2023-02-30", "--to", "2023-03-31", "-o", scratch.file("r.pdf")],
                          ["compile", record, "--period", "2023", "--impose", "perfect", "-o", scratch.file("c.pdf")],
                          ["compile", record, "--period", "2023", "--impose", "saddle", "--bleed", "3 furlongs", "-o", scratch.file("c.pdf")]] {
            let run = try Bantin.run(arguments)
            #expect(run.status == 2 && run.error.contains("is invalid for"), "\(arguments): \(run)")
        }
    }
}
