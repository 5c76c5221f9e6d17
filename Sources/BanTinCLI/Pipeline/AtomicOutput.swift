import Foundation

/// Writes an output file through a temporary file beside it and a rename, so a failure
/// never leaves a partial file and never damages an earlier good one.
enum AtomicOutput {
    /// Runs `write` on a temporary path next to `path`, then renames it into place.
    static func write(to path: String, _ write: (String) throws -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try prepareFolder(folder.isEmpty ? "." : folder)
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(getpid()).\(UUID().uuidString).tmp")
        do {
            try write(temporary)
            guard rename(temporary, path) == 0 else {
                let reason = errno == EISDIR || errno == ENOTEMPTY || errno == EEXIST
                    ? "a folder of that name is in the way" : String(cString: strerror(errno))
                throw OutputError.cannotReplace(path, reason)
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Makes sure `folder` exists and is a folder, creating it (and its parents) if needed.
    static func prepareFolder(_ folder: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw OutputError.notAFolder(folder) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            // Name the part of the path that is in the way, if any.
            var parent = (folder as NSString).deletingLastPathComponent
            while !parent.isEmpty && parent != "/" {
                if FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), !isFolder.boolValue {
                    throw OutputError.notAFolder(parent)
                }
                parent = (parent as NSString).deletingLastPathComponent
            }
            throw OutputError.cannotCreateFolder(folder, String(cString: strerror(errno)))
        }
    }
}

/// Why an output file could not be written.
enum OutputError: Error, CustomStringConvertible {
    case notAFolder(String)
    case cannotCreateFolder(String, String)
    case cannotReplace(String, String)

    var description: String {
        switch self {
        case .notAFolder(let path): return "\(path) is a file, not a folder; choose another output folder with -o"
        case .cannotCreateFolder(let path, let reason): return "cannot create the output folder \(path): \(reason)"
        case .cannotReplace(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
