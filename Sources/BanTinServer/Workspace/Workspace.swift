import Foundation
import Records

/// The folder of records a server works on. Every path a client names is relative to it and
/// is resolved here, once: no `..`, no absolute path, no hidden file, no symlink that leads
/// out (the same real-path rule as records' photos); nothing outside is read or written.
public struct Workspace: Sendable {
    /// The folder's real path (symlinks resolved).
    public let root: String

    /// `folder` must exist; its real path becomes the root.
    public init(folder: String) throws(WorkspaceError) {
        guard let real = Self.realPath(folder), FileManager.default.isDirectory(real) else {
            throw .notAFolder(folder)
        }
        root = real
    }

    /// The absolute path of `relative` (as a client writes it, `/`-separated, percent-decoded
    /// already or not) inside the workspace, or why it is refused. The file need not exist,
    /// but its folder must, and every existing part must resolve inside the root.
    public func resolve(_ relative: String) throws(WorkspaceError) -> String {
        var parts: [String] = []
        let decoded = relative.removingPercentEncoding ?? relative
        guard !relative.hasPrefix("/"), !decoded.hasPrefix("/"), !decoded.contains("\\"), !decoded.contains("\0") else {
            throw .outside(relative)
        }
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            // `.` and `..` could step out; other hidden names are the server's own temporary
            // files or the user's private ones.
            guard !part.hasPrefix(".") else { throw .outside(relative) }
            parts.append(String(part))
        }
        guard !parts.isEmpty else { throw .outside(relative) }
        let path = ([root] + parts).joined(separator: "/")
        // Every existing prefix must resolve inside the root: a symlinked folder or file that
        // points out is refused, whether or not its target exists.
        var probe = root
        for part in parts {
            probe += "/" + part
            var info = stat()
            guard lstat(probe, &info) == 0 else { break }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                guard let real = Self.realPath(probe), contains(real) else { throw .outside(relative) }
            }
        }
        if let real = Self.realPath(path), !contains(real) { throw .outside(relative) }
        return path
    }

    /// `path` (absolute, inside) relative to the root, `/`-separated.
    public func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// The record files of the workspace (YAML and JSON, hidden and settings files skipped),
    /// sorted by path.
    public func recordFiles() -> [String] {
        (try? RecordFiles.scan([root]).files) ?? []
    }

    func contains(_ real: String) -> Bool { real == root || real.hasPrefix(root + "/") }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A path a client named that the workspace refuses.
public enum WorkspaceError: Error, Equatable, Sendable {
    case notAFolder(String)
    case outside(String)

    public var message: Localized {
        switch self {
        case .notAFolder(let folder): return .workspaceNotAFolder(folder)
        case .outside(let path): return .pathOutsideWorkspace(path)
        }
    }
}

extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
