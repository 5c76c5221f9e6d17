import Foundation
import Testing
import TestSupport

/// The built `bantin` executable, run the way a user runs it: a separate process with real
/// standard output, standard error and exit status.
enum Bantin {
    /// What one run printed and returned.
    struct Run: CustomStringConvertible {
        var output: String
        var error: String
        var status: Int32
        /// Standard error, line by line, without empty lines and without the source lines and
        /// carets shown under a diagnostic (`  |`, `10 | date: …`, `   |   ^`): one line a problem.
        var errorLines: [String] {
            error.split(separator: "\n").map(String.init).filter { !Self.isSourceSnippet($0) }
        }

        /// A line of the source excerpt under a diagnostic: optional spaces, an optional line
        /// number, then ` |`.
        static func isSourceSnippet(_ line: String) -> Bool {
            let rest = line.drop { $0 == " " }.drop { $0.isASCII && $0.isNumber }
            return rest.hasPrefix(" |") || rest.hasPrefix("|")
        }
        var description: String { "exit \(status)\n--- stdout:\n\(output)\n--- stderr:\n\(error)" }
    }

    /// Folders that may hold the executable: the test bundle's own folder (`.build/debug/`
    /// or `.build/<triple>/debug/`, where `swift build` puts `bantin`) and its parents.
    private static var searchFolders: [URL] {
        var starts: [URL] = [Bundle(for: BundleMarker.self).bundleURL, Bundle.main.bundleURL]
        #if os(Linux)
        starts.append(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath())
        #endif
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath())
        var folders: [URL] = []
        for start in starts {
            // A folder (Linux's main bundle) is searched itself; a file or an .xctest bundle, from its parent.
            var isFolder: ObjCBool = false
            let searchItself = FileManager.default.fileExists(atPath: start.path, isDirectory: &isFolder)
                && isFolder.boolValue && start.pathExtension != "xctest"
            var folder = searchItself ? start : start.deletingLastPathComponent()
            for _ in 0..<3 {
                if !folders.contains(folder) { folders.append(folder) }
                folder.deleteLastPathComponent()
            }
        }
        return folders
    }

    /// The executable's path, nil when it was not built.
    static let executable: String? = searchFolders
        .map { $0.appendingPathComponent("bantin").path }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The environment of every run: the test's own, without the variables that change output,
    /// and in English (`LANG=en_US.UTF-8`, no `LC_ALL` or `LC_MESSAGES` to override it), so
    /// the tests read the English messages whatever the machine's locale; a test of the
    /// Vietnamese output passes its own `LANG`.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = nil
        environment["BANTIN_HOME"] = nil
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = "en_US.UTF-8"
        return environment
    }

    /// Runs `bantin arguments…` in `folder` (the package root by default, like a user who
    /// has just cloned it), with extra environment variables.
    static func run(_ arguments: [String], in folder: String = Fixtures.root,
                    environment extra: [String: String] = [:],
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> Run {
        let executable = try #require(
            executable,
            "the bantin executable was not found next to the test bundle (looked in \(searchFolders.map(\.path).joined(separator: ", "))); build it first with `swift build`",
            sourceLocation: sourceLocation)
        let result = Tool.run(executable, arguments, environment: environment.merging(extra) { $1 },
                              currentDirectory: folder)
        return Run(output: result.output, error: result.error, status: result.status)
    }
}

private final class BundleMarker {}

/// Temporary folders that remove themselves.
final class Scratch {
    let path: String
    init() { path = Fixtures.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// `path/relative`.
    func file(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    /// Writes `text` to `relative` (creating folders) and returns its path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let target = file(relative)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Every file below `relative`, hidden ones included, as paths relative to it, sorted.
    func files(under relative: String) -> [String] {
        let root = file(relative)
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let next = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(next), isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(next) }
        }
        return files.sorted()
    }
}

/// Reading files as bytes.
func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
