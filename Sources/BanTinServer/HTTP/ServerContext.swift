import Hummingbird
import NIOCore
import Records

/// Each request's context: Hummingbird's own, plus the session the cookie names and the
/// language its messages are given in.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var session: Session?
    var language: Language = .vi
    /// The connected peer (nil in in-process tests).
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's IP address, which login attempts are counted by (not the port: each
    /// connection has its own). Headers such as X-Forwarded-For are not trusted: anyone can send them.
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }

    /// The largest body any route reads (an upload); each route bounds its own below this.
    public var maxUploadSize: Int { ServerLimits.uploadBytes }
}

/// How much a request may ask of the server.
public enum ServerLimits {
    /// A record's text, YAML or JSON (records themselves are limited further by InputLimits).
    public static let recordBytes = 2 << 20
    /// A photo upload.
    public static let uploadBytes = 20 << 20
    /// Product options (a JSON object).
    public static let optionsBytes = 64 << 10
    /// A connection that sends nothing for this long is closed (slow clients hold no worker).
    public static let idleSeconds: Int64 = 30
}
