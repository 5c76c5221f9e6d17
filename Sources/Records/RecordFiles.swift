import Foundation

/// The record files named on a command line: files as given, folders searched recursively.
public enum RecordFiles {
    /// File extensions of records inside folders (compared without regard to case).
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Why a path named on the command line gives no records.
    public enum Failure: Error, CustomStringConvertible, Equatable, Sendable {
        case missing(String)
        case unreadableFolder(String)

        public var description: String {
            switch self {
            case .missing(let path): return "\(path): no such file or folder"
            case .unreadableFolder(let path): return "\(path): folder cannot be read"
            }
        }
    }

    /// Files as given, plus every `*.yaml`, `*.yml` and `*.json` under the folders given
    /// (hidden files and folders skipped), deduplicated and sorted by path (byte order, so
    /// the order never depends on the locale). Throws `Failure.missing` for a missing path.
    public static func collect(_ paths: [String]) throws -> [String] {
        var found: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw Failure.missing(path)
            }
            if isFolder.boolValue {
                found += try search(path)
            } else {
                found.append(path)
            }
        }
        var seen = Set<String>()
        let unique = found.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        return unique.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Record files under `folder`, as `folder/relative/path`.
    private static func search(_ folder: String) throws -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw Failure.unreadableFolder(folder)
        }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let rootPath = root.standardizedFileURL.path
        var files: [String] = []
        for case let url as URL in walker {
            guard extensions.contains(url.pathExtension.lowercased()),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            files.append(base + "/" + relative)
        }
        return files
    }
}
