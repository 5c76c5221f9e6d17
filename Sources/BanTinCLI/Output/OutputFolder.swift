import Foundation

/// Output folders: created when missing, and kept inside the `-o` folder.
enum OutputFolder {
    /// Makes sure `folder` exists and is a folder, creating it and its parents if needed.
    /// With `root`, the folder must resolve (symbolic links followed) inside `root`'s own
    /// resolved path, before anything is created and after.
    static func prepare(_ folder: String, within root: String?, for target: String) throws(OutputError) {
        if let root {
            try prepare(root, within: nil, for: target)
            try requireInside(deepestExisting(folder), root: root, target: target)
        }
        var status = stat()
        if stat(folder, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(folder) }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                let code = errno
                // Name the part of the path that is in the way, if any.
                var parent = (folder as NSString).deletingLastPathComponent
                while !parent.isEmpty && parent != "/" {
                    if stat(parent, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR { throw .notAFolder(parent) }
                    parent = (parent as NSString).deletingLastPathComponent
                }
                throw .cannotCreateFolder(folder, code == 0 ? EACCES : code)
            }
        }
        if let root { try requireInside(folder, root: root, target: target) }
    }

    /// `folder` or its nearest ancestor that exists.
    private static func deepestExisting(_ folder: String) -> String {
        var current = folder
        var status = stat()
        while !current.isEmpty && current != "/" && stat(current, &status) != 0 {
            current = (current as NSString).deletingLastPathComponent
        }
        return current.isEmpty ? "." : current
    }

    private static func requireInside(_ folder: String, root: String, target: String) throws(OutputError) {
        guard let resolvedRoot = resolved(root), let resolvedFolder = resolved(folder) else { return }
        if resolvedFolder == resolvedRoot || resolvedFolder.hasPrefix(resolvedRoot == "/" ? "/" : resolvedRoot + "/") { return }
        throw .outsideOutputFolder(path: target, resolved: resolvedFolder, root: root)
    }

    /// realpath(3) of `path`, nil when it cannot be resolved.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
