import Foundation

/// Where the bundled `Fonts/` and `Layouts/` folders are: `$BANTIN_HOME`, else the nearest
/// folder holding both, walking up from the executable (a build inside the repository),
/// else the current directory.
public struct Resources: Sendable {
    public var root: String

    public init(root: String) { self.root = root }

    public static func locate() -> Resources {
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["BANTIN_HOME"], !home.isEmpty { return Resources(root: home) }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<8 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        let manager = FileManager.default
        for candidate in candidates {
            if manager.fileExists(atPath: candidate.appendingPathComponent("Fonts").path),
               manager.fileExists(atPath: candidate.appendingPathComponent("Layouts").path) {
                return Resources(root: candidate.path)
            }
        }
        return Resources(root: manager.currentDirectoryPath)
    }

    public var fontsFolder: String { (root as NSString).appendingPathComponent("Fonts") }

    /// The bundled layout for a product and regime, e.g. `Layouts/party-minutes.yaml`.
    public func layout(_ product: String, regime: String) -> String {
        (root as NSString).appendingPathComponent("Layouts/\(regime)-\(product).yaml")
    }
}
