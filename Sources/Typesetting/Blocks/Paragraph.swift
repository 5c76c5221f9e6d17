/// A paragraph: inline spans broken into lines by Knuth–Plass, with widow and orphan
/// control at page breaks.
public struct Paragraph: Block {
    public var spans: [TextSpan]
    public var style: ParagraphStyle
    /// Lines the page builder may ask for beyond the optimum (TeX's \looseness).
    public var looseness: Int
    /// Marks every line as a heading line, which must never end a page.
    public var isHeading: Bool
    /// What the paragraph is to a reader (a heading of some level, a list item's body); nil
    /// when the blocks around it give it its role.
    public var role: StructureRole?

    public init(_ spans: [TextSpan], style: ParagraphStyle, looseness: Int = 0, isHeading: Bool = false,
                role: StructureRole? = .paragraph) {
        self.spans = spans; self.style = style; self.looseness = looseness; self.isHeading = isHeading
        self.role = role
    }

    /// The paragraph's lines at `width`, each relative to its own line box.
    public func typeset(width: Double, context: LayoutContext) -> [TypesetLine] {
        let spans = self.spans.filter { !$0.text.isEmpty }
        guard let first = spans.first else { return [] }
        let settings = context.settings.lineBreaking
        let narrowest = min(LineFinisher.geometry(0, style: style, measure: width).width,
                            LineFinisher.geometry(1, style: style, measure: width).width)
        let content = InlineContent(spans: spans, settings: settings, ragged: style.alignment != .justify,
                                    balanced: style.balanced, centred: style.alignment == .center,
                                    words: style.words, ties: style.ties, measure: max(narrowest, 1), shaper: context.shaper)
        context.noteOverlong(content.overlong)
        let style = self.style
        let breaker = KnuthPlass(settings: settings)
        let breaks = breaker.breakLines(content.items, width: { index in
            LineFinisher.geometry(min(index, 1), style: style, measure: width).width
        }, looseness: looseness, emergencyStretch: settings.emergencyStretchEm * first.style.size)
        let font = first.style.font
        let size = first.style.size
        // Centre the font's ascender-to-descender box in the line box, as word processors do.
        let inked = (font.ascender + font.descender) / font.unitsPerEm * size
        let baseline = snap((style.leading - inked) / 2 + font.ascender / font.unitsPerEm * size)
        return LineFinisher(content: content, style: style, measure: width, baseline: baseline).lines(breaks)
    }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        let lines = typeset(width: width, context: context)
        guard !lines.isEmpty else { return [] }
        let id = context.paragraphID()
        let pages = context.settings.pageBreaking
        var items: [VItem] = []
        // Always a space, even of zero: like TeX's \parskip it is the page break between two
        // paragraphs, which would otherwise have none (index and contents entries).
        items.append(.space(style.spaceBefore))
        for (index, line) in lines.enumerated() {
            if index > 0 {
                let linesAbove = index, linesBelow = lines.count - index
                let forbidden = style.keepTogether || isHeading
                    || linesAbove < pages.orphanLines || linesBelow < pages.widowLines
                items.append(.penalty(forbidden ? Penalty.never : pages.interlinePenalty))
            }
            let role: BoxRole = isHeading ? .heading : .line(paragraph: id, index: index, count: lines.count)
            items.append(.box(VBox(height: line.height, elements: line.elements, role: role)))
        }
        if style.keepWithNext || isHeading { items.append(.penalty(Penalty.never)) }
        if style.spaceAfter > 0 { items.append(.space(style.spaceAfter)) }
        return role.map { items.tagged($0) } ?? items
    }
}
