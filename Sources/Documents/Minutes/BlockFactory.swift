import Typesetting

/// Turns layout styles and text into blocks, so builders speak in style names only.
struct BlockFactory {
    let sheet: StyleSheet

    /// A paragraph of `text` (inline markup allowed) in the named style.
    func paragraph(_ text: String, _ styleName: String, heading: Bool = false) throws(LayoutError) -> Paragraph {
        let style = try sheet.style(styleName)
        return Paragraph(InlineMarkup.spans(text, style: style), style: style.paragraph, isHeading: heading)
    }

    /// A rule under `text` set in `textStyle`, sized by the named rule spec as a fraction of
    /// the widest line the text takes when set in `measure` (a wrapped name is as wide as
    /// its longest line).
    func rule(_ ruleName: String, under text: String, textStyle: String, measure: Double) throws(LayoutError) -> RuleBlock {
        guard let spec = sheet.layout.rules[ruleName] else { throw .missing("rules.\(ruleName)") }
        let lines = try paragraph(text, textStyle).typeset(width: measure, context: LayoutContext())
        let width = lines.map { $0.maxX - $0.minX }.max() ?? 0
        return RuleBlock(length: .points(width * spec.fraction), thickness: spec.thickness.points(),
                         height: spec.height?.points() ?? 4, offset: spec.offset?.points() ?? 1)
    }

    /// A borderless grid row-set: each row's cells are stacks of blocks.
    func grid(_ columnsKey: String, columns: [Double]? = nil, rows: [[[any Block]]], keepTogether: Bool = true,
              spaceBefore: Double = 0, role: String) throws(LayoutError) -> Table {
        let widths = try sheet.layout.columns(columnsKey, unless: columns)
        return Table(columns: widths, rows: rows.map { $0.map(Table.Cell.init) },
                     keepTogether: keepTogether, spaceBefore: spaceBefore, role: role)
    }

    /// The natural width of `text` on one line in the named style.
    func naturalWidth(_ text: String, _ styleName: String) throws(LayoutError) -> Double {
        TextMeasure.width(of: InlineMarkup.spans(text, style: try sheet.style(styleName)))
    }

    /// The measure of column `index` of the named column set on a page of the layout.
    func columnWidth(_ columnsKey: String, _ index: Int) throws(LayoutError) -> Double {
        let columns = try sheet.layout.columns(columnsKey)
        let template = try sheet.pageSetup().first
        return template.textWidth * columns[index] / columns.reduce(0, +)
    }
}
