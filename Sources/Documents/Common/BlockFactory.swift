import Typesetting

/// Turns layout styles and text into blocks, so builders speak in style names only.
struct BlockFactory {
    let sheet: StyleSheet
    /// The people named by the document's records, never split across lines.
    var names: ProtectedNames = .none

    /// A paragraph of `text` (inline markup allowed) in the named style.
    func paragraph(_ text: String, _ styleName: StyleKey, heading: Bool = false) throws(LayoutError) -> Paragraph {
        let style = try sheet.style(styleName)
        return Paragraph(names.mark(InlineMarkup.spans(text, style: style)), style: style.paragraph, isHeading: heading)
    }

    /// A rule under `text` set in `textStyle`, sized by the named rule spec as a fraction of
    /// the widest line the text takes when set in `measure` (a wrapped name is as wide as
    /// its longest line).
    func rule(_ ruleName: RuleKey, under text: String, textStyle: StyleKey, measure: Double) throws(LayoutError) -> RuleBlock {
        let spec = try ruleSpec(ruleName)
        let lines = try paragraph(text, textStyle).typeset(width: measure, context: LayoutContext())
        let width = lines.map { $0.maxX - $0.minX }.max() ?? 0
        return ruleBlock(spec, length: .points(width * spec.fraction), keepWithNext: true)
    }

    /// The layout's rule `name` across its fraction of the measure (mastheads, separators).
    func rule(_ name: RuleKey, keepWithNext: Bool = false) throws(LayoutError) -> RuleBlock {
        let spec = try ruleSpec(name)
        return ruleBlock(spec, length: .fractionOfMeasure(spec.fraction), keepWithNext: keepWithNext)
    }

    /// The layout's rule `name`, required or optional (a caller asks for an optional one only
    /// once it has seen the layout has it).
    private func ruleSpec(_ name: RuleKey) throws(LayoutError) -> RuleSpec {
        guard let spec = try sheet.layout.optionalRule(name) else { throw .missing("rules.\(name)") }
        return spec
    }

    /// A rule block from its layout spec; the box height and the stroke's place in it
    /// default to RuleBlock's own.
    private func ruleBlock(_ spec: RuleSpec, length: RuleLength, keepWithNext: Bool) -> RuleBlock {
        let defaults = RuleBlock(length: length)
        return RuleBlock(length: length, thickness: spec.thickness.points(),
                         height: spec.height?.points() ?? defaults.height, offset: spec.offset?.points() ?? defaults.offset,
                         keepWithNext: keepWithNext)
    }

    /// A borderless grid row-set: each row's cells are stacks of blocks.
    func grid(_ columnsKey: ColumnsKey, columns: [Double]? = nil, rows: [[[any Block]]], keepTogether: Bool = true,
              spaceBefore: Double = 0, role: String) throws(LayoutError) -> Table {
        let widths = try sheet.layout.columns(columnsKey, unless: columns)
        return Table(columns: widths, rows: rows.map { $0.map(Table.Cell.init) },
                     keepTogether: keepTogether, spaceBefore: spaceBefore, role: role)
    }

    /// The natural width of `text` on one line in the named style.
    func naturalWidth(_ text: String, _ styleName: StyleKey) throws(LayoutError) -> Double {
        TextMeasure.width(of: InlineMarkup.spans(text, style: try sheet.style(styleName)))
    }

    /// The measure of column `index` of the named column set on a page of the layout.
    func columnWidth(_ columnsKey: ColumnsKey, _ index: Int) throws(LayoutError) -> Double {
        let columns = try sheet.layout.columns(columnsKey)
        let template = try sheet.pageSetup().first
        return template.textWidth * columns[index] / columns.reduce(0, +)
    }
}
