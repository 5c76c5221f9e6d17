import BanTinServer
import Foundation
import Records

/// A stand-in for the pipeline: every step can be held until the test lets it go (a render
/// that takes too long), and it counts what it was asked, how many ran at once, and the files
/// it wrote. @unchecked Sendable: all state is behind `lock`; `held` is a semaphore.
final class FakeEngine: DocumentEngine, @unchecked Sendable {
    private let lock = NSLock()
    private var holding: Bool
    private let held = DispatchSemaphore(value: 0)
    private var running = 0
    private(set) var mostAtOnce = 0
    private(set) var started = 0
    private(set) var finished = 0
    private(set) var summaries = 0
    private(set) var outputs: [String] = []

    /// `holding`: each step waits for `release()` before it answers.
    init(holding: Bool) { self.holding = holding }

    /// Lets every held step (and all later ones) finish.
    func release() {
        let waiting = lock.withLock { () -> Int in
            holding = false
            return running
        }
        for _ in 0..<max(waiting, 1) * 4 { held.signal() }
    }

    var counts: (started: Int, finished: Int, mostAtOnce: Int, summaries: Int) {
        lock.withLock { (started, finished, mostAtOnce, summaries) }
    }

    var writtenFiles: [String] { lock.withLock { outputs } }

    private func step<Value>(_ body: () -> Value) -> Value {
        let hold = lock.withLock { () -> Bool in
            started += 1
            running += 1
            mostAtOnce = max(mostAtOnce, running)
            return holding
        }
        if hold { held.wait() } else { usleep(20_000) }
        let value = body()
        lock.withLock {
            running -= 1
            finished += 1
        }
        return value
    }

    func check(_ text: String, as path: String) -> [Diagnostic] { step { [] } }

    func preview(_ text: String, as path: String) -> EngineOutcome { step { .pdf(Data("%PDF-1.7 fake".utf8)) } }

    func summary(ofFile path: String) -> RecordSummary {
        lock.withLock { summaries += 1 }
        return RecordSummary(path: path, problems: 0)
    }

    func make(_ product: ProductKind, arguments: [String], output: String) -> EngineOutcome {
        step {
            _ = FileManager.default.createFile(atPath: output, contents: Data("%PDF-1.7 fake".utf8))
            lock.withLock { outputs.append(output) }
            return .pdf(Data("%PDF-1.7 fake".utf8))
        }
    }

    /// Waits (a bounded number of short polls) until `done` holds.
    static func waitUntil(_ done: () -> Bool) async {
        for _ in 0..<500 where !done() { try? await Task.sleep(for: .milliseconds(10)) }
    }
}
