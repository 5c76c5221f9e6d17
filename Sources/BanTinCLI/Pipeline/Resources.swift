import Foundation
import Records
import Typesetting

/// Where the bundled `Fonts/` and `Layouts/` folders (and `Words/`, `Templates/`, `Web/`
/// beside them) are, looked for in this order:
/// 1. the real executable's folder and the three above it (symlinks resolved, so a link to
///    the binary anywhere works; a build inside the repository, `.build/<triple>/debug/`);
/// 2. `$BANTIN_HOME`;
/// 3. `../share/bantin` beside the real executable's folder (`make install` puts the binary
///    in `PREFIX/bin` and these in `PREFIX/share/bantin`).
/// The first folder holding both is used; the current directory never is.
public struct Resources: Sendable {
    public var root: String

    public init(root: String) { self.root = root }

    /// How many folders above the executable's own are searched (`.build/<triple>/debug/`).
    static let levelsAboveExecutable = 3

    public static func locate() throws(ResourcesNotFound) -> Resources {
        let candidates = candidates(executable: executablePath(), home: ProcessInfo.processInfo.environment["BANTIN_HOME"])
        guard let root = candidates.first(where: holdsResources) else { throw ResourcesNotFound(looked: candidates) }
        return Resources(root: root)
    }

    /// The folders searched, in order, for an executable at `executable` (a real path).
    static func candidates(executable: String?, home: String?) -> [String] {
        var folders: [String] = []
        if let executable {
            var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            for _ in 0...levelsAboveExecutable {
                folders.append(folder.path)
                folder.deleteLastPathComponent()
            }
        }
        if let home, !home.isEmpty { folders.append(URL(fileURLWithPath: home).standardizedFileURL.path) }
        if let executable {
            folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent()
                .appendingPathComponent("../share/bantin").standardizedFileURL.path)
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    /// The running executable's path with every symlink resolved: `/proc/self/exe` on Linux
    /// (argv[0] may be a bare name found on PATH, or a link), else Foundation's answer.
    static func executablePath() -> String? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }

    private static func holdsResources(_ folder: String) -> Bool {
        var isFolder: ObjCBool = false
        return ["Fonts", "Layouts"].allSatisfy {
            FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0), isDirectory: &isFolder)
                && isFolder.boolValue
        }
    }

    public var fontsFolder: String { (root as NSString).appendingPathComponent("Fonts") }

    /// The Vietnamese word list (docs/typesetting.md, "Vietnamese break rules").
    public var wordListFile: String { (root as NSString).appendingPathComponent("Words/vi-words.txt") }

    /// The word list, read on the process's first call and shared after: what Documents'
    /// builders take as `words`.
    public func words() throws(WordListUnusable) -> WordJoins { try WordList.shared.joins(at: wordListFile) }

    /// The pages, scripts and styles `bantin serve` sends to browsers.
    public var webFolder: String { (root as NSString).appendingPathComponent("Web") }

    /// The bundled layout for a product and regime, e.g. `Layouts/party-minutes.yaml`.
    public func layout(_ product: String, regime: String) -> String {
        (root as NSString).appendingPathComponent("Layouts/\(regime)-\(product).yaml")
    }
}

/// No folder holding the bundled `Fonts/` and `Layouts/` was found: BanTin is not installed
/// completely. The message lists where it looked and how to fix it.
public struct ResourcesNotFound: Error, CustomStringConvertible {
    public let looked: [String]

    public var description: String { Localized.resourcesNotFound(looked.joined(separator: ", ")).text() }
}
