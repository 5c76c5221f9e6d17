import Records

/// A report record edited as text: its YAML in a text area, with the same live diagnostics
/// (shown under the text, each with its line) and the same preview as the meeting form.
public enum ReportEditorPage {
    public static func render(path: String, language: Language) -> String {
        func t(_ text: Localized) -> String { HTML.escape(text.text(in: language)) }
        let fields = """
        <label class="yaml"><span class="label">\(t(.reportEditorTitle))</span>
        <textarea id="yaml" spellcheck="false" rows="30" wrap="off"></textarea></label>
        """
        return EditorPage.render(page: .report, title: .reportEditorTitle,
                                 heading: "\(t(.reportEditorTitle)) <code>\(HTML.escape(path))</code>",
                                 notice: .reportEditorHelp, editorAttributes: "data-record-path=\"\(HTML.escape(path))\"",
                                 formAttributes: "id=\"report-form\"", fields: fields, language: language)
    }
}
