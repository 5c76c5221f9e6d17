import Documents
import Foundation
import Render
import Typesetting

/// The one path from a document to its PDF, for every command: lay out, then write through
/// a temporary file beside the target (`.NAME.pdf.PID.RANDOM.tmp`), checked writes, `fsync`,
/// `close`, `rename` into place and an `fsync` of the folder. On any failure the temporary
/// file is removed and an earlier PDF stays byte for byte as it was.
enum DocumentWriter {
    /// Lays `built` out and writes it.
    static func write(_ built: BuiltDocument, to target: OutputTarget, renderer: PDFRenderer = PDFRenderer()) throws -> WrittenFile {
        let (pages, overlong) = Typesetter(setup: built.setup).layoutReporting(built.blocks)
        var written = try write(LaidOutDocument(pages: pages, info: built.info), to: target, renderer: renderer)
        written.overlong = overlong
        return written
    }

    /// Writes a laid-out document. Throws `OutputError` when the system fails, `RenderError`
    /// when the document cannot be drawn. `renderer` carries the run's pixel budget.
    static func write(_ document: LaidOutDocument, to target: OutputTarget, renderer: PDFRenderer = PDFRenderer()) throws -> WrittenFile {
        let path = target.path
        let folder = (path as NSString).deletingLastPathComponent
        try OutputFolder.prepare(folder.isEmpty ? "." : folder, within: target.root, for: path)
        let earlier = try checkPlace(path)
        TemporaryFiles.shared.removeStale(in: folder.isEmpty ? "." : folder)

        let file: OutputFile
        do { file = try TemporaryFiles.shared.create(beside: path) } catch { throw systemFailure(error, path: path, earlier: earlier) }
        let temporary = file.path
        do {
            try renderer.write(document, into: file)
            try file.commit()
        } catch {
            TemporaryFiles.shared.discard(temporary)
            throw systemFailure(error, path: path, earlier: earlier)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            TemporaryFiles.shared.discard(temporary)
            if code == EISDIR || code == ENOTEMPTY || code == EEXIST { throw OutputError.folderInTheWay(path) }
            throw OutputError.cannotWrite(path: path, code: code, earlierKept: earlier)
        }
        TemporaryFiles.shared.release(temporary)
        // The rename is durable only once the folder itself is synced.
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            let synced = fsync(descriptor)
            let code = errno
            close(descriptor)
            if synced != 0 && code != EINVAL && code != EROFS {
                throw OutputError.cannotWrite(path: path, code: code, earlierKept: false)
            }
        }
        return WrittenFile(path: path, pages: document.pages.count)
    }

    /// Refuses a place taken by a folder or by a read-only PDF; true when an earlier PDF is
    /// there (then it is kept on failure). Permission bits are checked as well as access(2):
    /// root may write anywhere, but a PDF made read-only was made so on purpose.
    private static func checkPlace(_ path: String) throws(OutputError) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .folderInTheWay(path) }
        if status.st_mode & 0o222 == 0 { throw .readOnly(path) }
        if access(path, W_OK) != 0 {
            // A read-only disk is the disk's fault, not the PDF's.
            if errno == EROFS { throw .cannotWrite(path: path, code: EROFS, earlierKept: true) }
            throw .readOnly(path)
        }
        return true
    }

    /// A system failure from the renderer, named after the target rather than the temporary
    /// file; a failure of the document itself passes through.
    private static func systemFailure(_ error: Error, path: String, earlier: Bool) -> Error {
        guard let error = error as? RenderError, error.isSystemFailure else { return error }
        switch error {
        case .fileFailed(_, _, let code): return OutputError.cannotWrite(path: path, code: code, earlierKept: earlier)
        case .writeFailed(_, let status), .cannotCreate(_, let status): return OutputError.renderFailed(path: path, reason: status)
        default: return error
        }
    }
}
