import Foundation
import Testing
@testable import Records

/// Settings per organisation (issue 10, point 6; docs/settings.md): the nearest bantin.yaml
/// fills what a record leaves out, the record's own fields win, and a settings file is
/// checked like a record.
@Suite struct SettingsTests {
    /// The seed record without its photo (whose file these folders lack), with `changes`.
    static func record(_ changes: [Int: String] = [:]) -> String {
        SeedRecord.yaml(replacing: changes.merging([36: "#", 37: "#"]) { given, _ in given })
    }

    /// The seed record without its organisation (lines 3–7), its recipients and signers.
    static let bareRecord = record([3: "#", 4: "#", 5: "#", 6: "#", 7: "#", 47: "#", 48: "#", 49: "#"])

    static let chiBo = """
        organization:
          name: Chi bộ Văn phòng
          parent: Đảng bộ Sở Lao động - Thương binh và Xã hội
          code: CB
          place: Lạng Sơn
        recipients: [ Đảng ủy Sở (b/c) ]
        archive: Chi bộ
        signers:
          chair: { authority: T/M CHI BỘ, title: BÍ THƯ }
          report: { authority: T/M CHI BỘ, title: BÍ THƯ, name: Lê Văn Minh }
        publisher: Chi bộ Văn phòng
        """

    /// Loads `record` (in `folder`) with the settings its nearest bantin.yaml gives.
    static func load(_ record: String, in folder: TempFolder) -> RecordLoadResult {
        let index = SettingsIndex(records: [record])
        return RecordLoader(settings: index.settings(forRecord: record)).load(file: record)
    }

    static func problems(_ result: RecordLoadResult) -> [String] {
        guard case .failure(let diagnostics) = result else { return [] }
        return diagnostics.map { $0.description(in: .en) }
    }

