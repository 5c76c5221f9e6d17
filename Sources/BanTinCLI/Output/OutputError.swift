import Foundation
import Records
import Render

/// Why an output file could not be written: the system failed (disk, permissions, I/O) or
/// the place of the file is taken. Always exit status 3; the earlier file is left as it was.
enum OutputError: Error, CustomStringConvertible {
    /// A file where the output folder (or one of its parents) should be.
    case notAFolder(String)
    /// The output folder could not be created (`errno`).
    case cannotCreateFolder(String, Int32)
    /// A folder where the PDF should be.
    case folderInTheWay(String)
    /// The existing PDF has no write permission.
    case readOnly(String)
    /// The PDF's folder resolves, through a symbolic link, outside the `-o` folder.
    case outsideOutputFolder(path: String, resolved: String, root: String)
    /// The system refused the PDF (`errno`) while creating, writing, syncing or renaming it.
    case cannotWrite(path: String, code: Int32, earlierKept: Bool)
    /// Cairo failed while finishing the file (not an errno: e.g. out of memory).
    case renderFailed(path: String, reason: String)

    var description: String { localized.text() }

    var localized: Localized {
        switch self {
        case .notAFolder(let path): return .outputNotAFolder(path)
        case .cannotCreateFolder(let path, let code): return .outputFolderNotCreated(path, reason: .plainWords(errno: code))
        case .folderInTheWay(let path): return .outputFolderInTheWay(path)
        case .readOnly(let path): return .outputReadOnly(path)
        case .outsideOutputFolder(let path, let resolved, let root): return .outputOutsideFolder(path, resolved: resolved, root: root)
        case .cannotWrite(let path, let code, let earlierKept):
            let kept = earlierKept ? Localized.earlierFileKept((path as NSString).lastPathComponent) : .verbatim("")
            return .outputNotWritten(path, reason: .plainWords(errno: code), fix: Self.fix(for: code), kept: kept)
        case .renderFailed(let path, let reason): return .outputRenderFailed(path, reason: reason)
        }
    }

    /// What the user can do about a refused write.
    private static func fix(for code: Int32) -> Localized {
        switch code {
        case ENOSPC, EDQUOT: return .fixDiskFull
        case EROFS: return .fixReadOnlyDisk
        case EACCES, EPERM: return .fixPermission
        case EIO: return .fixDisk
        default: return .fixOther
        }
    }
}
