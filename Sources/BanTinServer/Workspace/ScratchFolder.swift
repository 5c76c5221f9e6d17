import Foundation

/// A private folder for the server's scratch files (products before they are sent), made
/// with mode 0700 outside the workspace and removed when the server stops.
public final class ScratchFolder: Sendable {
    public let path: String

    /// A new folder in `base` (the system's temporary folder by default).
    public init(in base: String = NSTemporaryDirectory()) throws {
        let template = (base as NSString).appendingPathComponent("bantin-serve.XXXXXX")
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
    }

    /// A fresh random name in the folder (not created).
    public func newFile(extension suffix: String) -> String {
        (path as NSString).appendingPathComponent("\(Token.random().prefix(16)).\(suffix)")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
