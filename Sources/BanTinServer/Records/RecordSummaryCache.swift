import Foundation

/// The records list's entries, remembered between calls: checking every record on each call of
/// `GET /api/records` (and the records and products pages) is slow for hundreds of records. An
/// entry is reused while its file has the same size, modification time (nanoseconds) and inode,
/// and while no other file of the workspace changed (settings, layouts, photos and signatures
/// all feed the check, so any change to a file that is not a record forgets every entry). Saves
/// and uploads through the server forget everything too.
final class RecordSummaryCache: @unchecked Sendable {
    // @unchecked Sendable: `entries` is only read and written while holding `lock`.
    private let lock = NSLock()
    private var entries: [String: (stamp: FileStamp, workspace: Int, summary: RecordSummary)] = [:]
    /// Counts `invalidate` calls, so that a scan begun before one never stores what it read.
    private var generation = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// One entry per record file of `workspace`, sorted by path, checked by `engine` only when
    /// the file or the workspace's other files changed since the last call. Blocking: run off
    /// the event loop.
    func summaries(of workspace: Workspace, engine: any DocumentEngine) -> [RecordSummary] {
        let files = workspace.recordFiles()
        let others = Self.workspaceStamp(workspace.root, excluding: Set(files))
        let (known, began) = lock.withLock { (entries, generation) }
        var fresh: [String: (stamp: FileStamp, workspace: Int, summary: RecordSummary)] = [:]
        let list = files.map { file -> RecordSummary in
            let stamp = FileStamp(file)
            var summary: RecordSummary
            if let stamp, let old = known[file], old.stamp == stamp, old.workspace == others {
                summary = old.summary
            } else {
                summary = engine.summary(ofFile: file)
            }
            if let stamp, fresh.count < capacity { fresh[file] = (stamp, others, summary) }
            summary.path = workspace.relative(file)
            return summary
        }
        // Records removed since the last call are forgotten with it; a save or upload during
        // the scan wins over what the scan read.
        lock.withLock { if generation == began { entries = fresh } }
        return list
    }

    /// Forgets every entry (after a save or an upload).
    func invalidate() { lock.withLock { entries = [:]; generation &+= 1 } }

    /// Entries remembered now (for tests).
    var count: Int { lock.withLock { entries.count } }

    /// The names, sizes and modification times of every file of the workspace that is not a
    /// record (hidden files skipped, as the server never reads them), folded into one number.
    /// Folders are left out: saving a record (a rename) changes its folder's time; so are PDFs,
    /// which are outputs (`bantin watch -o` into the workspace), never what a check reads.
    static func workspaceStamp(_ root: String, excluding records: Set<String>) -> Int {
        var hasher = Hasher()
        guard let walk = FileManager.default.enumerator(at: URL(fileURLWithPath: root), includingPropertiesForKeys: nil,
                                                         options: [.skipsHiddenFiles]) else { return 0 }
        var paths: [String] = []
        for case let url as URL in walk {
            let path = url.path
            if !records.contains(path) && url.pathExtension.lowercased() != "pdf" { paths.append(path) }
        }
        for path in paths.sorted() {
            guard let stamp = FileStamp(path), stamp.isFile else { continue }
            hasher.combine(path)
            hasher.combine(stamp)
        }
        return hasher.finalize()
    }
}
