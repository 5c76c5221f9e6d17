/// A contents or index entry: text, dot leaders, and a right-aligned reference (a page
/// number), the whole entry a link to a named destination when one is given.
///
/// The text wraps short of the reference column; the dots run from the end of its last
/// line to the reference, on a grid shared by every entry so they line up down the page.
public struct LeaderEntry: Block {
    public var spans: [TextSpan]
    public var reference: TextSpan
    public var style: ParagraphStyle
    /// Named destination the entry links to, if any.
    public var destination: String?
    /// Distance between two leader dots, and the room kept clear on each side of them.
    public var dotSpacing: Double
    public var gap: Double

    public init(_ spans: [TextSpan], reference: TextSpan, style: ParagraphStyle, destination: String? = nil,
                dotSpacing: Double = 4.5, gap: Double = 4) {
        self.spans = spans; self.reference = reference; self.style = style; self.destination = destination
        self.dotSpacing = dotSpacing; self.gap = gap
    }

    /// The largest share of the line the reference may take; a longer one (an index entry's
    /// many pages) wraps onto lines of its own under it, right-aligned.
    public static let referenceShare = 0.4

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        let naturalReference = TextMeasure.width(of: [reference], shaper: context.shaper)
        let referenceWidth = min(naturalReference, width * Self.referenceShare)
        let referenceLines = Paragraph([reference], style: ParagraphStyle(alignment: .right, leading: style.leading))
            .typeset(width: referenceWidth, context: context)
        // Leave room for the reference and at least a few dots on every line.
        var textStyle = style
        textStyle.rightIndent += referenceWidth + 2 * gap + 3 * dotSpacing
        textStyle.keepTogether = true
        var items = Paragraph(spans, style: textStyle, role: nil).layout(width: width, context: context)
        guard let lastIndex = items.lastIndex(where: \.isBox), case .box(var last) = items[lastIndex] else { return items.tagged(.paragraph) }

        let baseline = lastBaseline(last)
        let textEnd = (last.elements.compactMap { element -> Double? in
            if case .text(let run) = element { return run.origin.x + run.width } else { return nil }
        }.max() ?? style.leftIndent)
        let referenceLeft = width - referenceWidth
        let firstReference = referenceLines.first
        let referenceStart = referenceLeft + (firstReference?.minX ?? referenceWidth)
        // Dots on a grid from the left edge, so entries' leaders line up.
        var x = ((textEnd + gap) / dotSpacing).rounded(.up) * dotSpacing
        var dots = ""
        var positions: [Double] = []
        while x + dotSpacing <= referenceStart - gap {
            dots += "."
            positions.append(x)
            x += dotSpacing
        }
        let dotStyle = spans.first?.style ?? reference.style
        if !dots.isEmpty, let dot = context.shaper.shape(".", font: dotStyle.font).glyphs.first {
            let glyphs = positions.map { PositionedGlyph(id: dot.id, x: snap($0), y: snap(baseline)) }
            let clusters = positions.map { _ in TextCluster(bytes: 1, glyphs: 1) }
            last.elements.append(.text(GlyphRun(font: dotStyle.font, size: dotStyle.size, text: dots, glyphs: glyphs,
                                                clusters: clusters, origin: Point(x: snap(positions[0]), y: snap(baseline)),
                                                width: snap(x - positions[0]))))
        }
        if let line = firstReference {
            last.elements += line.elements.map { $0.offset(dx: referenceLeft, dy: baseline - line.baseline) }
        }
        items[lastIndex] = .box(last)
        // The rest of a long reference, a line each, kept with the entry.
        var tail: [VItem] = []
        for line in referenceLines.dropFirst() {
            tail.append(.penalty(Penalty.never))
            tail.append(.box(VBox(height: line.height, elements: line.elements.map { $0.offset(dx: referenceLeft, dy: 0) },
                                  role: .block("reference"))))
        }
        items.insert(contentsOf: tail, at: lastIndex + 1)
        if let destination {
            // One link over the whole entry, from its first line's top to its last line's foot.
            let boxes = items.compactMap { item -> VBox? in if case .box(let box) = item { return box } else { return nil } }
            let height = boxes.reduce(0) { $0 + $1.height }
            if let firstIndex = items.firstIndex(where: \.isBox), case .box(var first) = items[firstIndex] {
                first.elements.append(.link(LinkElement(origin: Point(x: 0, y: 0), size: Size(width: snap(width), height: snap(height)),
                                                        target: .destination(destination))))
                items[firstIndex] = .box(first)
            }
        }
        // One paragraph with its reference, so a reader hears the page number with the entry.
        return items.tagged(.paragraph)
    }

    /// The baseline of a line box, read from its first run.
    private func lastBaseline(_ box: VBox) -> Double {
        for element in box.elements { if case .text(let run) = element { return run.origin.y } }
        return box.height * 0.8
    }
}
