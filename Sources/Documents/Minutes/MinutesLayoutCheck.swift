/// Checks a minutes layout once, when it is loaded, so a mistake in a user's copy is one
/// clear error naming the key instead of a crash, a dropped column or a silent omission.
enum MinutesLayoutCheck {
    /// Column sets the builder uses, with the number of columns each must have.
    static let columnCounts = ["header": 2, "signature": 2, "votes": 4]
    static let sectionKinds: Set<String> = ["line", "heading", "proceedings", "speeches", "conclusion", "votes"]

    static func validate(_ layout: Layout, sheet: StyleSheet) throws(LayoutError) {
        for (key, count) in columnCounts.sorted(by: { $0.key < $1.key }) {
            let widths = try layout.columns(key)
            guard widths.count == count, widths.allSatisfy({ $0 > 0 }) else {
                throw .invalid("columns.\(key)", "expected \(count) positive widths, found \(widths)")
            }
        }
        for (index, section) in layout.sections.enumerated() {
            let path = "sections[\(index)]"
            guard sectionKinds.contains(section.kind) else {
                throw .invalid("\(path).kind", "unknown kind '\(section.kind)'; expected one of \(sectionKinds.sorted().joined(separator: ", "))")
            }
            for part in section.requires ?? [] where !MinutesValues.parts.contains(part) {
                throw .invalid("\(path).requires", "unknown record part '\(part)'; expected one of \(MinutesValues.parts.sorted().joined(separator: ", "))")
            }
            if let style = section.style { _ = try sheet.style(style) }
            if section.kind == "line" || section.kind == "heading" || section.kind == "speeches" {
                guard section.text != nil else { throw .missing("\(path).text") }
            }
        }
        if layout.keepTogetherRows < 0 { throw .invalid("keep-together-rows", "expected 0 or more") }
    }
}
