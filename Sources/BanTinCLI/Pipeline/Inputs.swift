import Foundation
import Records

/// One record file and the PDF it becomes.
struct RecordJob: Sendable {
    var record: String
    var output: String
    /// The `-o` folder the output must stay inside (minutes of records found in folders).
    var root: String? = nil
}

/// Maps the record files and folders named on the command line to output paths: a file
/// given directly becomes `DIR/<name>.pdf`; a file found in a folder keeps its path
/// relative to that folder, so two `2023-07-03.yaml` in different subfolders never collide.
enum Inputs {
    static func jobs(_ arguments: [String], outputFolder: String) throws -> [RecordJob] {
        var jobs: [RecordJob] = []
        var taken: [String: (source: String, file: String)] = [:]
        var collisions: [InputError.Collision] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                throw InputError.missing(argument)
            }
            let files = try scan([argument])
            for file in isFolder.boolValue ? skippingReports(files) : files {
                let relative: String
                if isFolder.boolValue {
                    let base = URL(fileURLWithPath: argument).standardizedFileURL.path
                    let full = URL(fileURLWithPath: file).standardizedFileURL.path
                    relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : (file as NSString).lastPathComponent
                } else {
                    relative = (file as NSString).lastPathComponent
                }
                let output = ((outputFolder as NSString).appendingPathComponent(relative) as NSString)
                    .deletingPathExtension + ".pdf"
                let source = URL(fileURLWithPath: file).standardizedFileURL.path
                if let other = taken[output] {
                    if other.source != source { collisions.append(.init(output: output, first: other.file, second: file)) }
                    continue
                }
                taken[output] = (source, file)
                jobs.append(RecordJob(record: file, output: output, root: outputFolder))
            }
        }
        if !collisions.isEmpty { throw InputError.collisions(collisions) }
        return jobs
    }

    /// The record files under `paths`, each entry left out of the search printed as a warning.
    static func scan(_ paths: [String]) throws -> [String] {
        let scan = try RecordFiles.scan(paths)
        for skipped in scan.skipped { Terminal.printProblem(skipped.description) }
        return scan.files
    }
}

extension Inputs {
    /// The record files the arguments name: every argument must exist, and at least one record
    /// must be found. `inOrderNamed` keeps the arguments' order (a folder's records sorted by
    /// name), for `--order given`; otherwise all are sorted together.
    /// Report records in folders are skipped unless `keepReports` (for `check`).
    static func recordFiles(_ arguments: [String], inOrderNamed: Bool = false, keepReports: Bool = false,
                            allowNone: Bool = false) throws -> [String] {
        for path in arguments where !FileManager.default.fileExists(atPath: path) { throw InputError.missing(path) }
        var files: [String]
        // Report records found in a folder are another product's input: skipped, with a note.
        var seen = Set<String>()
        files = try arguments.flatMap { argument -> [String] in
            let found = try scan([argument])
            return FileManager.default.isFolder(argument) && !keepReports ? skippingReports(found) : found
        }.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        if !inOrderNamed { files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        if files.isEmpty && !allowNone { throw InputError.noRecords }
        return files
    }

    /// Whether `path` names a settings file (`bantin.yaml`, docs/settings.md).
    static func isSettingsFile(_ path: String) -> Bool {
        (path as NSString).lastPathComponent == Settings.fileName
    }
}

extension Inputs {
    /// `files` without report records (`kind: report`), each one named in a note: a folder of
    /// records may hold the report drafted from them, which meeting documents leave out.
    static func skippingReports(_ files: [String]) -> [String] {
        files.filter { file in
            guard RecordLoader.kind(ofFile: file) == .report else { return true }
            Terminal.printProblem(Localized.reportLeftOut(file).text())
            return false
        }
    }
}

extension FileManager {
    func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}

/// A command line that names records wrongly.
enum InputError: Error, CustomStringConvertible {
    /// Two records that would be written to the same PDF.
    struct Collision: Sendable {
        var output: String, first: String, second: String
    }

    case missing(String)
    case collisions([Collision])
    case noRecords
    case notAReportFile(String)

    var description: String { localized.text() }

    var localized: Localized {
        switch self {
        case .missing(let path): return .inputMissing(path)
        case .collisions(let collisions):
            // Every collision, one per line, so one run shows all the renames to make.
            return collisions.map { Localized.inputCollision($0.first, $0.second, output: $0.output) }
                .reduce(nil) { joined, next in joined.map { $0 + .verbatim("\nbantin: ") + next } ?? next } ?? .verbatim("")
        case .noRecords: return .inputNoRecords
        case .notAReportFile(let path): return .inputReportIsFolder(path)
        }
    }
}
