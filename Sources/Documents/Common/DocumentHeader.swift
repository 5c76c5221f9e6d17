import Records
import Typesetting

/// The two-column header of page 1, in the form of each regime: the issuing body and the
/// number on the left, the Party's or the nation's name (and the place and date) on the right.
struct DocumentHeader {
    let make: BlockFactory
    let layout: Layout
    let organization: Organization
    /// The number line, filled (`Số 12-BB/ĐU`, `Số:      /BC-SLĐTBXH`).
    let number: String
    /// The place and date line; state minutes have none (Mẫu 1.9).
    let dateLine: String?

    func blocks() throws(LayoutError) -> [any Block] {
        switch layout.regime {
        case "party": return [try party()]
        case "state": return [try state()]
        default: throw .invalid("regime", Localized.layoutRegime(layout.regime).text())
        }
    }

    /// HD 36: upper body, issuing body and `*` with the number on the left; the Party's
    /// name, a rule as long as it, and the place and date on the right. The number and the
    /// date share a row, so they share a baseline.
    private func party() throws(LayoutError) -> Table {
        guard let dateLine else { throw .missing(Localized.layoutPartyDateLine.text()) }
        var left: [any Block] = []
        if let parent = organization.parent { left.append(try make.paragraph(parent, .headerParent)) }
        left.append(try make.paragraph(organization.name, .headerOrganization))
        let motto = try layout.string(.motto)
        let right: [any Block] = [
            try make.paragraph(motto, .motto),
            try make.rule(.mottoRule, under: motto, textStyle: .motto, measure: try make.columnWidth(.header, 1)),
        ]
        return try make.grid(.header, columns: try columnsFitting(dateLine, .dateLine), rows: [
            [left, right],
            [[try make.paragraph(try layout.string(.organizationMark), .headerMark)],
             [try make.paragraph(dateLine, .dateLine)]],
            [[try make.paragraph(number, .headerNumber)], []],
        ], role: "header")
    }

    /// The header columns, the right one widened when the date line would not fit on one
    /// line in it (the date line never wraps, docs/formatting-rules.md §5.3; the left column gives way).
    private func columnsFitting(_ text: String, _ style: StyleKey) throws(LayoutError) -> [Double] {
        let columns = try layout.columns(.header)
        let total = columns.reduce(0, +)
        let measure = try make.sheet.pageSetup().first.textWidth
        let needed = (try make.naturalWidth(text, style) + 2) / measure
        guard columns.count == 2, needed > columns[1] / total, needed < 1 else { return columns }
        return [1 - needed, needed]
    }

    /// Decree 30: upper and issuing body, a short rule and the number on the left; the
    /// national name and motto with a rule as long as the motto on the right; the place and
    /// date on the number's row (ô 3 and ô 4 share a line), except in minutes (Mẫu 1.9).
    private func state() throws(LayoutError) -> Table {
        var left: [any Block] = []
        if let parent = organization.parent { left.append(try make.paragraph(parent, .headerParent)) }
        left.append(try make.paragraph(organization.name, .headerOrganization))
        left.append(try make.rule(.organizationRule, under: organization.name.uppercased(),
                                  textStyle: .headerOrganization, measure: try make.columnWidth(.header, 0)))
        let nation = try layout.string(.nation), motto = try layout.string(.motto)
        let right: [any Block] = [
            try make.paragraph(nation, .nation),
            try make.paragraph(motto, .motto),
            try make.rule(.mottoRule, under: motto, textStyle: .motto, measure: try make.columnWidth(.header, 1)),
        ]
        let date: [any Block] = try dateLine.map { (line) throws(LayoutError) in [try make.paragraph(line, .dateLine)] } ?? []
        return try make.grid(.header, rows: [[left, right], [[try make.paragraph(number, .headerNumber)], date]], role: "header")
    }
}
