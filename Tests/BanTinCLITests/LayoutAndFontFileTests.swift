import Foundation
import Testing
import TestSupport

/// A broken layout or font file is blamed on that file, at its line and column, before any
/// record is rendered; `fonts` lists a broken font file instead of failing.
@Suite struct LayoutAndFontFileTests {
    /// A copy of the bundled resources (`Fonts/`, `Layouts/`) a test may break, with a copy of
    /// the binary beside them: BanTin finds the resources next to its real executable first.
    func resources() throws -> Scratch {
        let scratch = Scratch()
        for folder in ["Fonts", "Layouts"] {
            try FileManager.default.copyItem(atPath: Fixtures.path(folder), toPath: scratch.file(folder))
        }
        try FileManager.default.copyItem(atPath: try #require(Bantin.executable), toPath: scratch.file("bantin"))
        return scratch
    }

    /// Runs the copy of the binary in `home` from the package root.
    func run(_ arguments: [String], home: Scratch) -> Bantin.Run {
        let result = Tool.run(home.file("bantin"), arguments, environment: Bantin.environment, currentDirectory: Fixtures.root)
        return Bantin.Run(output: result.output, error: result.error, status: result.status)
    }

    @Test func aBrokenFontFileIsMarkedByFonts() throws {
        let home = try resources()
        try home.write("Fonts/LiberationSans-Bold.ttf", "this is not a font")
        let run = run(["fonts"], home: home)
        #expect(run.status == 0, "\(run)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("  BROKEN (LiberationSans-Bold.ttf): not a TrueType or OpenType font (no glyphs could be read); replace the file or remove it"), "\(run)")
        #expect(lines.contains { $0.hasPrefix("  Liberation Serif Regular (LiberationSerif-Regular.ttf): ") }, "the good fonts are still listed: \(run)")
        #expect(lines.last == "1 broken font file; documents cannot be made until it is replaced or removed", "\(run)")
    }

    @Test func aBrokenFontFileIsBlamedWhenMakingADocument() throws {
        let home = try resources()
        try home.write("Fonts/LiberationSerif-Italic.ttf", "")
        let out = Scratch()
        let run = run(["minutes", "Examples/2023-06-28.yaml", "-o", out.path], home: home)
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines == ["\(home.file("Fonts/LiberationSerif-Italic.ttf")): error: cannot load the font: the file is empty; replace the file or remove it from the font folder"], "\(run)")
        #expect(out.files(under: ".").isEmpty, "nothing is written")
    }

    @Test func aMisspeltKeyInACopiedBulletinLayoutStopsBeforeAnyRecord() throws {
        let scratch = Scratch()
        let text = try String(contentsOfFile: Fixtures.path("Layouts/bulletin.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  caption-gap: 4pt", with: "  caption-gap: 4pt\n  captoin-gap: 2pt")
        let layout = try scratch.write("my-bulletin.yaml", text)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("captoin-gap") }) + 1
        let run = try Bantin.run(["bulletin", "Examples", "-o", scratch.file("b.pdf"), "--layout", layout])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.last == "\(layout):\(line):3: error: spacing.captoin-gap: unknown key; did you mean 'caption-gap'?", "\(run)")
        // Shown with its line and a caret under the column, as a record's problems are.
        #expect(run.error.hasSuffix("\(line) |   captoin-gap: 2pt\n   |   ^\n"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("b.pdf")))
    }

    @Test func aLayoutValueOutOfRangeGivenToMinutesIsReportedAtTheLayoutsLine() throws {
        let scratch = Scratch()
        let text = try String(contentsOfFile: Fixtures.path("Layouts/party-minutes.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "keep-together-rows: 6", with: "keep-together-rows: -2")
        let layout = try scratch.write("minutes.yaml", text)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("keep-together-rows") }) + 1
        let run = try Bantin.run(["minutes", "Examples/2023-06-28.yaml", "-o", scratch.file("out"), "--layout", layout])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.last == "\(layout):\(line):21: error: keep-together-rows: -2 is less than 0; write 0 or more", "\(run)")
    }
}

/// `compile --bleed` takes 0 to 10 mm; more is a usage error naming the range.
@Suite struct BleedRangeTests {
    @Test func aBleedOutsideZeroToTenMillimetresIsRefused() throws {
        let scratch = Scratch()
        let run = try Bantin.run(["compile", "Examples", "--period", "2023", "--impose", "saddle", "--bleed", "2cm",
                                  "-o", scratch.file("b.pdf")])
        #expect(run.status == 2, "\(run)")
        #expect(run.error.contains("--bleed 2cm is outside 0–10mm; printers ask for about 3mm"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("b.pdf")))
    }
}
