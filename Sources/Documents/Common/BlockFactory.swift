import Typesetting

/// Turns layout styles and text into blocks, so builders speak in style names only.
struct BlockFactory {
    let sheet: StyleSheet
    /// The people named by the document's records, never split across lines.
    var names: ProtectedNames = .none

    /// A paragraph of `text` (inline markup allowed) in the named style; `unbreakable`: set
    /// on one line, never wrapped (a header's date line). A heading (kept with what follows)
    /// is tagged as a heading of `level` (1: the document's title) unless `level` is nil.
    func paragraph(_ text: String, _ styleName: StyleKey, heading: Bool = false, level: Int? = 2,
                   unbreakable: Bool = false) throws(LayoutError) -> Paragraph {
        let style = try sheet.style(styleName)
        var spans = InlineMarkup.spans(text, style: style)
        if unbreakable { spans = spans.map { TextSpan($0.text, style: $0.style, unbreakable: true) } }
        let role: StructureRole = heading ? level.map { .heading(level: $0) } ?? .paragraph : .paragraph
        return Paragraph(names.mark(spans), style: style.paragraph, isHeading: heading, role: role)
    }

    /// Paragraphs that are the items of one list (agenda items, bullets, addressees): each a
    /// list item's body, for readers that do not see the page. The paragraphs set their own
    /// dashes; the layout does not change.
    func list(_ items: [Paragraph]) -> any Block {
        Tagged(.list, items.map { item in
            var body = item
            body.role = .listBody
            return Tagged(.listItem, [body])
        })
    }

    /// A rule under `text`, sized by the named rule spec as a fraction of the widest line the
    /// text takes where it is laid out (a wrapped name is as wide as its longest line).
    func rule(_ ruleName: RuleKey, under text: Paragraph) throws(LayoutError) -> RuleBlock {
        let spec = try ruleSpec(ruleName)
        return ruleBlock(spec, length: .underText(text, fraction: spec.fraction), keepWithNext: true)
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

    /// A borderless grid row-set: each row's cells are stacks of blocks. `alignsFirstBaselines`:
    /// the cells of a row have their first lines on one baseline; `fitsUnbreakableLines`: a
    /// column widens to hold its unbreakable lines (see `Table`).
    func grid(_ columnsKey: ColumnsKey, rows: [[[any Block]]], keepTogether: Bool = true, spaceBefore: Double = 0,
              alignsFirstBaselines: Bool = false, fitsUnbreakableLines: Bool = false, role: String) throws(LayoutError) -> Table {
        Table(columns: try sheet.layout.columns(columnsKey), rows: rows.map { $0.map(Table.Cell.init) },
              keepTogether: keepTogether, spaceBefore: spaceBefore, role: role,
              alignsFirstBaselines: alignsFirstBaselines, fitsUnbreakableLines: fitsUnbreakableLines)
    }

    /// The measure of column `index` of the named column set on a page of the layout.
    func columnWidth(_ columnsKey: ColumnsKey, _ index: Int) throws(LayoutError) -> Double {
        let columns = try sheet.layout.columns(columnsKey)
        let template = try sheet.pageSetup().first
        return template.textWidth * columns[index] / columns.reduce(0, +)
    }
}
