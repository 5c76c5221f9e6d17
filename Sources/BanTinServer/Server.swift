import Foundation
import Hummingbird
import Logging
import NIOCore
import Records

/// How `bantin serve` was asked to run.
public struct ServerConfiguration: Sendable {
    public var workspace: Workspace
    public var host: String
    public var port: Int
    /// Set: every page and route but the login page needs a logged-in session.
    public var password: PasswordFile?
    /// The folder of the web pages, scripts and styles (`Web/` of the installation); nil
    /// serves the API alone.
    public var assets: String?
    /// Time and concurrency bounds (the defaults unless a test shortens them).
    public var settings: ServerSettings

    public init(workspace: Workspace, host: String = "127.0.0.1", port: Int = 8080, password: PasswordFile? = nil,
                assets: String? = nil, settings: ServerSettings = ServerSettings()) {
        self.workspace = workspace
        self.settings = settings
        self.host = host
        self.port = port
        self.password = password
        self.assets = assets
    }

    /// Whether `host` is reached only from this machine (then no password is needed).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// `bantin serve`: the web app over a folder of records. Hummingbird 2 on SwiftNIO; each
/// request's pipeline work runs on NIO's thread pool, so the event loop only moves bytes.
public struct BanTinServer: Sendable {
    public let configuration: ServerConfiguration
    public let engine: any DocumentEngine
    let sessions = SessionStore()
    let scratch: ScratchFolder
    let logins: LoginLimiter
    let gate: RenderGate
    let summaries: RecordSummaryCache

    /// `clock` tells the login limiter the time (tests move it instead of waiting).
    public init(configuration: ServerConfiguration, engine: any DocumentEngine,
                clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.configuration = configuration
        self.engine = engine
        scratch = try ScratchFolder()
        logins = LoginLimiter(settings: configuration.settings, clock: clock)
        gate = RenderGate(settings: configuration.settings)
        summaries = RecordSummaryCache(capacity: configuration.settings.summaryCacheEntries)
    }

    /// Every route, behind the security middleware; the web assets last.
    public func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: SecurityMiddleware(sessions: sessions, passwordRequired: configuration.password != nil,
                                                  loopbackOnly: ServerConfiguration.isLoopback(configuration.host)))
        if let assets = configuration.assets {
            router.add(middleware: FileMiddleware(assets, searchForIndexHtml: true))
        }
        SessionRoutes(sessions: sessions, password: configuration.password, assets: configuration.assets, logins: logins,
                      failureDelay: configuration.settings.loginFailureDelay).add(to: router)
        RecordRoutes(workspace: configuration.workspace, engine: engine, gate: gate, summaries: summaries).add(to: router)
        ProductRoutes(workspace: configuration.workspace, engine: engine, scratch: scratch, gate: gate).add(to: router)
        UploadRoutes(workspace: configuration.workspace, summaries: summaries).add(to: router)
        PageRoutes(workspace: configuration.workspace, engine: engine, summaries: summaries).add(to: router)
        return router
    }

    /// The application, bound to the configured address; connections idle for
    /// `ServerLimits.idleSeconds` are closed.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "bantin-serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(ServerLimits.idleSeconds))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "BanTin"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onRunning: onRunning).runService()
    }
}
