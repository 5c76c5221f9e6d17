import NIOCore

/// The server's tunables, with their defaults in this one place: how long a render may take,
/// how many run at once, how long a request waits for its turn, and how login failures are
/// limited. `bantin serve` uses the defaults; tests shorten them.
public struct ServerSettings: Sendable {
    /// A check or preview taking longer than this is answered 503; its late result is
    /// dropped (it wrote only to a scratch file, which is removed).
    public var renderSeconds: Double = 20
    /// The same bound for a product (bulletin, booklet, report), which sets many records.
    public var productSeconds: Double = 60
    /// Renders running at once (one per core); more requests wait their turn.
    public var renderSlots: Int = System.coreCount
    /// How long a request waits for a free render slot before it is answered 503.
    public var renderQueueSeconds: Double = 10
    /// Requests that may wait for a slot at once; more are answered 503 at once, so a burst
    /// of tabs holds no more than this many connections and tasks.
    public var renderQueueLength: Int = 4 * System.coreCount
    /// The `Retry-After` (seconds) of a 503 answered because the server is busy or too slow.
    public var busyRetrySeconds: Int = 5
    /// Failed logins from one client address allowed within `loginWindowSeconds`; the next
    /// attempt is answered 429 until the oldest failure leaves the window.
    public var loginFailures: Int = 5
    public var loginWindowSeconds: Double = 300
    /// Client addresses whose failures are remembered; past this the oldest are forgotten.
    public var loginClients: Int = 10_000
    /// A wrong password is answered after this pause (on top of bcrypt's own cost).
    public var loginFailureDelay: Double = 0.3
    /// Records whose list entries are remembered between calls of the records list.
    public var summaryCacheEntries: Int = 20_000

    public init() {}
}
