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
    /// date share a row, so they share a baseline. The date line never wraps
    /// (docs/formatting-rules.md §5.3): when it is wider than the right column, that column
    /// widens to hold it and the left one gives way, as the grid is laid out.
    private func party() throws(LayoutError) -> Table {
        guard let dateLine else { throw .missing(Localized.layoutPartyDateLine.text()) }
        var left: [any Block] = []
        if let parent = organization.parent { left.append(try make.paragraph(parent, .headerParent)) }
        left.append(try make.paragraph(organization.name, .headerOrganization))
        let motto = try make.paragraph(try layout.string(.motto), .motto)
        let right: [any Block] = [motto, try make.rule(.mottoRule, under: motto)]
        return try make.grid(.header, rows: [
            [left, right],
            [[try make.paragraph(try layout.string(.organizationMark), .headerMark)],
             [try make.paragraph(dateLine, .dateLine, unbreakable: true)]],
            [[try make.paragraph(number, .headerNumber)], []],
        ], fitsUnbreakableLines: true, role: "header")
    }

    /// Decree 30: upper and issuing body, a short rule and the number on the left; the
    /// national name and motto with a rule as long as the motto on the right; the place and
    /// date on the number's row (ô 3 and ô 4 share a line), except in minutes (Mẫu 1.9).
    private func state() throws(LayoutError) -> Table {
        var left: [any Block] = []
        if let parent = organization.parent { left.append(try make.paragraph(parent, .headerParent)) }
        let name = try make.paragraph(organization.name, .headerOrganization)
        left += [name, try make.rule(.organizationRule, under: name)]
        let motto = try make.paragraph(try layout.string(.motto), .motto)
        let right: [any Block] = [try make.paragraph(try layout.string(.nation), .nation), motto, try make.rule(.mottoRule, under: motto)]
        let date: [any Block] = try dateLine.map { (line) throws(LayoutError) in [try make.paragraph(line, .dateLine)] } ?? []
        return try make.grid(.header, rows: [[left, right], [[try make.paragraph(number, .headerNumber)], date]], role: "header")
    }
}