    @Test func theNearestSettingsFileWins() throws {
        let folder = TempFolder()
        let top = folder.write("bantin.yaml", "organization: { name: Đảng bộ Sở, code: ĐU, place: Lạng Sơn }\n")
        let near = folder.write("chi-bo/bantin.yaml", Self.chiBo)
        let deep = folder.write("chi-bo/2023/h1/hop.yaml", Self.bareRecord)
        let other = folder.write("dang-uy/hop.yaml", Self.bareRecord)
        let finder = SettingsFinder()
        #expect(finder.settingsFile(forRecord: deep) == URL(fileURLWithPath: near).standardizedFileURL.path)
        #expect(finder.settingsFile(forRecord: other) == URL(fileURLWithPath: top).standardizedFileURL.path)
        guard case .success(let meeting, _) = Self.load(deep, in: folder) else { Issue.record("\(Self.problems(Self.load(deep, in: folder)))"); return }
        #expect(meeting.organization == Organization(name: "Chi bộ Văn phòng", parent: "Đảng bộ Sở Lao động - Thương binh và Xã hội",
                                                     code: "CB", place: "Lạng Sơn"))
        guard case .success(let upper, _) = Self.load(other, in: folder) else { Issue.record("dang-uy/hop.yaml refused"); return }
        #expect(upper.organization.name == "Đảng bộ Sở" && upper.organization.code == "ĐU")
    }

    @Test func noSettingsFileAboveARecordMeansNone() {
        let folder = TempFolder()
        let record = folder.write("hop.yaml", SeedRecord.yaml)
        // (A bantin.yaml in a folder above the temporary folder would be this machine's own.)
        #expect(SettingsFinder().settingsFile(forRecord: record) == SettingsFinder().nearest(from: (folder.path as NSString).deletingLastPathComponent))
        let index = SettingsIndex(records: [record])
        if case .broken = index.choice(forRecord: record) { Issue.record("a record without settings is not broken") }
    }

    /// Settings fill a record without organisation, recipients, archive and signers, so it is valid.
    @Test func settingsMakeARecordWithoutOrganizationValid() {
        let folder = TempFolder()
        folder.write("bantin.yaml", Self.chiBo)
        let record = folder.write("hop.yaml", Self.bareRecord)
        guard case .success(let meeting, let warnings) = Self.load(record, in: folder) else {
            Issue.record("refused: \(Self.problems(Self.load(record, in: folder)))"); return
        }
        #expect(warnings.isEmpty)
        #expect(meeting.organization.code == "CB")
        #expect(meeting.recipients == ["Đảng ủy Sở (b/c)"])
        #expect(meeting.archive == "Chi bộ")
        // The settings' signature takes the meeting's chair as its name.
        #expect(meeting.signers.chair == Signer(authority: "T/M CHI BỘ", title: "BÍ THƯ", name: "Đàm Văn Chính"))
        // A value that came from the settings is located in bantin.yaml.
        #expect(meeting.location(of: "organization.code")?.file.hasSuffix("/bantin.yaml") == true)
        #expect(meeting.location(of: "organization.code")?.line == 4)
    }

    /// The record's own fields win, field by field for the organisation.
    @Test func theRecordsOwnFieldsWin() {
        let folder = TempFolder()
        folder.write("bantin.yaml", Self.chiBo)
        let record = folder.write("hop.yaml", Self.record([6: "#", 47: "recipients: [ Các chi bộ ]\narchive: Văn phòng Đảng ủy"]))
        guard case .success(let meeting, _) = Self.load(record, in: folder) else {
            Issue.record("refused: \(Self.problems(Self.load(record, in: folder)))"); return
        }
        #expect(meeting.organization.name == "Đảng ủy Sở Lao động - Thương binh và Xã hội")
        #expect(meeting.organization.code == "CB")   // left out of the record: the settings'
        #expect(meeting.recipients == ["Các chi bộ"])
        #expect(meeting.archive == "Văn phòng Đảng ủy")
        #expect(meeting.signers.chair?.title == "PHÓ BÍ THƯ")
    }

    @Test func aMeetingRecordMayCarryArchive() {
        let folder = TempFolder()
        let record = folder.write("hop.yaml", Self.record([50: "archive: Chi bộ"]))
        guard case .success(let meeting, _) = RecordLoader().load(file: record) else { Issue.record("refused"); return }
        #expect(meeting.archive == "Chi bộ")
    }

    /// A field missing from both is reported at the record, with where else it may be written.
    @Test func aFieldMissingFromBothIsReportedAtTheRecordWithAHint() {
        let folder = TempFolder()
        folder.write("bantin.yaml", "organization: { name: Chi bộ Văn phòng }\n")
        let record = folder.write("hop.yaml", Self.bareRecord)
        let hint = Localized.settingsCanHoldField().text(in: .en)
        #expect(Self.problems(Self.load(record, in: folder)) == [
            "\(record):1:1: error: organization.code: missing required field\(hint)",
            "\(record):1:1: error: organization.place: missing required field\(hint)",
        ])
        let alone = TempFolder()
        let lonely = alone.write("hop.yaml", Self.bareRecord)
        #expect(Self.problems(RecordLoader().load(file: lonely)) == ["\(lonely):1:1: error: organization: missing required field\(hint)"])
    }

    @Test func anUnknownKeyInSettingsIsAnErrorAtItsPositionWithTheNearestKey() {
        let folder = TempFolder()
        let file = folder.write("bantin.yaml", "organization:\n  name: Chi bộ\n  cod: CB\narchiv: Chi bộ\nsigners:\n  chair: { titel: BÍ THƯ }\n")
        guard case .failure(let diagnostics) = SettingsLoader().load(file: file) else { Issue.record("accepted"); return }
        #expect(diagnostics.map { $0.description(in: .en) } == [
            "\(file):3:3: error: organization.cod: unknown field; did you mean code?",
            "\(file):4:1: error: archiv: unknown field; did you mean archive?",
            "\(file):6:12: error: signers.chair.titel: unknown field; did you mean title? (title is required and missing)",
        ])
    }

    /// A record whose settings file is broken is refused as such by the index.
    @Test func aBrokenSettingsFileIsKnownToTheIndex() {
        let folder = TempFolder()
        let settings = folder.write("bantin.yaml", "publisher: [ a\n")
        let record = folder.write("hop.yaml", SeedRecord.yaml)
        let index = SettingsIndex(records: [record])
        guard case .broken(let file) = index.choice(forRecord: record) else { Issue.record("not broken"); return }
        #expect(URL(fileURLWithPath: file).standardizedFileURL.path == URL(fileURLWithPath: settings).standardizedFileURL.path)
        #expect(index.diagnostics.first?.location.line == 2 || index.diagnostics.first?.location.line == 1)
        #expect(index.brokenFiles.count == 1)
    }

    /// A settings file comes from other offices too: the record limits and YAML traps apply.
    @Test func settingsAreReadWithTheRecordLimitsAndTraps() {
        let folder = TempFolder()
        let big = folder.write("a/bantin.yaml", "archive: " + String(repeating: "x", count: 3000) + "\n")
        let small = InputLimits(fileBytes: 1000, aliases: 100, expandedBytes: 4_000_000, depth: 64)
        guard case .failure(let refused) = SettingsLoader(limits: small).load(file: big) else { Issue.record("accepted"); return }
        #expect(refused.first?.field == "(file)")
        let trap = folder.write("b/bantin.yaml", "archive: Chi bộ #1\npublisher: Chi bộ\n")
        let diagnostics = SettingsLoader().load(file: trap).diagnostics
        #expect(diagnostics.contains { $0.location.line == 1 && $0.description.contains("#") }, "\(diagnostics)")
    }

    /// Layouts and photo folders are paths relative to the settings file, checked when read.
    @Test func pathsAreRelativeToTheSettingsFileAndMustExist() {
        let folder = TempFolder()
        folder.write("mau/bien-ban.yaml", "product: minutes\n")
        folder.writeJPEG("anh/a.jpg")
        let file = folder.write("bantin.yaml", """
            layout:
              minutes: { state: mau/bien-ban.yaml }
              bulletin: mau/khong-co.yaml
            photo_folders: [ anh, khong-co ]
            """)
        guard case .failure(let diagnostics) = SettingsLoader().load(file: file) else { Issue.record("accepted"); return }
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column): \($0.field)" } == ["3:13: layout.bulletin", "4:23: photo_folders[1]"])
        folder.write("bantin.yaml", "layout:\n  minutes: { state: mau/bien-ban.yaml }\nphoto_folders: [ anh ]\n")
        guard case .success(let settings, _) = SettingsLoader().load(file: file) else { Issue.record("refused"); return }
        let base = URL(fileURLWithPath: folder.path).standardizedFileURL.path
        #expect(settings.layouts.path(.minutes, regime: .state) == base + "/mau/bien-ban.yaml")
        #expect(settings.layouts.path(.minutes, regime: .party) == nil)
        #expect(settings.photoFolders == [base + "/anh"])
    }

    @Test func aReportTakesItsSignerFromTheSettings() {
        let folder = TempFolder()
        folder.write("bantin.yaml", Self.chiBo)
        let file = folder.write("report.yaml", ReportRecord.text([3: "#", 4: "#", 5: "#", 6: "#", 25: "#", 26: "#", 27: "#", 28: "#", 29: "#"]))
        let settings = SettingsIndex(records: [file]).settings(forRecord: file)
        guard case .success(let report, _) = ReportLoader(settings: settings).load(file: file) else {
            Issue.record("refused: \(ReportLoader(settings: settings).load(file: file))"); return
        }
        #expect(report.signer == ReportSigner(authority: "T/M CHI BỘ", title: "BÍ THƯ", name: "Lê Văn Minh"))
        #expect(report.organization.code == "CB" && report.archive == "Chi bộ" && report.recipients == ["Đảng ủy Sở (b/c)"])
    }

    /// A record folder's bantin.yaml is settings, never a record.
    @Test func folderScansLeaveSettingsFilesOut() throws {
        let folder = TempFolder()
        folder.write("bantin.yaml", Self.chiBo)
        folder.write("hop.yaml", SeedRecord.yaml)
        let scan = try RecordFiles.scan([folder.path])
        #expect(scan.files.map { ($0 as NSString).lastPathComponent } == ["hop.yaml"])
        #expect(scan.settingsFiles.map { ($0 as NSString).lastPathComponent } == ["bantin.yaml"])
    }
}
