import Records

/// What the meeting form and the report editor share: the heading and notice above the
/// editor, the diagnostics that belong to no field, the save bar, and the preview beside it.
enum EditorPage {
    /// The page of an editor whose form (`formAttributes`, e.g. `id="record-form"`) holds
    /// `fields`; `editorAttributes` go on the editor's outer element for the script.
    static func render(page: Page, title: Localized, heading: String, notice: Localized, editorAttributes: String,
                       formAttributes: String, fields: String, language: Language) -> String {
        func t(_ text: Localized) -> String { HTML.escape(text.text(in: language)) }
        let main = """
        <div class="editor" \(editorAttributes)>
        <section class="form-pane">
        <h1>\(heading)</h1>
        <p class="notice">\(t(notice))</p>
        <form \(formAttributes) novalidate>
        \(fields)
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
        return PageShell.render(page: page, title: title, main: main, language: language,
                                query: language == .en ? "?lang=en" : "")
    }
}
