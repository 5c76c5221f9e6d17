import Records

/// The frame every page shares: document head, navigation, the script's messages and the
/// page's own script. Styles and scripts come from the web assets (no CDN, nothing inline to
/// execute, so a strict Content-Security-Policy holds).
public enum PageShell {
    /// Where the server serves the web-assets folder.
    public static let assetPrefix = "/static/"

    /// The whole document around `main` (already escaped HTML).
    static func render(page: Page, title: Localized, main: String, language: Language, query: String = "") -> String {
        let lang = language.rawValue
        let other: Language = language == .vi ? .en : .vi
        let messages = Localized.clientMessages.mapValues { $0.text(in: language) }
        let nav = [(Page.records, "/", Localized.navRecords), (Page.products, "/products", Localized.navProducts)]
            .map { item in
                let current = item.0 == page || (item.0 == .records && (page == .meeting || page == .report))
                return "<a href=\"\(item.1)\(query)\"\(current ? " aria-current=\"page\"" : "")>\(HTML.escape(item.2.text(in: language)))</a>"
            }
            .joined(separator: "\n      ")
        let navigation = page == .login ? "" : """
            <nav class="top" aria-label="\(HTML.escape(Localized.appName.text(in: language)))">
              <span class="brand">BanTin</span>
              \(nav)
              <a class="lang" href="?lang=\(other.rawValue)" lang="\(other.rawValue)">\(HTML.escape(Localized.otherLanguage.text(in: language)))</a>
            </nav>
        """
        return """
        <!DOCTYPE html>
        <html lang="\(lang)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title.text(in: language))) · BanTin</title>
        <link rel="stylesheet" href="\(assetPrefix)app.css">
        <link rel="icon" href="data:,">
        </head>
        <body data-page="\(page.rawValue)">
        <a class="skip" href="#main">\(HTML.escape(Localized.skipToContent.text(in: language)))</a>
        \(navigation)
        <main id="main">
        \(main)
        </main>
        <script type="application/json" id="messages">\(HTML.jsonScript(messages))</script>
        <script src="\(assetPrefix)common.js"></script>
        <script src="\(assetPrefix)\(page.script)"></script>
        </body>
        </html>

        """
    }
}
