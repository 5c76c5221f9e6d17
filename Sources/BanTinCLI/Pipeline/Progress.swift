import Foundation
import Records

/// A one-line progress counter on stderr, shown only when stderr is a terminal (silence
/// otherwise, so logs and CI output stay clean).
final class Progress: @unchecked Sendable {
    // Guarded by `lock`: workers report from several threads.
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        self.enabled = isatty(STDERR_FILENO) != 0 && total > 1
    }

    func advance() {
        guard enabled else { return }
        lock.lock()
        done += 1
        let line = "\r" + Localized.progress(done: done, total: total).text()
        FileHandle.standardError.write(Data(line.utf8))
        if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        lock.unlock()
    }
}
