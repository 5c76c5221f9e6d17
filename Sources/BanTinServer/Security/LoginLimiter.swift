import Foundation

/// Limits password guessing: each client address may fail `ServerSettings.loginFailures`
/// times within `loginWindowSeconds`; further attempts are refused (429) before the password
/// is even checked, until the oldest failure leaves the window. A success forgets the
/// address's failures. Memory is bounded: past `loginClients` addresses the one that failed
/// least recently is forgotten. Time comes from `clock`, so tests move it instead of sleeping.
actor LoginLimiter {
    private var failures: [String: [Date]] = [:]
    let limit: Int
    let window: TimeInterval
    let capacity: Int
    let clock: @Sendable () -> Date

    init(settings: ServerSettings, clock: @escaping @Sendable () -> Date) {
        limit = max(1, settings.loginFailures)
        window = settings.loginWindowSeconds
        capacity = max(1, settings.loginClients)
        self.clock = clock
    }

    /// Whole seconds `client` must wait before trying again, or nil when it may try now.
    func retryAfter(_ client: String) -> Int? {
        let now = clock()
        let recent = (failures[client] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[client] = recent.isEmpty ? nil : recent
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
    }

    /// An attempt from `client`, counted as a failure at once (a right password forgets it in
    /// `succeeded`): the seconds to wait when the client may not try now, else nil. Checking
    /// and counting in one step bounds attempts that arrive together, before any password
    /// check has ended.
    func begin(_ client: String) -> Int? {
        if let wait = retryAfter(client) { return wait }
        failed(client)
        return nil
    }

    /// Counts a wrong password from `client`.
    func failed(_ client: String) {
        let now = clock()
        if failures[client] == nil, failures.count >= capacity,
           let stalest = failures.min(by: { ($0.value.last ?? .distantPast) < ($1.value.last ?? .distantPast) }) {
            failures[stalest.key] = nil
        }
        var list = (failures[client] ?? []).filter { now.timeIntervalSince($0) < window }
        list.append(now)
        // Only the last `limit` failures decide when the client may try again.
        failures[client] = Array(list.suffix(limit))
    }

    /// A right password: the client's failures are forgotten.
    func succeeded(_ client: String) { failures[client] = nil }

    /// Addresses remembered (for tests of the bound).
    var clients: Int { failures.count }
}
