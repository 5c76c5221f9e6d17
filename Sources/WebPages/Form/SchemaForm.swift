import Records

/// Renders form controls for a mapping of the record schema (`RecordSchema`), field by field:
/// a text box, a drop-down list, a group for a mapping, a list with add and remove buttons for
/// a list. Because the form is made from the same tables the decoders check, every field of
/// the schema has its control, with the schema's own description as its help.
///
/// The markup is read back by `meeting-form.js`: `data-key` names a field within its
/// mapping, `.group` is a mapping, `.list` a list whose `.item`s are cloned from its
/// `<template>`; every node carries an empty `.diags` list where diagnostics are shown.
struct SchemaForm {
    let language: Language

    /// Field order on the form where it differs from the schema's (required fields first):
    /// the order a clerk fills a meeting in, following the minutes themselves.
    static let order: [String: [String]] = [
        "meeting": ["kind", "regime", "organization", "number", "title", "meeting_type", "date", "start", "end",
                    "end_date", "venue", "chair", "secretary", "guests", "attendance", "agenda", "proceedings",
                    "speeches", "conclusion", "votes", "recipients", "archive", "signers", "photos", "article"],
        "organization": ["name", "parent", "code", "place"],
        "signer": ["authority", "title", "name"],
        "photo": ["file", "caption", "after", "width"],
        "article": ["section", "headline", "published", "author", "unit", "lead", "body"],
    ]
    /// Fields folded away until opened (or until they hold something): what most minutes lack.
    static let folded: Set<String> = ["meeting.signers", "meeting.photos", "meeting.article"]
    /// Text fields written as paragraphs rather than one line.
    static let paragraphs: Set<String> = ["meeting.agenda", "meeting.proceedings", "meeting.conclusion",
                                          "speech.text", "article.lead", "article.body", "vote.motion"]

    func t(_ text: Localized) -> String { HTML.escape(text.text(in: language)) }

    /// The schema of a `.mapping(id)`.
    static func schema(_ id: String) -> MappingSchema? { RecordSchema.all.first { $0.id == id } }

    /// The fields of `schema` in form order (a field the order does not name comes last, so a
    /// field added to the schema still gets its control).
    static func fields(of schema: MappingSchema) -> [MappingSchema.Field] {
        guard let order = order[schema.id] else { return schema.fields }
        return schema.fields.sorted { (order.firstIndex(of: $0.name) ?? Int.max, $0.name) < (order.firstIndex(of: $1.name) ?? Int.max, $1.name) }
    }

    /// The controls of every field of `schema`.
    func controls(of schema: MappingSchema) -> String {
        Self.fields(of: schema).map { control(for: $0, in: schema) }.joined(separator: "\n")
    }

    func label(_ field: MappingSchema.Field, in schema: MappingSchema) -> String {
        let text = Localized.fieldLabels["\(schema.id).\(field.name)"]?.text(in: language) ?? field.name
        let mark = field.required ? "<abbr class=\"required\" title=\"\(t(.requiredMark))\">*</abbr>" : ""
        return "\(HTML.escape(text))\(mark)"
    }

    func help(_ field: MappingSchema.Field) -> String {
        "<p class=\"help\">\(HTML.escape(field.description)) <code>\(HTML.escape(field.name))</code></p>"
    }

