import BanTinCLI
import BanTinServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport

/// A workspace copied from Examples/ and a server over it, driven in process.
struct ServerHarness {
    let folder: String
    let server: BanTinServer

    /// The server's bounds for tests about anything but the bounds: a debug build on a loaded
    /// two-core machine may take far longer than `bantin serve`'s defaults allow, and a 503
    /// there would say nothing about what the test checks (RenderBoundTests sets its own).
    static let patient: ServerSettings = {
        var settings = ServerSettings()
        settings.renderSeconds = 600; settings.productSeconds = 600; settings.renderQueueSeconds = 600
        settings.renderQueueLength = 1_000
        return settings
    }()

    /// The engine is made once: loading the fonts is the slow part.
    static let engine: PipelineEngine = try! PipelineEngine()

    /// `countsWorkspace`: an engine of its own whose reports count this workspace's meetings,
    /// as `bantin serve` makes it (slower: it loads the fonts again).
    /// `engine` replaces the pipeline (a fake slow or counting one); `settings` and `clock` are the
    /// server's bounds and the login limiter's time.
    init(password: PasswordFile? = nil, assets: String? = nil, also extra: [String] = [], countsWorkspace: Bool = false,
         engine: (any DocumentEngine)? = nil, settings: ServerSettings = ServerHarness.patient,
         clock: @escaping @Sendable () -> Date = { Date() }) throws {
        folder = Fixtures.temporaryFolder()
        for item in ["2023-07-03.yaml", "2023-06-28.yaml", "photos", "reports"] + extra {
            try FileManager.default.copyItem(atPath: Fixtures.path("Examples/\(item)"), toPath: folder + "/" + item)
        }
        server = try BanTinServer(configuration: ServerConfiguration(workspace: try Workspace(folder: folder), password: password,
                                                                       assets: assets, settings: settings),
                                  engine: try engine ?? (countsWorkspace ? try PipelineEngine(records: [folder]) : Self.engine),
                                  clock: clock)
    }

    /// Runs `body` with a client of an in-process server.
    func test<Value: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let application = Application(router: server.router())
        return try await application.test(.router) { client in try await body(client) }
    }

    func text(_ relative: String) -> String? { try? String(contentsOfFile: folder + "/" + relative, encoding: .utf8) }
}

/// A session's cookie and CSRF token, from GET /api/token.
struct Credentials: Sendable {
    var cookie: String
    var csrf: String

    static func fetch(_ client: any TestClientProtocol) async throws -> Credentials {
        let response = try await client.execute(uri: "/api/token", method: .get)
        let cookie = response.headers[.setCookie]!.split(separator: ";")[0]
        let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
        return Credentials(cookie: String(cookie), csrf: json["csrf"] as! String)
    }

    /// Headers of a write with these credentials (`token: false` leaves the token out).
    func headers(token: Bool = true, contentType: String? = nil) -> HTTPFields {
        var fields = HTTPFields()
        fields[.cookie] = cookie
        if token { fields[HTTPField.Name("X-CSRF-Token")!] = csrf }
        if let contentType { fields[.contentType] = contentType }
        return fields
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(buffer: body)) }
}
