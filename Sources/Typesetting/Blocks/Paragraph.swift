/// A paragraph: inline spans broken into lines by Knuth–Plass, with widow and orphan
/// control at page breaks.
public struct Paragraph: Block {
    public var spans: [TextSpan]
    public var style: ParagraphStyle
    /// Lines the page builder may ask for beyond the optimum (TeX's \looseness).
    public var looseness: Int
    /// Marks every line as a heading line, which must never end a page: it keeps with the
    /// first `headingKeepsBoxes` boxes of what follows.
    public var isHeading: Bool
    /// For a heading: whether text of its own follows it. A heading with nothing under it but
    /// the next heading (a report section that is only a title) keeps nothing with it and may
    /// end a page like any line, so that a run of such headings never becomes one unbreakable
    /// block that leaves a hole.
    public var headsText: Bool
    /// What the paragraph is to a reader (a heading of some level, a list item's body); nil
    /// when the blocks around it give it its role.
    public var role: StructureRole?

    public init(_ spans: [TextSpan], style: ParagraphStyle, looseness: Int = 0, isHeading: Bool = false,
                headsText: Bool = true, role: StructureRole? = .paragraph) {
        self.spans = spans; self.style = style; self.looseness = looseness; self.isHeading = isHeading
        self.headsText = headsText; self.role = role
    }

    /// Whether the paragraph's text ends in a colon: it introduces what follows (a table, a
    /// list, the first item) and keeps with it.
    public var introducesNext: Bool {
        guard let last = spans.last(where: { !$0.text.isEmpty }) else { return false }
        return last.text.reversed().first(where: { !$0.isWhitespace }) == ":"
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
        return LineFinisher(content: content, style: style, measure: width, baseline: baseline,
                            letterLimit: breaker.toleranceRatio).lines(breaks)
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
        let keepsHeading = isHeading && headsText
        for (index, line) in lines.enumerated() {
            if index > 0 {
                let linesAbove = index, linesBelow = lines.count - index
                let forbidden = style.keepTogether || keepsHeading
                    || linesAbove < pages.orphanLines || linesBelow < pages.widowLines
                items.append(.penalty(forbidden ? Penalty.never : pages.interlinePenalty))
            }
            let role: BoxRole = keepsHeading ? .heading : isHeading ? .headingWithoutText
                : .line(paragraph: id, index: index, count: lines.count)
            items.append(.box(VBox(height: line.height, elements: line.elements, role: role)))
        }
        // A heading keeps with the first lines of what follows, not only the next box (TeX's
        // \nobreak after a heading plus the \clubpenalty of the paragraph under it).
        if keepsHeading {
            items.append(.keep(.withNext(boxes: pages.headingKeepsBoxes)))
        } else if introducesNext {
            items.append(.keep(.withNext(boxes: pages.introductionKeepsBoxes)))
        } else if style.keepWithNext {
            items.append(.penalty(Penalty.never))
        }
        if style.spaceAfter > 0 { items.append(.space(style.spaceAfter)) }
        return role.map { items.tagged($0) } ?? items
    }
}
