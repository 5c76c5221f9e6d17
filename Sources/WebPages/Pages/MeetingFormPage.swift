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
        let fields = """
        <div class="field file-field" data-file>
        <label><span class="label">\(t(.recordFile))</span>
        <input id="record-file" class="file" type="text" value="\(HTML.escape(path ?? ""))" placeholder="2024-03-15.yaml" autocomplete="off"\(path == nil ? "" : " readonly")></label>
        <p class="help">\(t(.recordFileHelp))</p>
        </div>
        \(form.controls(of: RecordSchema.meeting))
        """
        return EditorPage.render(page: .meeting, title: title,
                                 heading: t(title) + (path.map { " <code>\(HTML.escape($0))</code>" } ?? ""),
                                 notice: .formNotice,
                                 editorAttributes: "data-record-path=\"\(HTML.escape(path ?? ""))\" data-regime=\"\(HTML.escape(chosenRegime))\"",
                                 formAttributes: "id=\"record-form\" data-kind=\"meeting\"", fields: fields, language: language)
    }
}
