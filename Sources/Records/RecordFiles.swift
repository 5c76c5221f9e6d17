import Foundation

/// The record files named on a command line: files as given, folders searched recursively.
public enum RecordFiles {
    /// File extensions of records inside folders (compared without regard to case).
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Why a path named on the command line gives no records.
    public enum Failure: Error, CustomStringConvertible, Equatable, Sendable {
        case missing(String)
        case unreadableFolder(String)

        public var description: String { description(in: .current) }

        /// `path: what is wrong` in `language`.
        public func description(in language: Language) -> String {
            switch self {
            case .missing(let path): return "\(path): " + Localized.noSuchFileOrFolder.text(in: language)
            case .unreadableFolder(let path): return "\(path): " + Localized.folderUnreadable.text(in: language)
            }
        }
    }

    /// A folder entry left out of a search, and why: each one is a warning, never silence.
    public struct Skipped: Sendable, Equatable, CustomStringConvertible {
        public enum Reason: Sendable, Equatable {
            case unreadableFolder(String)
            case danglingLink
            case linkLoop
            case specialFile(SpecialFile)
        }

        /// What a folder entry that is neither a file nor a folder is.
        public enum SpecialFile: Sendable, Equatable {
            case fifo, socket, device

            var name: Localized {
                switch self {
                case .fifo: return .fifoKind
                case .socket: return .socketKind
                case .device: return .deviceKind
                }
            }
        }
        public var path: String
        public var reason: Reason

        public var description: String { description(in: .current) }

        /// `path: warning: why it is left out` in `language`.
        public func description(in language: Language) -> String {
            let message: Localized
            switch reason {
            case .unreadableFolder(let cause): message = .folderSkipped(cause)
            case .danglingLink: message = .danglingLinkSkipped
            case .linkLoop: message = .linkLoopSkipped
            case .specialFile(let kind): message = .specialFileSkipped(kind.name)
            }
            return "\(path): \(Localized.warningWord.text(in: language)): \(message.text(in: language))"
        }
    }

    /// The record files found and the entries left out.
    public struct Scan: Sendable {
        public var files: [String] = []
        public var skipped: [Skipped] = []
        /// Settings files (`bantin.yaml`) found in the folders: never records (`check` reads
        /// them as settings).
        public var settingsFiles: [String] = []
    }

    /// Files as given, plus every `*.yaml`, `*.yml` and `*.json` under the folders given
    /// (hidden files and folders skipped, and settings files, `bantin.yaml`, which are no records), deduplicated and sorted by path (byte order, so
    /// the order never depends on the locale). Throws `Failure.missing` for a missing path.
    public static func collect(_ paths: [String]) throws -> [String] {
        try scan(paths).files
    }

    /// `collect`, with what the search left out: unreadable sub-folders, dangling links, link
    /// loops, FIFOs, devices and sockets (never opened: a FIFO would block).
    public static func scan(_ paths: [String]) throws -> Scan {
        var scan = Scan()
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw Failure.missing(path)
            }
            if isFolder.boolValue {
                var status = stat()
                guard stat(path, &status) == 0, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    throw Failure.unreadableFolder(path)
                }
                let base = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
                search(base, names: names, ancestors: [FileID(status)], into: &scan)
            } else if let kind = specialKind(path) {
                // Named directly, still never opened: reading a FIFO would wait for a writer.
                scan.skipped.append(Skipped(path: path, reason: .specialFile(kind)))
            } else {
                scan.files.append(path)
            }
        }
        var seen = Set<String>()
        scan.files = scan.files.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return scan
    }

    /// A file's identity, to notice a link back to a folder being searched.
    private struct FileID: Hashable {
        var device: UInt64, inode: UInt64
        init(_ status: stat) { device = UInt64(status.st_dev); inode = UInt64(status.st_ino) }
    }

    /// Whether the folder the link `path` resolves to holds `folder` (the link's own folder).
    private static func leadsAbove(_ path: String, from folder: String) -> Bool {
        guard let target = resolved(path), let here = resolved(folder) else { return false }
        return here == target || here.hasPrefix(target == "/" ? "/" : target + "/")
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Record files under `folder` (whose entries are `names`), as `folder/relative/path`.
    /// Symbolic links are followed, to files and folders, except back into a folder above.
    private static func search(_ folder: String, names: [String], ancestors: Set<FileID>, into scan: inout Scan) {
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var link = stat(), status = stat()
            guard lstat(path, &link) == 0 else { continue }
            let isLink = (link.st_mode & S_IFMT) == S_IFLNK
            guard stat(path, &status) == 0 else {
                if isLink { scan.skipped.append(Skipped(path: path, reason: errno == ELOOP ? .linkLoop : .danglingLink)) }
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let id = FileID(status)
                // A link to a folder above (`up -> ..`) would search this one again.
                guard !ancestors.contains(id), !(isLink && leadsAbove(path, from: folder)) else {
                    scan.skipped.append(Skipped(path: path, reason: .linkLoop))
                    continue
                }
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path), access(path, R_OK | X_OK) == 0 else {
                    scan.skipped.append(Skipped(path: path, reason: .unreadableFolder(String(cString: strerror(EACCES)).lowercased())))
                    continue
                }
                search(path, names: entries, ancestors: ancestors.union([id]), into: &scan)
            case S_IFREG:
                if name == Settings.fileName {
                    scan.settingsFiles.append(path)
                } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    scan.files.append(path)
                }
            default:
                if let kind = specialKind(path) { scan.skipped.append(Skipped(path: path, reason: .specialFile(kind))) }
            }
        }
    }

    /// What `path` is when it is neither a file nor a folder (links followed): FIFO, socket
    /// or device; nil otherwise.
    private static func specialKind(_ path: String) -> Skipped.SpecialFile? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        case S_IFCHR, S_IFBLK: return .device
        default: return nil
        }
    }
}
