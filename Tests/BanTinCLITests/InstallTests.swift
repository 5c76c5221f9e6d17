import Foundation
import Testing
import TestSupport

/// Issue 10, point 8: `make install` puts the binary, its fonts and layouts, a man page and
/// shell completions under a prefix; the installed binary runs from PATH in any folder, through
/// a symlink, or from anywhere with `BANTIN_HOME`.
@Suite struct InstallTests {
    /// A staged install (`DESTDIR`) of the built binary under the prefix `/opt/bantin`, made
    /// once for the suite with the Makefile's `install-files` (what `make install` runs after
    /// building).
    static let staged: Result<(stage: Scratch, prefix: String), any Error> = Result {
        let stage = Scratch()
        let binary = try #require(Bantin.executable, "build bantin first with `swift build`")
        // The plugin's page when `make man` has made one; else a stand-in, since generating it
        // needs a release build: this checks where the Makefile puts it.
        let generated = Fixtures.path(".build/plugins/GenerateManual/outputs/bantin/bantin.1")
        let manPage = FileManager.default.fileExists(atPath: generated)
            ? generated : try stage.write("bantin.1", ".TH BANTIN 1\n.SH NAME\nbantin\n")
        let run = Tool.run("make", ["--no-print-directory", "install-files", "BANTIN=\(binary)", "MAN_PAGE=\(manPage)",
                                    "PREFIX=/opt/bantin", "DESTDIR=\(stage.path)"], currentDirectory: Fixtures.root)
        try #require(run.status == 0, "make install-files failed:\n\(run.output)\(run.error)")
        return (stage, stage.file("opt/bantin"))
    }

    /// The test environment with the staged `bin/` first on PATH.
    static func environment(prefix: String, home: String? = nil) -> [String: String] {
        var environment = Bantin.environment
        environment["PATH"] = "\(prefix)/bin:" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["BANTIN_HOME"] = home
        return environment
    }

    @Test func theInstalledBinaryRunsFromPathInAnotherFolder() throws {
        let (_, prefix) = try Self.staged.get()
        let work = Scratch()
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/2023-06-28.yaml"), toPath: work.file("chi-bo.yaml"))
        let environment = Self.environment(prefix: prefix)
        let check = Tool.run("bantin", ["check", "chi-bo.yaml"], environment: environment, currentDirectory: work.path)
        #expect(check.status == 0, "\(check.output)\(check.error)")
        let minutes = Tool.run("bantin", ["minutes", "chi-bo.yaml", "-o", "out"], environment: environment, currentDirectory: work.path)
        #expect(minutes.status == 0, "\(minutes.output)\(minutes.error)")
        let pdf = try #require(bytes(work.file("out/chi-bo.pdf")), "no PDF written")
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let fonts = Tool.run("bantin", ["fonts"], environment: environment, currentDirectory: work.path)
        #expect(fonts.output.contains("Fonts in \(prefix)/share/bantin/Fonts"), "\(fonts.output)\(fonts.error)")
    }

    @Test func theManPageAndCompletionsAreInstalled() throws {
        let (_, prefix) = try Self.staged.get()
        for (file, mentions) in [("share/man/man1/bantin.1", "BANTIN 1"), ("share/bash-completion/completions/bantin", "_bantin"),
                                 ("share/zsh/site-functions/_bantin", "#compdef bantin"),
                                 ("share/fish/vendor_completions.d/bantin.fish", "complete -c 'bantin'")] {
            let text = String(decoding: bytes("\(prefix)/\(file)") ?? Data(), as: UTF8.self)
            #expect(text.contains(mentions), "\(file) is missing or lacks \(mentions)")
        }
        for layout in ["party-minutes", "state-minutes", "bulletin", "compilation", "party-report", "state-report"] {
            #expect(FileManager.default.fileExists(atPath: "\(prefix)/share/bantin/Layouts/\(layout).yaml"), "\(layout)")
        }
    }

    @Test func aSymlinkToTheInstalledBinaryFindsItsFonts() throws {
        let (_, prefix) = try Self.staged.get()
        let elsewhere = Scratch()
        try FileManager.default.createSymbolicLink(atPath: elsewhere.file("bt"), withDestinationPath: "\(prefix)/bin/bantin")
        let fonts = Tool.run(elsewhere.file("bt"), ["fonts"], environment: Bantin.environment, currentDirectory: elsewhere.path)
        #expect(fonts.status == 0, "\(fonts.output)\(fonts.error)")
        #expect(fonts.output.contains("Fonts in \(prefix)/share/bantin/Fonts"), "\(fonts.output)")
    }

