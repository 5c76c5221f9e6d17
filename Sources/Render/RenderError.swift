import Foundation

/// Why a document could not be rendered; every case names what to look at.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// The document has no pages; Cairo would still write a blank page, which nobody wants.
    case emptyDocument
    /// A page's width or height is not a positive finite number of points.
    case invalidPageSize(page: Int, width: Double, height: Double)
    /// A glyph run cannot be drawn as described (clusters, size, glyph count).
    case invalidRun(page: Int, text: String, reason: String)
    /// A rule has non-finite ends or a negative thickness.
    case invalidRule(page: Int, reason: String)
    /// An image cannot be drawn: its rectangle or pixel size is not positive and finite, its
    /// file cannot be read, or the file is not the image the page describes.
    case invalidImage(page: Int, path: String, reason: String)
    /// A page's images need more decoded pixels at once than the renderer's pixel budget.
    case pixelBudgetExceeded(page: Int, pixels: Int, budget: Int)
    /// `DocumentInfo.creationDate` is not an ISO 8601 date Cairo can store.
    case invalidCreationDate(String)
    /// FreeType could not open a font file for drawing and embedding.
    case fontUnavailable(path: String, faceIndex: Int, reason: String)
    /// The output file could not be created.
    case cannotCreate(path: String, reason: String)
    /// A link, destination or outline entry cannot be written as described (`page` is nil
    /// for the outline).
    case invalidNavigation(page: Int?, reason: String)
    /// Cairo entered an error state while drawing a page (`text` is the run being drawn, if any).
    case drawingFailed(page: Int, text: String?, status: String)
    /// Cairo failed while finishing or writing the file.
    case writeFailed(path: String, status: String)
    /// The system refused the output file: `code` is the `errno` of `operation`.
    case fileFailed(path: String, operation: FileOperation, code: Int32)

    /// What was being done to the output file when the system refused.
    public enum FileOperation: String, Sendable {
        case create, write, sync, close
    }

    /// Whether the system failed (disk, permissions, I/O) rather than the document.
    public var isSystemFailure: Bool {
        switch self {
        case .cannotCreate, .writeFailed, .fileFailed: return true
        default: return false
        }
    }

    /// An `errno` in plain words: what a clerk can act on, before the system's own wording.
    public static func plainWords(errno code: Int32) -> String {
        switch code {
        case ENOSPC: return "disk full"
        case EDQUOT: return "disk quota exceeded"
        case EROFS: return "read-only file system"
        case EACCES, EPERM: return "permission denied"
        case EIO: return "input/output error (the disk or its connection failed)"
        case EISDIR: return "a folder is in the way"
        case ENOENT: return "no such file or folder"
        case EFBIG: return "file too large for this file system"
        default: return String(cString: strerror(code))
        }
    }

    public var description: String {
        switch self {
        case .emptyDocument:
            return "the document has no pages"
        case .invalidPageSize(let page, let width, let height):
            return "page \(page): invalid page size \(width) x \(height) pt"
        case .invalidRun(let page, let text, let reason):
            return "page \(page): cannot draw the text \"\(text)\": \(reason)"
        case .invalidRule(let page, let reason):
            return "page \(page): cannot draw a rule: \(reason)"
        case .invalidImage(let page, let path, let reason):
            return "page \(page): cannot draw the image \(path): \(reason)"
        case .pixelBudgetExceeded(let page, let pixels, let budget):
            return "page \(page): its PNG images need \(pixels / 1_000_000) million decoded pixels at once, more than the pixel budget of \(budget / 1_000_000) million (\(budget / 250_000) MB); use smaller PNG files (or JPEG photos), or raise the budget with --pixel-budget N (millions)"
        case .invalidCreationDate(let value):
            return "invalid creation date \"\(value)\": expected ISO 8601, e.g. 2023-07-03T16:30:00+07:00"
        case .fontUnavailable(let path, let faceIndex, let reason):
            return "cannot open font \(path) (face \(faceIndex)) for drawing: \(reason)"
        case .cannotCreate(let path, let reason):
            return "cannot create \(path): \(reason)"
        case .invalidNavigation(let page, let reason):
            if let page { return "page \(page): invalid navigation: \(reason)" }
            return "invalid navigation: \(reason)"
        case .drawingFailed(let page, let text, let status):
            if let text { return "page \(page): drawing the text \"\(text)\" failed: \(status)" }
            return "page \(page): drawing failed: \(status)"
        case .writeFailed(let path, let status):
            return "writing \(path) failed: \(status)"
        case .fileFailed(let path, let operation, let code):
            let verb = operation == .create ? "cannot create" : "cannot write"
            return "\(verb) \(path): \(Self.plainWords(errno: code))"
        }
    }
}
