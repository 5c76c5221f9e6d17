import Records

/// Fills `{name}` placeholders of a layout's sentence templates.
public enum Template {
    /// `template` with each `{key}` replaced by `values[key]`; an unknown key is an error, so
    /// a typo in a layout file never prints a literal `{…}` into a document.
    public static func fill(_ template: String, _ values: [String: String]) throws(LayoutError) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw .invalid("template", Localized.templateUnclosed(template).text())
            }
            let key = String(rest[rest.index(after: open)..<close])
            guard let value = values[key] else {
                throw .invalid("template", Localized.templateUnknownPlaceholder(key, template: template).text())
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
