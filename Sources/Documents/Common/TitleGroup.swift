import Typesetting

extension BlockFactory {
    /// The document-type title, the summary line and the mark under them: a short rule in state
    /// documents (Decree 30, ô 5a), `-----` in Party ones (docs/formatting-rules.md §2.4). Headings
    /// all, so the group stays with the first lines of the body.
    func titleGroup(title: String, summary: String) throws(LayoutError) -> [any Block] {
        let layout = sheet.layout
        // The title is the document's one first-level heading; the summary line reads as a
        // paragraph under it, the mark under them is decoration.
        let summary = try paragraph(summary, .summary, heading: true, level: nil)
        var blocks: [any Block] = [try paragraph(title, .title, heading: true, level: 1), summary]
        if try layout.optionalRule(.summaryRule) != nil {
            blocks.append(try rule(.summaryRule, under: summary))
        } else if let mark = try layout.optionalString(.summaryMark) {
            var decoration = try paragraph(mark, .summaryMark, heading: true)
            decoration.role = .artifact
            blocks.append(decoration)
        }
        return blocks
    }
}
