import ArgumentParser
import Foundation
import Records

/// `bantin watch RECORDS… -o OUT`: the terminal twin of the browser's live preview. Renders
/// the minutes once, then again whenever a record, a photo, a layout or a settings file
/// changes, by running `bantin minutes` with the same arguments (one code path).
struct WatchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "watch", abstract: Localized.watchAbstract.text(),
                             discussion: Localized.watchDiscussion.text())
    }

    @Argument(help: Localized.recordsHelp.help)
    var records: [String]

    @Option(name: .shortAndLong, help: Localized.minutesOutputHelp.help)
    var output: String

    @Option(name: .long, help: Localized.layoutHelp.help)
    var layout: String?

    @Option(name: .customLong("allow-folder"), help: ArgumentHelp(Localized.allowFolderHelp.text(), valueName: "DIR"))
    var allowedFolders: [String] = []

    func validate() throws {
        if records.isEmpty { throw ValidationError(Localized.nameARecord.text()) }
        for record in records where !FileManager.default.fileExists(atPath: record) {
            throw ValidationError(Localized.inputMissing(record).text())
        }
    }

    func run() throws {
        let resources = try Resources.locate()
        let watched = WatchedFiles(records: records, extra: [resources.root + "/Layouts"] + (layout.map { [$0] } ?? []) + allowedFolders,
                                   output: output)
        var arguments = ["minutes"] + records + ["-o", output]
        if let layout { arguments += ["--layout", layout] }
        for folder in allowedFolders { arguments += ["--allow-folder", folder] }
        var seen = watched.fingerprint()
        Terminal.printProblem(Localized.watchStarted(seen.count).text())
        _ = BanTin.main(arguments: arguments)
        while true {
            usleep(WatchedFiles.pollMicroseconds)
            let now = watched.fingerprint()
            guard now != seen else { continue }
            let changed = WatchedFiles.changes(from: seen, to: now)
            seen = now
            Terminal.printProblem(Localized.watchChanged(changed.prefix(3).joined(separator: ", "), more: max(0, changed.count - 3)).text())
            let status = BanTin.main(arguments: arguments)
            Terminal.printProblem((status == 0 ? Localized.watchRendered : Localized.watchFailed).text())
        }
    }
}

/// What `bantin watch` looks at: every file in the records' folders (records, photos,
/// bantin.yaml) and the settings files above them, the layouts, and the allowed folders.
/// Polled by modification time and size every 300 ms: portable (no inotify or FSEvents),
/// and cheap for the few hundred files of a workspace.
struct WatchedFiles {
    static let pollMicroseconds: UInt32 = 300_000

    var roots: [String]
    /// The output is skipped: writing it must not trigger another render.
    var output: String

    init(records: [String], extra: [String], output: String) {
        var roots: [String] = []
        for record in records {
            let absolute = URL(fileURLWithPath: record).standardizedFileURL.path
            let folder = FileManager.default.isFolder(absolute) ? absolute : (absolute as NSString).deletingLastPathComponent
            roots.append(folder)
            // Settings files further up apply too (docs/settings.md).
            var parent = (folder as NSString).deletingLastPathComponent
            while parent != "/" && !parent.isEmpty {
                roots.append((parent as NSString).appendingPathComponent(Settings.fileName))
                parent = (parent as NSString).deletingLastPathComponent
            }
        }
        self.roots = Array(Set(roots + extra.map { URL(fileURLWithPath: $0).standardizedFileURL.path })).sorted()
        self.output = URL(fileURLWithPath: output).standardizedFileURL.path
    }

    /// Path → "mtime size" of every watched file.
    func fingerprint() -> [String: String] {
        var prints: [String: String] = [:]
        for root in roots { visit(root, depth: 0, into: &prints) }
        return prints
    }

    private func visit(_ path: String, depth: Int, into prints: inout [String: String]) {
        guard depth < 8, prints.count < 20_000, path != output, !path.hasPrefix(output + "/") else { return }
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names where !name.hasPrefix(".") { visit(path + "/" + name, depth: depth + 1, into: &prints) }
        } else {
            prints[path] = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_size)"
        }
    }

    /// The files added, removed or changed between two fingerprints, sorted.
    static func changes(from old: [String: String], to new: [String: String]) -> [String] {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.map { ($0 as NSString).lastPathComponent }.sorted()
    }
}
