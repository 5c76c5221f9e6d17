import Records

/// The meeting form: every field of the meeting schema (see `SchemaForm`), the file it is
/// saved to, the save button, and beside it the live preview, where the record's errors
/// replace the PDF while there are any.
public enum MeetingFormPage {
    /// The form for the record at `path` (its values are loaded by the script from
    /// `GET /api/records/{path}`), or for a new record of `regime` when `path` is nil.
    public static func render(path: String?, regime: String, language: Language) -> String {
        func t(_ text: Localized) -> String { HTML.escape(text.text(in: language)) }
        let form = SchemaForm(language: language)
        let title: Localized = path == nil ? .newMeetingTitle : .meetingFormTitle
        let chosenRegime = Regime(rawValue: regime.lowercased())?.rawValue ?? Regime.party.rawValue
        let main = """
        <div class="editor" data-record-path="\(HTML.escape(path ?? ""))" data-regime="\(HTML.escape(chosenRegime))">
        <section class="form-pane">
        <h1>\(t(title))\(path.map { " <code>\(HTML.escape($0))</code>" } ?? "")</h1>
        <p class="notice">\(t(.formNotice))</p>
        <form id="record-form" data-kind="meeting" novalidate>
        <div class="field file-field" data-file>
        <label><span class="label">\(t(.recordFile))</span>
        <input id="record-file" class="file" type="text" value="\(HTML.escape(path ?? ""))" placeholder="2024-03-15.yaml" autocomplete="off"\(path == nil ? "" : " readonly")></label>
        <p class="help">\(t(.recordFileHelp))</p>
        </div>
        \(form.controls(of: RecordSchema.meeting))
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
        return PageShell.render(page: .meeting, title: title, main: main, language: language,
                                query: language == .en ? "?lang=en" : "")
    }
}
