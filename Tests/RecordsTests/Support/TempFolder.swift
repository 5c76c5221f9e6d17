import Foundation

/// A fresh folder under the system temporary directory for one test; removed on deinit.
final class TempFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "bantin-records-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` as UTF-8 to `name` (sub-folders created) and returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let full = path + "/" + name
        let folder = (full as NSString).deletingLastPathComponent
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: full, contents: Data(bytes)), "cannot write \(full)")
        return full
    }

    /// A small file with the structure of a 1200 × 800 RGB JPEG (see `TestImages`).
    @discardableResult
    func writeJPEG(_ name: String) -> String {
        write(name, bytes: TestImages.seedJPEG)
    }
}
