import Foundation
import Hummingbird
import NIOPosix
import Records

/// Bounds the pipeline's work on the expensive routes (check, preview, products): at most
/// `ServerSettings.renderSlots` renders run at once, a request waits at most
/// `renderQueueSeconds` for a slot, and a render taking longer than `renderSeconds` is answered
/// without its result. Synchronous pipeline code cannot be stopped, so a late render keeps its
/// slot until it really ends (memory stays bounded) and its result is dropped unseen.
actor RenderGate {
    /// How a bounded render ended.
    enum Outcome<Value: Sendable>: Sendable {
        case done(Value)
        /// No slot was free within the queue time; the work never started.
        case busy
        /// The work started but did not end in time; whatever it returns is dropped.
        case timedOut
    }

    let slots: Int
    let queueSeconds: Double
    let queueLength: Int
    let renderSeconds: Double
    let productSeconds: Double
    let retrySeconds: Int
    /// The renders' own threads, one per slot: a render never waits behind other blocking
    /// work (bcrypt, the records list), nor that work behind a late render, and its deadline
    /// starts when it does. Started here, shut down with the gate.
    private let pool: NIOThreadPool
    private var running = 0
    private var waiting: [(id: UInt64, resume: CheckedContinuation<Bool, Never>, expiry: Task<Void, Never>?)] = []
    private var nextID: UInt64 = 0

    init(settings: ServerSettings) {
        slots = max(1, settings.renderSlots)
        queueSeconds = settings.renderQueueSeconds
        queueLength = max(0, settings.renderQueueLength)
        renderSeconds = settings.renderSeconds
        productSeconds = settings.productSeconds
        retrySeconds = max(1, settings.busyRetrySeconds)
        pool = NIOThreadPool(numberOfThreads: slots)
        pool.start()
    }

    deinit { pool.shutdownGracefully { _ in } }

    /// Runs `work` on NIO's thread pool within the bounds (`seconds`: its time, by default
    /// `renderSeconds`).
    nonisolated func run<Value: Sendable>(seconds: Double? = nil, _ work: @escaping @Sendable () -> Value) async -> Outcome<Value> {
        guard await acquire() else { return .busy }
        let seconds = seconds ?? renderSeconds
        return await withCheckedContinuation { (continuation: CheckedContinuation<Outcome<Value>, Never>) in
            let once = ResumeOnce(continuation)
            let deadline = Task {
                try? await Task.sleep(for: .seconds(seconds))
                if !Task.isCancelled { once.resume(.timedOut) }
            }
            Task {
                let value = try? await self.pool.runIfActive(work)
                // The slot is freed only now, when the work has really ended.
                await self.release()
                deadline.cancel()
                once.resume(value.map { Outcome<Value>.done($0) } ?? .timedOut)
            }
        }
    }

    /// Takes a slot, waiting at most `queueSeconds`; false when none came free or
    /// `queueLength` requests already wait.
    private func acquire() async -> Bool {
        if running < slots {
            running += 1
            return true
        }
        guard waiting.count < queueLength else { return false }
        nextID &+= 1
        let id = nextID
        let wait = queueSeconds
        return await withCheckedContinuation { continuation in
            let expiry = Task {
                try? await Task.sleep(for: .seconds(wait))
                if !Task.isCancelled { self.expire(id) }
            }
            waiting.append((id, continuation, expiry))
        }
    }

    /// Hands the slot to the longest waiter, or frees it.
    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            let next = waiting.removeFirst()
            next.expiry?.cancel()
            next.resume.resume(returning: true)
        }
    }

    /// A waiter whose queue time is over gives up (if it is still waiting).
    private func expire(_ id: UInt64) {
        guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
        waiting.remove(at: index).resume.resume(returning: false)
    }

    /// Renders running now (for tests).
    var busySlots: Int { running }
}

extension RenderGate {
    /// Runs an expensive step (a check or a render of one record; `product`: a bulletin, booklet
    /// or report of many) within the bounds: its value, or the 503 that says the server is busy
    /// or the work too large to do here.
    nonisolated func bounded<Value: Sendable>(_ context: ServerContext, product: Bool = false,
                                              _ work: @escaping @Sendable () -> Value) async -> Result<Value, ResponseRefusal> {
        let seconds = product ? productSeconds : renderSeconds
        switch await run(seconds: seconds, work) {
        case .done(let value): return .success(value)
        case .busy: return .failure(ResponseRefusal(Self.unavailable(.serverBusy, retry: retrySeconds, context: context)))
        case .timedOut:
            let shown = Int(seconds.rounded(.up))
            return .failure(ResponseRefusal(Self.unavailable(product ? .productTooSlow(shown) : .renderTooSlow(shown),
                                                             retry: retrySeconds, context: context)))
        }
    }

    /// 503 `{"error": …}` with `Retry-After`.
    static func unavailable(_ message: Localized, retry: Int, context: ServerContext) -> Response {
        var response = APIResponse.error(message, status: .serviceUnavailable, context: context)
        response.headers[.retryAfter] = String(retry)
        return response
    }
}

/// A continuation resumed by whichever of the render and its deadline ends first; the other's
/// value is dropped. @unchecked Sendable: `continuation` is read and cleared under `lock`.
private final class ResumeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, Never>?

    init(_ continuation: CheckedContinuation<Value, Never>) { self.continuation = continuation }

    func resume(_ value: Value) {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(returning: value)
    }
}
