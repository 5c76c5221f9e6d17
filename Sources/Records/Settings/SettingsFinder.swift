import Foundation

/// Finds the settings file of a record: the nearest `bantin.yaml` in the record's folder or
/// any folder above it, up to the file-system root. Each folder is looked at once per run.
public final class SettingsFinder: @unchecked Sendable {
    // `answers` is guarded by `lock`; the finder is shared by the worker threads.
    private var answers: [String: String?] = [:]
    private let lock = NSLock()

    public init() {}

    /// The settings file that applies to the record at `record`, or nil when none does.
    public func settingsFile(forRecord record: String) -> String? {
        nearest(from: RecordLoader.folder(of: record))
    }

    /// The nearest settings file in `folder` (absolute) or above it.
    public func nearest(from folder: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        var visited: [String] = []
        var current = folder
        var found: String?
        while true {
            if let known = answers[current] { found = known; break }
            visited.append(current)
            let candidate = (current == "/" ? "" : current) + "/" + Settings.fileName
            if Self.isFile(candidate) { found = candidate; break }
            let parent = (current as NSString).deletingLastPathComponent
            if current == "/" || parent.isEmpty || parent == current { break }
            current = parent
        }
        for folder in visited { answers[folder] = found }
        return found
    }

    /// A regular file (links followed): a folder or a FIFO named bantin.yaml is not settings
    /// and is never opened.
    private static func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}
