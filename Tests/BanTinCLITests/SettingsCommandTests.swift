import Foundation
import Records
import Testing
import TestSupport

/// Settings per organisation from the command line (issue 10, point 6; docs/settings.md): the
/// records' nearest bantin.yaml fills what they leave out; the record's own fields win, and
/// the options win over both.
@Suite struct SettingsCommandTests {
    /// The small record without its organisation (lines 3–7).
    static let bareRecord = SmallRecord.lines.enumerated().filter { !(2...6).contains($0.offset) }.map(\.element)
        .joined(separator: "\n") + "\n"

    static let settings = """
        # a chi bộ's settings
        organization:
          name: Chi bộ Văn phòng Sở
          parent: Đảng bộ Sở Lao động - Thương binh và Xã hội
          code: CB
          place: Lạng Sơn
        recipients: [ Đảng ủy Sở (b/c) ]
        archive: Chi bộ
        publisher: Chi bộ Văn phòng Sở
        """

    /// A chi bộ's minutes print "- Lưu Chi bộ." from its settings, and the record's own
    /// organisation fields come from them too.
    @Test func aChiBosMinutesTakeTheArchiveLineFromItsSettings() throws {
        let scratch = Scratch()
        try scratch.write("chi-bo/bantin.yaml", Self.settings)
        let record = try scratch.write("chi-bo/2023/hop.yaml", Self.bareRecord)
        let run = try Bantin.run(["minutes", record, "-o", scratch.file("hop.pdf")])
        #expect(run.status == 0 && run.error.isEmpty, "\(run)")
        let text = try PDF.rawText(scratch.file("hop.pdf"))
        #expect(text.contains("- Đảng ủy Sở (b/c);\n- Lưu Chi bộ."), "\(text)")
        #expect(!text.contains("Lưu Văn phòng Đảng ủy"))
        #expect(text.contains("Số 03-BB/CB"), "\(text)")
    }

    /// The record's `archive:` wins over the settings'; without settings it is printed too.
    @Test func theRecordsArchiveWins() throws {
        let scratch = Scratch()
        try scratch.write("bantin.yaml", Self.settings)
        let record = try scratch.write("hop.yaml", Self.bareRecord + "archive: Văn phòng Chi bộ\n")
        let run = try Bantin.run(["minutes", record, "-o", scratch.file("hop.pdf")])
        #expect(run.status == 0, "\(run)")
        #expect(try PDF.rawText(scratch.file("hop.pdf")).contains("- Lưu Văn phòng Chi bộ."))

        let alone = Scratch()
        let own = try alone.write("hop.yaml", SmallRecord.text + "archive: Chi bộ\n")
        #expect(try Bantin.run(["minutes", own, "-o", alone.file("hop.pdf")]).status == 0)
        #expect(try PDF.rawText(alone.file("hop.pdf")).contains("- Lưu Chi bộ."))
    }

