import Foundation
import Testing

/// `bantin new`: each template is a record a clerk can render as it stands, in its regime, and
/// an existing file is never replaced by one.
@Suite struct NewTemplateTests {
    @Test(arguments: ["minutes", "report", "item"], ["party", "state"])
    func aTemplatePassesCheckAsWritten(kind: String, regime: String) throws {
        let scratch = Scratch()
        let file = scratch.file("\(kind)-\(regime).yaml")
        let made = try Bantin.run(["new", kind, "--regime", regime, "-o", file])
        #expect(made.status == 0, "\(made)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema="), "no schema modeline for editors")
        #expect(text.contains("regime: \(regime)"))
        if kind == "item" { #expect(text.contains("\narticle:")) }
        let check = try Bantin.run(["check", file])
        #expect(check.status == 0, "the \(kind) template of \(regime) does not pass check: \(check)")
    }

    @Test func minutesAndItemTemplatesRender() throws {
        let scratch = Scratch()
        let minutes = scratch.file("bien-ban.yaml"), item = scratch.file("tin.yaml")
        _ = try Bantin.run(["new", "minutes", "-o", minutes])
        _ = try Bantin.run(["new", "item", "--regime", "state", "-o", item])
        let rendered = try Bantin.run(["minutes", minutes, "-o", scratch.file("ra")])
        #expect(rendered.status == 0, "\(rendered)")
        #expect(FileManager.default.fileExists(atPath: scratch.file("ra/bien-ban.pdf")))
        let bulletin = try Bantin.run(["bulletin", item, "-o", scratch.file("ban-tin.pdf")])
        #expect(bulletin.status == 0, "\(bulletin)")
    }

    @Test func anExistingFileIsNeverReplaced() throws {
        let scratch = Scratch()
        let file = try scratch.write("bien-ban.yaml", "kind: meeting\n# a clerk's own record\n")
        let run = try Bantin.run(["new", "minutes", "-o", file])
        #expect(run.status == 1, "\(run)")
        #expect(run.error.contains("already exists"), "\(run)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "kind: meeting\n# a clerk's own record\n")
    }

    @Test func withoutOutputTheTemplateIsPrinted() throws {
        let run = try Bantin.run(["new", "report", "--regime", "state"])
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("kind: report") && run.output.contains("regime: state"), "\(run)")
    }
}
