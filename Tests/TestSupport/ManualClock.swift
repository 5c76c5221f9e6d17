import Foundation

/// A clock a test moves by hand, for code that takes its time from an injected clock (the
/// server's login limiter): no test sleeps to see time pass. @unchecked Sendable: `now` is
/// read and written under `lock`.
public final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { now = start }

    public func read() -> Date { lock.withLock { now } }

    public func advance(_ seconds: TimeInterval) { lock.withLock { now += seconds } }
}
