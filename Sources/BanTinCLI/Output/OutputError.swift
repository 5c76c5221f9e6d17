import Foundation
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

    var description: String {
        switch self {
        case .notAFolder(let path):
            return "\(path): error: this is a file, not a folder; choose another output folder with -o"
        case .cannotCreateFolder(let path, let code):
            return "\(path): error: cannot create the output folder: \(RenderError.plainWords(errno: code))"
        case .folderInTheWay(let path):
            return "\(path): error: a folder is in the way of the PDF; rename or remove it, or choose another -o"
        case .readOnly(let path):
            return "\(path): error: the existing PDF is read-only; make it writable (chmod u+w) or choose another -o"
        case .outsideOutputFolder(let path, let resolved, let root):
            return "\(path): error: its folder leads outside the output folder \(root) through a symbolic link (to \(resolved)); remove the link or choose another -o"
        case .cannotWrite(let path, let code, let earlierKept):
            let kept = earlierKept ? " (the earlier \((path as NSString).lastPathComponent) is unchanged)" : ""
            return "\(path): error: cannot write the PDF: \(RenderError.plainWords(errno: code)); \(Self.fix(for: code))\(kept)"
        case .renderFailed(let path, let reason):
            return "\(path): error: cannot write the PDF: \(reason)"
        }
    }

    /// What the user can do about a refused write.
    private static func fix(for code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "free some space or choose another -o, then run again"
        case EROFS: return "choose a folder on a writable disk with -o"
        case EACCES, EPERM: return "choose a folder you may write to with -o"
        case EIO: return "check the disk and run again"
        default: return "run again or choose another -o"
        }
    }
}
