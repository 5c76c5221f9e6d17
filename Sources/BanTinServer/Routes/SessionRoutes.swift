import Foundation
import Hummingbird
import NIOPosix
import Records
import WebPages

/// `GET /api/token`, `GET`/`POST /login`, `POST /logout`.
struct SessionRoutes {
    let sessions: SessionStore
    let password: PasswordFile?
    let assets: String?
    let logins: LoginLimiter
    /// Seconds a wrong password waits before its answer.
    let failureDelay: Double

    func add(to router: Router<ServerContext>) {
        router.get("/api/token") { _, context in try await token(context) }
        router.get("/login") { request, _ in loginPage(PageRoutes.language(request), failed: false) }
        router.post("/login") { request, context in try await login(request, context) }
        router.post("/logout") { _, context in
            if let session = context.session { await sessions.close(session.id) }
            var response = Response(status: .seeOther, headers: [.location: "/login"])
            response.setCookie(Cookie(name: SecurityMiddleware.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }

    /// `{"csrf": TOKEN, "login": Bool}`; opens a session (and sets its cookie) when there is none.
    func token(_ context: ServerContext) async throws -> Response {
        struct Answer: Encodable { var csrf: String; var login: Bool }
        if let session = context.session {
            return APIResponse.json(Answer(csrf: session.csrf, login: password != nil))
        }
        let session = await sessions.open(authenticated: password == nil)
        var response = APIResponse.json(Answer(csrf: session.csrf, login: password != nil))
        response.setCookie(SecurityMiddleware.cookie(session.id))
        return response
    }

    /// The login form (`WebPages.LoginPage`), saying so when the last password was wrong.
    func loginPage(_ language: Language, failed: Bool) -> Response {
        var response = APIResponse.text(LoginPage.render(next: "/", refused: failed, language: language),
                                        contentType: "text/html; charset=utf-8", status: failed ? .unauthorized : .ok)
        response.headers[.contentSecurityPolicy] = PageRoutes.policy
        return response
    }

    /// Checks the password (form field or JSON `password`); on success a new logged-in session.
    func login(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let password else { return Response(status: .seeOther, headers: [.location: "/"]) }
        let body: Data
        switch await RequestBody.bytes(request, limit: 4096, context: context) {
        case .failure(let refusal): return refusal.response
        case .success(let data): body = data
        }
        let wantsJSON = (request.headers[.accept] ?? "").contains("application/json")
        // Refused before bcrypt runs: a guessing client costs the server nothing more.
        let client = context.clientAddress
        // Counted before bcrypt runs, so guesses sent together are bounded too.
        if let wait = await logins.begin(client) {
            return Self.tooManyLogins(wait, wantsJSON: wantsJSON, request: request, context: context)
        }
        let typed = Self.password(in: body, contentType: request.headers[.contentType] ?? "")
        let accepted = try await NIOThreadPool.singleton.runIfActive { password.accepts(typed) }
        guard accepted else {
            if failureDelay > 0 { try? await Task.sleep(for: .seconds(failureDelay)) }
            return wantsJSON ? APIResponse.error(.wrongPassword, status: .unauthorized, context: context) : loginPage(PageRoutes.language(request), failed: true)
        }
        await logins.succeeded(client)
        if let old = context.session { await sessions.close(old.id) }
        let session = await sessions.open(authenticated: true)
        var response = wantsJSON ? APIResponse.json(["csrf": session.csrf]) : Response(status: .seeOther, headers: [.location: "/"])
        response.setCookie(SecurityMiddleware.cookie(session.id))
        return response
    }

    /// 429 with `Retry-After`: JSON `{"error": …}` for a script, the plain message for the form
    /// (in the page's language, `?lang=en` for English).
    static func tooManyLogins(_ seconds: Int, wantsJSON: Bool, request: Request, context: ServerContext) -> Response {
        var response = wantsJSON
            ? APIResponse.error(.tooManyLogins(seconds), status: .tooManyRequests, context: context)
            : APIResponse.text(Localized.tooManyLogins(seconds).text(in: PageRoutes.language(request)) + "\n",
                               contentType: "text/plain; charset=utf-8", status: .tooManyRequests)
        response.headers[.retryAfter] = String(seconds)
        return response
    }

    /// The password field of a urlencoded form or a JSON object.
    static func password(in body: Data, contentType: String) -> String {
        if contentType.contains("application/json") {
            let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any]
            return object?["password"] as? String ?? ""
        }
        let text = String(decoding: body, as: UTF8.self)
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0] == "password" else { continue }
            return String(parts[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
        }
        return ""
    }
}