    /// A binary with nothing beside it says where it looked; `BANTIN_HOME` points it to the
    /// fonts and layouts.
    @Test func aLoneBinaryNeedsBantinHome() throws {
        let (_, prefix) = try Self.staged.get()
        let lone = Scratch()
        try FileManager.default.createDirectory(atPath: lone.file("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(prefix)/bin/bantin", toPath: lone.file("bin/bantin"))
        let lost = Tool.run(lone.file("bin/bantin"), ["fonts"], environment: Bantin.environment, currentDirectory: lone.path)
        #expect(lost.status != 0 && lost.status != 2, "\(lost.output)\(lost.error)")
        #expect(lost.error.contains("cannot find the bundled Fonts/ and Layouts/ folders; looked in \(lone.file("bin"))"), "\(lost.error)")
        #expect(lost.error.contains("\(lone.path)/share/bantin") && lost.error.contains("set BANTIN_HOME"), "\(lost.error)")
        var environment = Bantin.environment
        environment["BANTIN_HOME"] = "\(prefix)/share/bantin"
        let found = Tool.run(lone.file("bin/bantin"), ["fonts"], environment: environment, currentDirectory: lone.path)
        #expect(found.status == 0, "\(found.output)\(found.error)")
        #expect(found.output.contains("Fonts in \(prefix)/share/bantin/Fonts"), "\(found.output)")
    }

    /// An installation without its word list stops before any record with a message naming the
    /// file and the fix, in Vietnamese by default (`LANG=vi_VN.UTF-8`) and in English with
    /// `--lang en`; no PDF is written.
    @Test func aMissingWordListIsAClearError() throws {
        let (_, prefix) = try Self.staged.get()
        #expect(FileManager.default.fileExists(atPath: "\(prefix)/share/bantin/Words/vi-words.txt"))
        let lone = Scratch()
        try FileManager.default.createDirectory(atPath: lone.file("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(prefix)/bin/bantin", toPath: lone.file("bin/bantin"))
        let home = lone.file("home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        for folder in ["Fonts", "Layouts"] {
            try FileManager.default.createSymbolicLink(atPath: "\(home)/\(folder)", withDestinationPath: "\(prefix)/share/bantin/\(folder)")
        }
        var environment = Bantin.environment
        environment["BANTIN_HOME"] = home
        environment["LANG"] = "vi_VN.UTF-8"
        let record = Fixtures.path("Examples/2023-06-28.yaml")
        let list = "\(home)/Words/vi-words.txt"
        let vietnamese = Tool.run(lone.file("bin/bantin"), ["minutes", record, "-o", lone.file("out")],
                                  environment: environment, currentDirectory: lone.path)
        #expect(vietnamese.status == 1, "\(vietnamese.output)\(vietnamese.error)")
        #expect(vietnamese.error.contains("bantin: không dùng được danh sách từ tiếng Việt \(list): không có tệp này; hãy cài lại BanTin (`make install`) hoặc đặt BANTIN_HOME"),
                "\(vietnamese.error)")
        let english = Tool.run(lone.file("bin/bantin"), ["minutes", record, "-o", lone.file("out"), "--lang", "en"],
                               environment: environment, currentDirectory: lone.path)
        #expect(english.status == 1, "\(english.output)\(english.error)")
        #expect(english.error.contains("bantin: cannot use the Vietnamese word list \(list): the file does not exist; reinstall BanTin (`make install`) or set BANTIN_HOME"),
                "\(english.error)")
        #expect(!FileManager.default.fileExists(atPath: lone.file("out/2023-06-28.pdf")))
    }

    @Test func uninstallRemovesWhatInstallPut() throws {
        let stage = Scratch()
        let binary = try #require(Bantin.executable)
        let manPage = try stage.write("bantin.1", ".TH BANTIN 1\n")
        let arguments = ["--no-print-directory", "BANTIN=\(binary)", "MAN_PAGE=\(manPage)", "PREFIX=/usr/local", "DESTDIR=\(stage.path)/root"]
        let install = Tool.run("make", ["install-files"] + arguments, currentDirectory: Fixtures.root)
        try #require(install.status == 0, "\(install.output)\(install.error)")
        let bundled = try ["Fonts", "Layouts", "Templates", "Words", "Web/static"].map { try FileManager.default.contentsOfDirectory(atPath: Fixtures.path($0)).count }
        // The binary, the fonts, layouts, templates, word list and web assets, the man page and three completion scripts.
        #expect(stage.files(under: "root").count == 1 + bundled.reduce(0, +) + 4, "\(stage.files(under: "root"))")
        let uninstall = Tool.run("make", ["uninstall"] + arguments, currentDirectory: Fixtures.root)
        #expect(uninstall.status == 0, "\(uninstall.output)\(uninstall.error)")
        #expect(stage.files(under: "root") == [], "left behind: \(stage.files(under: "root"))")
    }
}

// Safe: a Scratch holds only its immutable path; the staged install is shared read-only.
extension Scratch: @unchecked Sendable {}
