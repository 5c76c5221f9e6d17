import Foundation

/// A file the renderer writes a PDF into, through a file descriptor this object owns (closed
/// in `deinit` if the caller never closed it). Every write is checked, partial writes are
/// continued and interrupted ones retried, so a full disk or a failing device is an error
/// naming its cause instead of a short file that looks finished.
///
/// Used by one thread at a time (the one rendering the document), hence not `Sendable`.
public final class OutputFile {
    /// Where the file is.
    public let path: String
    /// The open descriptor, -1 once closed.
    private var descriptor: Int32
    /// The first failure: later writes are refused so the file never has a hole.
    public private(set) var failure: RenderError?

    /// Creates `path` for writing. `exclusive` refuses a file that already exists (for
    /// temporary files, whose names must be new); otherwise an existing file is truncated.
    public init(creating path: String, exclusive: Bool, permissions: mode_t = 0o644) throws(RenderError) {
        self.path = path
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
        var opened: Int32
        repeat { opened = open(path, flags, permissions) } while opened < 0 && errno == EINTR
        guard opened >= 0 else { throw .fileFailed(path: path, operation: .create, code: errno) }
        descriptor = opened
    }

    deinit {
        if descriptor >= 0 { _ = close(descriptor) }
    }

    /// Appends `bytes`; false (with `failure` set) when the system refused them.
    public func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil, descriptor >= 0 else {
            if failure == nil { failure = .fileFailed(path: path, operation: .write, code: EBADF) }
            return false
        }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = .fileFailed(path: path, operation: .write, code: errno)
                return false
            }
            if written == 0 {
                // A write of nothing with no error: the device takes no more.
                failure = .fileFailed(path: path, operation: .write, code: ENOSPC)
                return false
            }
            offset += written
        }
        return true
    }

    /// Makes the bytes durable (`fsync`) and closes the file, checking both: some file
    /// systems (NFS, quotas) report a full disk only here.
    public func commit() throws(RenderError) {
        if let failure { throw failure }
        guard descriptor >= 0 else { throw .fileFailed(path: path, operation: .close, code: EBADF) }
        var synced: Int32
        repeat { synced = fsync(descriptor) } while synced != 0 && errno == EINTR
        if synced != 0 {
            let code = errno
            _ = close(descriptor)
            descriptor = -1
            failure = .fileFailed(path: path, operation: .sync, code: code)
            throw failure!
        }
        let closed = close(descriptor)
        descriptor = -1
        // After close(2) fails the descriptor is gone either way (Linux); never retry it.
        if closed != 0 {
            failure = .fileFailed(path: path, operation: .close, code: errno)
            throw failure!
        }
    }
}