    /// Without settings, a record without organisation is refused where it starts, with the hint.
    @Test func aFieldMissingFromBothIsAnErrorWithTheHint() throws {
        let scratch = Scratch()
        let record = try scratch.write("hop.yaml", Self.bareRecord)
        let run = try Bantin.run(["check", record], environment: ["LANG": "en_US.UTF-8"])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.contains("\(record):1:1: error: organization: missing required field; write it in the record, or once for every record in bantin.yaml (see docs/settings.md)"), "\(run)")
    }

    /// The bulletin's masthead names the settings' publisher, unless --publisher is given.
    @Test func thePublisherComesFromSettingsUnlessTheOptionGivesOne() throws {
        let scratch = Scratch()
        try scratch.write("bantin.yaml", Self.settings)
        let record = try scratch.write("hop.yaml", Self.bareRecord)
        let run = try Bantin.run(["bulletin", record, "-o", scratch.file("b.pdf")])
        #expect(run.status == 0, "\(run)")
        #expect(try PDF.info("Author", scratch.file("b.pdf")) == "Chi bộ Văn phòng Sở")
        #expect(try PDF.rawText(scratch.file("b.pdf")).uppercased().contains("CHI BỘ VĂN PHÒNG SỞ"))

        let option = try Bantin.run(["bulletin", record, "--publisher", "Đảng ủy Sở", "-o", scratch.file("c.pdf")])
        #expect(option.status == 0, "\(option)")
        #expect(try PDF.info("Author", scratch.file("c.pdf")) == "Đảng ủy Sở")
    }

    /// The settings choose the minutes' layout (a path relative to bantin.yaml); --layout wins.
    @Test func theSettingsChooseTheLayoutAndTheOptionWins() throws {
        let scratch = Scratch()
        let bundled = try String(contentsOfFile: Fixtures.path("Layouts/party-minutes.yaml"), encoding: .utf8)
        try scratch.write("mau/bien-ban.yaml", bundled.replacingOccurrences(of: "  title: BIÊN BẢN\n", with: "  title: BIÊN BẢN SINH HOẠT\n"))
        try scratch.write("bantin.yaml", Self.settings + "\nlayout: { minutes: mau/bien-ban.yaml }\n")
        let record = try scratch.write("records/hop.yaml", Self.bareRecord)
        #expect(try Bantin.run(["minutes", record, "-o", scratch.file("a.pdf")]).status == 0)
        #expect(try PDF.rawText(scratch.file("a.pdf")).contains("BIÊN BẢN SINH HOẠT"))

        let run = try Bantin.run(["minutes", record, "--layout", "Layouts/party-minutes.yaml", "-o", scratch.file("b.pdf")])
        #expect(run.status == 0, "\(run)")
        #expect(!(try PDF.rawText(scratch.file("b.pdf")).contains("BIÊN BẢN SINH HOẠT")))
    }

    /// A misspelt key in bantin.yaml is an error at its line and column naming the nearest key;
    /// the records that use the file are refused with one line pointing at it.
    @Test func checkReportsAnUnknownSettingsKeyAtItsPosition() throws {
        let scratch = Scratch()
        let settings = try scratch.write("bantin.yaml", Self.settings.replacingOccurrences(of: "archive:", with: "archiv:"))
        let record = try scratch.write("hop.yaml", Self.bareRecord)
        let run = try Bantin.run(["check", scratch.path], environment: ["LANG": "en_US.UTF-8"])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.contains("\(settings):8:1: error: archiv: unknown field; did you mean archive?"), "\(run)")
        #expect(run.errorLines.contains { $0.hasPrefix("\(record):1:1: error: (settings): this record uses the settings in ") }, "\(run)")
        #expect(run.output.hasPrefix("1 record checked, 1 with errors"), "\(run)")

        // minutes writes nothing for it, and says why.
        let minutes = try Bantin.run(["minutes", record, "-o", scratch.file("hop.pdf")], environment: ["LANG": "en_US.UTF-8"])
        #expect(minutes.status == 1 && minutes.errorLines.contains("\(settings):8:1: error: archiv: unknown field; did you mean archive?"), "\(minutes)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("hop.pdf")))
    }

    /// A bantin.yaml in a folder of records is settings, never a record; check reads it.
    @Test func aSettingsFileInAFolderIsNoRecord() throws {
        let scratch = Scratch()
        try scratch.write("ho-so/bantin.yaml", Self.settings)
        try scratch.write("ho-so/hop.yaml", Self.bareRecord)
        let run = try Bantin.run(["minutes", scratch.file("ho-so"), "-o", scratch.file("out")])
        #expect(run.status == 0, "\(run)")
        #expect(scratch.files(under: "out") == ["hop.pdf"])
        let check = try Bantin.run(["check", scratch.file("ho-so")])
        #expect(check.status == 0 && check.output == "1 record checked, 0 with errors\n", "\(check)")
    }

    /// A report without organisation, signer and recipients takes them from its settings, and
    /// its meeting records theirs.
    @Test func aReportTakesItsSignerAndArchiveFromItsSettings() throws {
        let scratch = Scratch()
        try scratch.write("bantin.yaml", Self.settings + "\nsigners:\n  report: { authority: T/M CHI BỘ, title: BÍ THƯ, name: Lê Văn Minh }\n")
        let fixture = try String(contentsOfFile: Fixtures.path("Tests/BanTinCLITests/Fixtures/report.yaml"), encoding: .utf8)
        let kept = fixture.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { !(2...5).contains($0.offset) && !(24...28).contains($0.offset) }.map(\.element).joined(separator: "\n")
        let report = try scratch.write("bao-cao.yaml", kept)
        try scratch.write("hop/2023-03-06.yaml", Self.bareRecord)
        let run = try Bantin.run(["report", report, scratch.file("hop"), "-o", scratch.file("bao-cao.pdf")])
        #expect(run.status == 0, "\(run)")
        let text = try PDF.rawText(scratch.file("bao-cao.pdf"))
        #expect(text.contains("- Đảng ủy Sở (b/c);") && text.contains("- Lưu Chi bộ."), "\(text)")
        #expect(text.contains("T/M CHI BỘ") && text.contains("Lê Văn Minh"), "\(text)")
        #expect(text.contains("Đã tổ chức 1 hội nghị"), "\(text)")
    }

    /// The repository's two example settings files (a chi bộ, a Sở) are valid.
    @Test func theExampleSettingsAreValid() throws {
        let run = try Bantin.run(["check", "Examples/settings/chi-bo/bantin.yaml", "Examples/settings/so/bantin.yaml"])
        #expect(run.status == 0 && run.error.isEmpty, "\(run)")
    }

    /// A photo from a folder beside the record's is refused at its field, and accepted once
    /// the nearest bantin.yaml lists that folder in `photo_folders` (as with --allow-folder).
    @Test func aPhotoFolderListedInTheSettingsIsAllowed() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("anh-chung"), withIntermediateDirectories: true)
        try Data(ImageBytes.jpeg(width: 64, height: 48)).write(to: URL(fileURLWithPath: scratch.file("anh-chung/toan-canh.jpg")))
        try scratch.write("ho-so/hop.yaml", SmallRecord.text + "photos:\n  - file: ../anh-chung/toan-canh.jpg\n")
        var run = try Bantin.run(["check", "ho-so/hop.yaml"], in: scratch.path, environment: ["LANG": "en_US.UTF-8"])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.contains("ho-so/hop.yaml:31:11: error: photos[0].file: ../anh-chung/toan-canh.jpg is outside the record's folder; use a file inside it, or allow its folder with --allow-folder DIR"), "\(run)")

        try scratch.write("ho-so/bantin.yaml", "photo_folders: [ ../anh-chung ]\n")
        run = try Bantin.run(["check", "ho-so/hop.yaml"], in: scratch.path, environment: ["LANG": "en_US.UTF-8"])
        #expect(run.status == 0 && run.error.isEmpty, "\(run)")
        run = try Bantin.run(["bulletin", "ho-so/hop.yaml", "-o", "ban-tin.pdf"], in: scratch.path)
        #expect(run.status == 0, "\(run)")
        #expect(FileManager.default.fileExists(atPath: scratch.file("ban-tin.pdf")))
    }

    /// A report's signature image from another folder is allowed by its settings' `photo_folders`.
    @Test func aSignatureFolderListedInTheSettingsIsAllowed() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("chu-ky"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/reports/signatures/chu-ky-mau.png"), toPath: scratch.file("chu-ky/chu-ky.png"))
        let text = try String(contentsOfFile: Fixtures.path(ReportCommandTests.final), encoding: .utf8)
        let report = try scratch.write("bao-cao/ban-ky.yaml", text.replacingOccurrences(of: "signatures/chu-ky-mau.png", with: "../chu-ky/chu-ky.png"))
        var run = try ReportCommandTests.report([report, "Examples"], into: scratch).run
        #expect(run.status == 1 && run.errorLines.contains { $0.hasSuffix("signer.signature: ../chu-ky/chu-ky.png is outside the record's folder; use a file inside it, or allow its folder with --allow-folder DIR") }, "\(run)")

        try scratch.write("bao-cao/bantin.yaml", "photo_folders:\n  - ../chu-ky\n")
        run = try ReportCommandTests.report([report, "Examples"], into: scratch).run
        #expect(run.status == 0, "\(run)")
        #expect(try Bantin.run(["check", report]).status == 0)
    }
}
