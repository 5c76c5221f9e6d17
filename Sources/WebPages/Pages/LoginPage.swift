import Records

/// The login page, shown when the server was started with a password file: one password box,
/// posted to `/login` (the server answers with the login cookie and sends the clerk on to
/// `next`); `refused` says the last password was wrong.
public enum LoginPage {
    public static func render(next: String, refused: Bool, language: Language) -> String {
        func t(_ text: Localized) -> String { HTML.escape(text.text(in: language)) }
        // Only a path of this server is followed after login, never another site.
        let target = next.hasPrefix("/") && !next.hasPrefix("//") && !next.contains("\\") ? next : "/"
        let main = """
        <section class="login">
        <h1>\(t(.loginTitle))</h1>
        <p>\(t(.loginHelp))</p>
        \(refused ? "<p class=\"refused\" role=\"alert\" id=\"login-refused\">\(t(.loginRefused))</p>" : "")
        <form method="post" action="/login" id="login-form">
        <input type="hidden" name="next" value="\(HTML.escape(target))">
        <label><span class="label">\(t(.loginPassword))</span>
        <input type="password" name="password" id="password" autocomplete="current-password" required autofocus></label>
        <button type="submit" class="primary">\(t(.loginButton))</button>
        </form>
        </section>
        """
        return PageShell.render(page: .login, title: .loginTitle, main: main, language: language)
    }
}
