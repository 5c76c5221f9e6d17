import Foundation

/// One browser's session: a random id in an HttpOnly, SameSite=Strict cookie, the CSRF
/// token every write must repeat in `X-CSRF-Token`, and whether it has logged in.
struct Session: Sendable {
    var id: String
    var csrf: String
    var authenticated: Bool
    var lastUsed: Date
}

/// The server's sessions, in memory only (a restart logs everyone out). Bounded: past
/// `capacity` the least recently used are forgotten, and idle ones expire.
actor SessionStore {
    private var sessions: [String: Session] = [:]
    let capacity: Int
    let idleLimit: TimeInterval

    init(capacity: Int = 1000, idleLimit: TimeInterval = 12 * 3600) {
        self.capacity = capacity
        self.idleLimit = idleLimit
    }

    /// The live session with `id`, touched.
    func session(_ id: String) -> Session? {
        guard var session = sessions[id] else { return nil }
        let now = Date()
        guard now.timeIntervalSince(session.lastUsed) < idleLimit else {
            sessions[id] = nil
            return nil
        }
        session.lastUsed = now
        sessions[id] = session
        return session
    }

    /// A new session with fresh random id and token.
    func open(authenticated: Bool) -> Session {
        if sessions.count >= capacity, let oldest = sessions.values.min(by: { $0.lastUsed < $1.lastUsed }) {
            sessions[oldest.id] = nil
        }
        let session = Session(id: Token.random(), csrf: Token.random(), authenticated: authenticated, lastUsed: Date())
        sessions[session.id] = session
        return session
    }

    func close(_ id: String) { sessions[id] = nil }
}

/// Random tokens and their comparison.
enum Token {
    /// 32 random bytes as hex, from the system's cryptographic generator (getrandom(2)).
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// Compares in time independent of where the strings differ, so a token cannot be
    /// guessed byte by byte from response times.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
