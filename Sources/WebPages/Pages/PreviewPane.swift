import Records

/// The preview beside an editor: the PDF in a frame, or, while the record has errors, the
/// list of them in its place (never a stale PDF).
enum PreviewPane {
    static func render(language: Language) -> String {
        func t(_ text: Localized) -> String { HTML.escape(text.text(in: language)) }
        return """
        <section class="preview-pane" aria-labelledby="preview-heading">
        <h2 id="preview-heading">\(t(.previewHeading)) <span id="preview-status" role="status" aria-live="polite"></span></h2>
        <div id="preview-errors" class="preview-errors" hidden></div>
        <iframe id="preview" title="\(t(.previewTitle))" hidden></iframe>
        </section>
        """
    }
}
