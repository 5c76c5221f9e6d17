import Foundation
import Render

/// The temporary files this process is writing (`.NAME.pdf.PID.RANDOM.tmp` beside each
/// target), so that an interrupt removes them and a later run removes those of a process
/// that was killed outright.
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()

    // Guarded by `lock`. The signal thread takes the lock and never gives it back: it exits
    // the process, so no worker can create a file after the files were removed.
    private let lock = NSLock()
    private var live: Set<String> = []
    private var swept: Set<String> = []

    /// Creates a new temporary file beside `target`. It is opened while the registry is
    /// locked, so an interrupt either comes before it exists or finds it registered.
    func create(beside target: String) throws(RenderError) -> OutputFile {
        let folder = (target as NSString).deletingLastPathComponent
        let name = ".\((target as NSString).lastPathComponent).\(getpid()).\(String(format: "%016llx", UInt64.random(in: 0...UInt64.max))).tmp"
        let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        lock.lock()
        defer { lock.unlock() }
        let file = try OutputFile(creating: path, exclusive: true)
        live.insert(path)
        return file
    }

    /// Forgets `path` (renamed into place or removed by the caller).
    func release(_ path: String) {
        lock.lock()
        live.remove(path)
        lock.unlock()
    }

    /// Removes `path` and forgets it.
    func discard(_ path: String) {
        lock.lock()
        unlink(path)
        live.remove(path)
        lock.unlock()
    }

    /// For the signal thread: removes every live temporary file and keeps the registry
    /// locked for good, so nothing new appears before the process exits.
    func removeAllForExit() -> Int {
        lock.lock()
        var removed = 0
        for path in live where unlink(path) == 0 { removed += 1 }
        return removed
    }

    /// Removes, once per run and folder, temporary files of ours whose process is gone (a
    /// SIGKILL cannot be caught). Only names of the exact form `.NAME.pdf.PID.RANDOM.tmp`
    /// are touched, and only when `kill(PID, 0)` says no such process exists.
    func removeStale(in folder: String) {
        let key = folder.isEmpty ? "." : folder
        lock.lock()
        defer { lock.unlock() }
        guard swept.insert(key).inserted,
              let names = try? FileManager.default.contentsOfDirectory(atPath: key) else { return }
        for name in names {
            guard let pid = Self.processID(inTemporaryName: name) else { continue }
            let path = (key as NSString).appendingPathComponent(name)
            let alive = pid == getpid() ? live.contains(path) : !(kill(pid, 0) == -1 && errno == ESRCH)
            guard !alive else { continue }
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            unlink(path)
        }
    }

    /// The PID in a name of the form `.NAME.pdf.PID.RANDOM.tmp` (RANDOM: 16 hex digits).
    static func processID(inTemporaryName name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[parts.count - 3].lowercased() == "pdf" else { return nil }
        let random = parts[parts.count - 1], pid = parts[parts.count - 2]
        guard random.count == 16, random.allSatisfy(\.isHexDigit),
              !pid.isEmpty, pid.allSatisfy(\.isASCII), pid.allSatisfy(\.isNumber),
              let value = pid_t(pid), value > 0 else { return nil }
        return value
    }
}
