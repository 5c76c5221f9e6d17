import Foundation

/// Keeps a record to its own files: a photo or signature must resolve, after following every
/// symlink, inside the record's folder tree or inside a folder the user allows. Records travel
/// between offices, so a path such as `/home/other/chu-ky.png`, `../../x.png` or a symlink out
/// must not pull someone else's file into a PDF; and the refusal must not tell what lies
/// outside (not even whether it exists).
enum ImageConfinement {
    enum Resolution: Equatable {
        /// The file's real path (no symlinks, no `..`), inside an allowed tree.
        case inside(String)
        /// Inside an allowed tree, but nothing is there.
        case missing
        /// Outside every allowed tree (existing or not).
        case outside
    }

    /// Resolves `file` as the record writes it against `recordFolder`, then checks it against
    /// the record's folder and `allowedFolders` (all compared by their real paths).
    static func resolve(_ file: String, recordFolder: String, allowedFolders: [String]) -> Resolution {
        let raw = file.hasPrefix("/") ? file : recordFolder + "/" + file
        let roots = ([recordFolder] + allowedFolders).compactMap(realPath)
        // Records are NFC, but a file name made on macOS may be stored decomposed.
        let candidates = [raw, raw.decomposedStringWithCanonicalMapping]
        for candidate in candidates {
            if let real = realPath(candidate) {
                return contained(real, in: roots) ? .inside(real) : .outside
            }
        }
        // Nothing there: judge the path its deepest existing folder leads to, so a missing
        // file behind a symlink out is "outside", never "does not exist".
        return contained(nearestRealPath(raw), in: roots) ? .missing : .outside
    }

    /// `path` with every symlink and `..` resolved by the kernel; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path of the deepest existing ancestor of `path`, with the missing components
    /// after it appended and `..` removed.
    private static func nearestRealPath(_ path: String) -> String {
        var head = path
        var tail: [String] = []
        while !head.isEmpty, head != "/" {
            if let real = realPath(head) {
                return URL(fileURLWithPath: ([real] + tail.reversed()).joined(separator: "/")).standardizedFileURL.path
            }
            let url = URL(fileURLWithPath: head)
            tail.append(url.lastPathComponent)
            head = url.deletingLastPathComponent().path
        }
        return URL(fileURLWithPath: "/" + tail.reversed().joined(separator: "/")).standardizedFileURL.path
    }

    private static func contained(_ path: String, in roots: [String]) -> Bool {
        roots.contains { root in
            root == "/" || path == root || path.hasPrefix(root + "/")
        }
    }
}
