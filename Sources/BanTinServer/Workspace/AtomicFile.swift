import Foundation

/// Writes a file whole or not at all: the bytes go to a hidden temporary file beside the
/// target (`.NAME.RANDOM.tmp`), are synced, then renamed over the target, and the folder is
/// synced. Two writers of one file each rename their own complete file, so the last rename
/// wins whole; a reader never sees a mixed or truncated file.
enum AtomicFile {
    static func write(_ bytes: Data, to path: String) throws(AtomicWriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(UInt64.random(in: 0...UInt64.max)).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path, errno) }
        var failed: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let done = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if done < 0 { if errno == EINTR { continue }; failed = errno; return }
                offset += done
            }
        }
        if failed == 0, fsync(fd) != 0 { failed = errno }
        if close(fd) != 0, failed == 0 { failed = errno }
        guard failed == 0 else { unlink(temporary); throw .cannotWrite(path, failed) }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .cannotWrite(path, code)
        }
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 { _ = fsync(folderFD); close(folderFD) }
    }
}

/// A file the server could not write; the earlier file, if any, is unchanged.
struct AtomicWriteError: Error {
    var path: String
    var code: Int32
    static func cannotWrite(_ path: String, _ code: Int32) -> AtomicWriteError { AtomicWriteError(path: path, code: code) }
}
