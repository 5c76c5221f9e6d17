import Dispatch
import Foundation

/// Runs jobs on a fixed number of worker threads and returns results in input order.
enum Runner {
    static func run<Result: Sendable>(_ jobs: [RecordJob], workers: Int,
                                      _ work: @escaping @Sendable (RecordJob) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: jobs.count)
        let progress = Progress(total: jobs.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, jobs.count))) { _ in
            while let index = next.take(below: jobs.count) {
                results.set(index, work(jobs[index]))
                progress.advance()
            }
        }
        return results.values()
    }
}

/// The next job index, handed out once each.
private final class Counter: @unchecked Sendable {
    // Guarded by `lock`.
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// One result slot per job, written by whichever worker ran it.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    // Guarded by `lock`.
    private var slots: [Result?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Result) { lock.lock(); slots[index] = value; lock.unlock() }
    func values() -> [Result] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
}
