import Records
import Typesetting

/// The two-column header of page 1, in the form of each regime.
struct MinutesHeader {
    let make: BlockFactory
    let layout: Layout
    let values: [String: String]

    func blocks(for meeting: Meeting) throws(LayoutError) -> [any Block] {
        switch layout.regime {
        case "party": return [try party(meeting)]
        case "state": return [try state(meeting)]
        default: throw .invalid("regime", "expected party or state, found \(layout.regime)")
        }
    }

    /// HD 36: upper body, issuing body and `*` with the number on the left; the Party's
    /// name, a rule as long as it, and the place and date on the right. The number and the
    /// date share a row, so they share a baseline.
    private func party(_ meeting: Meeting) throws(LayoutError) -> Table {
        let organization = meeting.organization
        var left: [any Block] = []
        if let parent = organization.parent { left.append(try make.paragraph(parent, "header-parent")) }
        left.append(try make.paragraph(organization.name, "header-organization"))
        let motto = try layout.string("motto")
        let right: [any Block] = [
            try make.paragraph(motto, "motto"),
            try make.rule("motto-rule", under: motto, textStyle: "motto", measure: try make.columnWidth("header", 1)),
        ]
        let number = try make.paragraph(try Template.fill(try layout.string("number"), values), "header-number")
        return try make.grid("header", columns: try columnsFitting(values["date-line"]!, "date-line"), rows: [
            [left, right],
            [[try make.paragraph(try layout.string("organization-mark"), "header-mark")],
             [try make.paragraph(values["date-line"]!, "date-line")]],
            [[number], []],
        ], role: "header")
    }

    /// The header columns, the right one widened when the date line would not fit on one
    /// line in it (the date line never wraps, §5.3; the left column gives way).
    private func columnsFitting(_ text: String, _ style: String) throws(LayoutError) -> [Double] {
        let columns = try layout.columns("header")
        let total = columns.reduce(0, +)
        let measure = try make.sheet.pageSetup().first.textWidth
        let needed = (try make.naturalWidth(text, style) + 2) / measure
        guard columns.count == 2, needed > columns[1] / total, needed < 1 else { return columns }
        return [1 - needed, needed]
    }

    /// Decree 30, Mẫu 1.9: upper and issuing body, a short rule and the number on the left;
    /// the national name and motto with a rule as long as the motto on the right. Minutes
    /// carry no place and date line.
    private func state(_ meeting: Meeting) throws(LayoutError) -> Table {
        let organization = meeting.organization
        var left: [any Block] = []
        if let parent = organization.parent { left.append(try make.paragraph(parent, "header-parent")) }
        left.append(try make.paragraph(organization.name, "header-organization"))
        left.append(try make.rule("organization-rule", under: organization.name.uppercased(),
                                  textStyle: "header-organization", measure: try make.columnWidth("header", 0)))
        let nation = try layout.string("nation"), motto = try layout.string("motto")
        let right: [any Block] = [
            try make.paragraph(nation, "nation"),
            try make.paragraph(motto, "motto"),
            try make.rule("motto-rule", under: motto, textStyle: "motto", measure: try make.columnWidth("header", 1)),
        ]
        let number = try make.paragraph(try Template.fill(try layout.string("number"), values), "header-number")
        return try make.grid("header", rows: [[left, right], [[number], []]], role: "header")
    }
}
