import Foundation

/// What says a file changed: size, modification time to the nanosecond, inode (a file replaced
/// by rename, as every save is, gets a new one).
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt64
    var isFile: Bool

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
        isFile = (info.st_mode & S_IFMT) == S_IFREG
    }
}
