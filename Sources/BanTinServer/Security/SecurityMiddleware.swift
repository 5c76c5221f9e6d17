import Foundation
import HTTPTypes
import Hummingbird
import Records

/// Guards every request: finds its session and language, sends an unauthenticated client to
/// the login page when a password is set, and refuses a write (any method but GET and HEAD)
/// whose `X-CSRF-Token` is not its session's token (403).
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    static let cookieName = "bantin_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    let sessions: SessionStore
    let passwordRequired: Bool
    /// Bound to loopback: requests must name a loopback host too. A web page elsewhere could
    /// otherwise point its own domain at 127.0.0.1 (DNS rebinding) and read the API as its own.
    let loopbackOnly: Bool

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        var context = context
        context.language = Self.language(of: request)
        if let id = request.cookies[Self.cookieName]?.value { context.session = await sessions.session(id) }
        let path = request.uri.path
        // HTTP/1's Host header arrives as the authority; a client may also send it as a field.
        if loopbackOnly, let authority = request.headers[HTTPField.Name("Host")!] ?? request.head.authority,
           !Self.isLoopbackAuthority(authority) {
            return APIResponse.error(.hostRefused(authority), status: .misdirectedRequest, context: context)
        }
        let isWrite = request.method != .get && request.method != .head

        if passwordRequired, context.session?.authenticated != true, !Self.isPublic(path) {
            if path.hasPrefix("/api/") || isWrite {
                return APIResponse.error(.loginRequired, status: .unauthorized, context: context)
            }
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
        if isWrite, path != "/login" {
            guard let session = context.session, let sent = request.headers[Self.csrfHeader], Token.same(sent, session.csrf) else {
                return APIResponse.error(.csrfMissing, status: .forbidden, context: context)
            }
        }
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "SAMEORIGIN"
        return response
    }

    /// `localhost`, `127.…` or `[::1]`, with or without a port.
    static func isLoopbackAuthority(_ authority: String) -> Bool {
        var host = authority.lowercased()
        if host.hasPrefix("[") { return host.hasPrefix("[::1]") }
        if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        return host == "localhost" || host.hasPrefix("127.")
    }

    /// What may be reached before logging in: the login page and the files it uses.
    static func isPublic(_ path: String) -> Bool {
        path == "/login" || path.hasPrefix("/static/") || path == "/favicon.ico"
    }

    /// `?lang=en`, else the first language of Accept-Language; Vietnamese by default.
    static func language(of request: Request) -> Language {
        if let asked = request.uri.queryParameters.get("lang"), let language = Language(option: asked) { return language }
        if let accept = request.headers[.acceptLanguage], accept.lowercased().hasPrefix("en") { return .en }
        return .vi
    }

    /// The cookie that carries session `id`: HttpOnly, SameSite=Strict, for the whole site.
    static func cookie(_ id: String) -> Cookie {
        Cookie(name: cookieName, value: id, path: "/", httpOnly: true, sameSite: .strict)
    }
}
