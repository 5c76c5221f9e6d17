import Records

/// The mark that closes a report's body, as the layout writes it (`body-end`): `./.` after the
/// last word of a state document (Decree 30's forms end their text with "…/."; docs/
/// formatting-rules.md §1.4, §5.4). Party layouts leave it out: their text ends with its own
/// full stop.
enum BodyEnd {
    /// `report` with `mark` closing its last paragraph. A last paragraph's own full stop
    /// becomes the mark's (`… năm 2023.` → `… năm 2023./.`); a body that ends in a table gets
    /// the mark as a paragraph of its own after it.
    static func marked(_ report: Report, mark: String) -> Report {
        var report = report
        if mark.isEmpty || close(&report.closing, mark) { return report }
        if close(&report.parts, mark) || close(&report.opening, mark) { return report }
        report.closing.append(.paragraph(mark, path: "closing"))
        return report
    }

    /// Closes the last item of `content`; false when it is empty.
    private static func close(_ content: inout [ReportContent], _ mark: String) -> Bool {
        guard let last = content.last else { return false }
        switch last {
        case .paragraph(let text, let path):
            content[content.count - 1] = .paragraph(ended(text, mark), path: path)
        case .table, .meetingsTable:
            content.append(.paragraph(mark, path: "closing"))
        }
        return true
    }

    /// Closes the last part's body, or its last sub-part's; false when there are no parts.
    private static func close(_ parts: inout [ReportPart], _ mark: String) -> Bool {
        guard !parts.isEmpty else { return false }
        let index = parts.count - 1
        if close(&parts[index].parts, mark) { return true }
        if close(&parts[index].content, mark) { return true }
        // A last heading with nothing under it: the mark stands under it.
        parts[index].content.append(.paragraph(mark, path: parts[index].path))
        return true
    }

    /// `text` ending with `mark`, its own final full stop taken into the mark.
    static func ended(_ text: String, _ mark: String) -> String {
        var body = Substring(text)
        while let last = body.last, last == " " || last == "\n" { body = body.dropLast() }
        if body.hasSuffix(mark) { return String(body) }
        if body.hasSuffix("."), !body.hasSuffix("..."), mark.hasPrefix(".") { body = body.dropLast() }
        return String(body) + mark
    }
}
