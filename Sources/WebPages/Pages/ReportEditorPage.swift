import Records

/// A report record edited as text: its YAML in a text area, with the same live diagnostics
/// (shown under the text, each with its line) and the same preview as the meeting form.
public enum ReportEditorPage {
    public static func render(path: String, language: Language) -> String {
        func t(_ text: Localized) -> String { HTML.escape(text.text(in: language)) }
        let main = """
        <div class="editor" data-record-path="\(HTML.escape(path))">
        <section class="form-pane">
        <h1>\(t(.reportEditorTitle)) <code>\(HTML.escape(path))</code></h1>
        <p class="notice">\(t(.reportEditorHelp))</p>
        <form id="report-form" novalidate>
        <label class="yaml"><span class="label">\(t(.reportEditorTitle))</span>
        <textarea id="yaml" spellcheck="false" rows="30" wrap="off"></textarea></label>
        <ul class="diags" id="general-diags"></ul>
        <div class="actions sticky">
        <button type="submit" id="save" class="primary">\(t(.save))</button>
        <span id="status" role="status" aria-live="polite"></span>
        </div>
        </form>
        </section>
        \(PreviewPane.render(language: language))
        </div>
        """
        return PageShell.render(page: .report, title: .reportEditorTitle, main: main, language: language,
                                query: language == .en ? "?lang=en" : "")
    }
}