    func control(for field: MappingSchema.Field, in schema: MappingSchema) -> String {
        let name = "\(schema.id).\(field.name)"
        let key = HTML.escape(field.name)
        let required = field.required ? " data-required" : ""
        switch field.kind {
        case .mapping(let id):
            guard let inner = Self.schema(id) else { return "" }
            let body = "\(help(field))\n\(controls(of: inner))\n<ul class=\"diags\"></ul>"
            if Self.folded.contains(name) {
                return "<details class=\"group\" data-key=\"\(key)\"\(required)><summary>\(label(field, in: schema))</summary>\n\(body)\n</details>"
            }
            return "<fieldset class=\"group\" data-key=\"\(key)\"\(required)><legend>\(label(field, in: schema))</legend>\n\(body)\n</fieldset>"
        case .list(let element):
            let item = listItem(element, name: name)
            let body = """
            \(help(field))
            <ol class="items"></ol>
            <button type="button" class="add">\(t(.addItem)): \(label(field, in: schema))</button>
            <template>\(item)</template>
            <ul class="diags"></ul>
            """
            if Self.folded.contains(name) {
                return "<details class=\"list\" data-key=\"\(key)\"\(required)><summary>\(label(field, in: schema))</summary>\n\(body)\n</details>"
            }
            return "<fieldset class=\"list\" data-key=\"\(key)\"\(required)><legend>\(label(field, in: schema))</legend>\n\(body)\n</fieldset>"
        default:
            if name == "meeting.kind" {
                return "<div class=\"field\" data-key=\"kind\" hidden>\(input(field.kind, paragraph: false, hidden: true))<ul class=\"diags\"></ul></div>"
            }
            return """
            <div class="field" data-key="\(key)"\(required)>
            <label><span class="label">\(label(field, in: schema))</span>
            \(input(field.kind, paragraph: Self.paragraphs.contains(name), hidden: false))</label>
            \(help(field))
            <ul class="diags"></ul>
            </div>
            """
        }
    }

    /// One item of a list: a mapping's controls, or one text box.
    func listItem(_ element: ValueKind, name: String) -> String {
        let buttons = "<button type=\"button\" class=\"remove\">\(t(.removeItem))</button>"
        if let id = Self.mappingID(element), let inner = Self.schema(id) {
            let upload = id == "photo"
                ? "<label class=\"upload\"><span>\(t(.uploadPhoto))</span> <input type=\"file\" accept=\"image/jpeg,image/png\"></label>"
                : ""
            return "<li class=\"item\" data-mapping=\"\(HTML.escape(id))\">\n\(controls(of: inner))\n\(upload)\n\(buttons)\n<ul class=\"diags\"></ul></li>"
        }
        return "<li class=\"item\" data-scalar>\(input(element, paragraph: Self.paragraphs.contains(name), hidden: false))\n\(buttons)\n<ul class=\"diags\"></ul></li>"
    }

    /// The mapping a list element is, when it is one (a guest: a person or a bare name).
    static func mappingID(_ kind: ValueKind) -> String? {
        switch kind {
        case .mapping(let id): return id
        case .either(let kinds): return kinds.lazy.compactMap(mappingID).first
        default: return nil
        }
    }

    /// The control for a value of `kind`. Dates and times are plain text boxes: the clerk may
    /// write them in any of the forms BanTin reads, and a wrong one is answered by the check.
    func input(_ kind: ValueKind, paragraph: Bool, hidden: Bool) -> String {
        switch kind {
        case .choice(let values, _):
            if hidden { return "<input class=\"value\" type=\"hidden\" value=\"\(HTML.escape(values.first ?? ""))\">" }
            let options = values.map { "<option value=\"\(HTML.escape($0))\">\(HTML.escape(Localized.choiceLabels[$0]?.text(in: language) ?? $0))</option>" }
            return "<select class=\"value\"><option value=\"\">\(t(.choiceUnset))</option>\(options.joined())</select>"
        case .flag:
            return "<select class=\"value\"><option value=\"\">\(t(.choiceUnset))</option><option value=\"true\">true</option><option value=\"false\">false</option></select>"
        case .wholeNumber, .positiveNumber:
            return "<input class=\"value\" type=\"text\" inputmode=\"numeric\" data-type=\"number\" autocomplete=\"off\">"
        case .date:
            return "<input class=\"value\" type=\"text\" placeholder=\"2024-03-15\" autocomplete=\"off\">"
        case .time:
            return "<input class=\"value\" type=\"text\" placeholder=\"14h00\" autocomplete=\"off\">"
        case .timestamp:
            return "<input class=\"value\" type=\"text\" placeholder=\"2024-03-15T14:00\" autocomplete=\"off\">"
        default:
            return paragraph ? "<textarea class=\"value\" rows=\"3\"></textarea>" : "<input class=\"value\" type=\"text\" autocomplete=\"off\">"
        }
    }
}
