import Foundation
import Hummingbird
import NIOPosix
import Records

/// `GET /api/token`, `GET`/`POST /login`, `POST /logout`.
struct SessionRoutes {
    let sessions: SessionStore
    let password: PasswordFile?
    let assets: String?

    func add(to router: Router<ServerContext>) {
        router.get("/api/token") { _, context in try await token(context) }
        router.get("/login") { _, context in loginPage(context, failed: false) }
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

    /// The login form: the web assets' `login.html` if there is one, else a plain built-in page.
    func loginPage(_ context: ServerContext, failed: Bool) -> Response {
        if !failed, let assets, let page = FileManager.default.contents(atPath: (assets as NSString).appendingPathComponent("login.html")) {
            return APIResponse.text(String(decoding: page, as: UTF8.self), contentType: "text/html; charset=utf-8")
        }
        let error = failed ? "<p role=\"alert\" class=\"error\">\(HTMLText.escaped(Localized.wrongPassword.text(in: context.language)))</p>" : ""
        let page = """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><title>BanTin – Đăng nhập</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body><main><h1>BanTin</h1>\(error)
        <form method="post" action="/login"><label>Mật khẩu <input type="password" name="password" autofocus required></label>
        <button type="submit">Đăng nhập</button></form></main></body></html>
        """
        return APIResponse.text(page, contentType: "text/html; charset=utf-8", status: failed ? .unauthorized : .ok)
    }

    /// Checks the password (form field or JSON `password`); on success a new logged-in session.
    func login(_ request: Request, _ context: ServerContext) async throws -> Response {
        guard let password else { return Response(status: .seeOther, headers: [.location: "/"]) }
        let body: Data
        switch await RequestBody.bytes(request, limit: 4096, context: context) {
        case .failure(let refusal): return refusal.response
        case .success(let data): body = data
        }
        let typed = Self.password(in: body, contentType: request.headers[.contentType] ?? "")
        let accepted = try await NIOThreadPool.singleton.runIfActive { password.accepts(typed) }
        let wantsJSON = (request.headers[.accept] ?? "").contains("application/json")
        guard accepted else {
            return wantsJSON ? APIResponse.error(.wrongPassword, status: .unauthorized, context: context) : loginPage(context, failed: true)
        }
        if let old = context.session { await sessions.close(old.id) }
        let session = await sessions.open(authenticated: true)
        var response = wantsJSON ? APIResponse.json(["csrf": session.csrf]) : Response(status: .seeOther, headers: [.location: "/"])
        response.setCookie(SecurityMiddleware.cookie(session.id))
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

/// Text put into HTML.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
