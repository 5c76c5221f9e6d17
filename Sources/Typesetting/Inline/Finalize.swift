/// One finished line of a paragraph: its drawing, relative to the line box's top-left corner
/// (x from the left edge of the paragraph's measure).
public struct TypesetLine: Sendable {
    /// Height of the line box: the paragraph's leading.
    public var height: Double
    /// Baseline distance from the top of the line box.
    public var baseline: Double
    public var elements: [PageElement]
    /// The text of the line, spaces included, as it will be extracted from the PDF.
    public var text: String
    /// Adjustment ratio the line was set with (0 for ragged and last lines).
    public var ratio: Double
    /// Left and right ends of the inked text, relative to the measure.
    public var minX: Double
    public var maxX: Double
}

/// Stage 4 of paragraph layout: chosen breaks become positioned glyph runs.
struct LineFinisher {
    let content: InlineContent
    let style: ParagraphStyle
    let measure: Double
    let baseline: Double

    /// Left edge and width of line `index`.
    static func geometry(_ index: Int, style: ParagraphStyle, measure: Double) -> (x: Double, width: Double) {
        let indent = index == 0 ? style.firstLineIndent : 0
        let x = style.leftIndent + indent
        return (x, measure - x - style.rightIndent)
    }

    func lines(_ breaks: [LineBreak]) -> [TypesetLine] {
        var result: [TypesetLine] = []
        var start = 0
        for (index, lineBreak) in breaks.enumerated() {
            let end = lineBreak.position
            result.append(line(index, from: start, to: end))
            start = KnuthPlass.startOfLine(after: end, content.items)
        }
        return result
    }

    private func line(_ index: Int, from start: Int, to end: Int) -> TypesetLine {
        let items = content.items
        let (lineX, lineWidth) = Self.geometry(index, style: style, measure: measure)
        // Set the glue from the line itself, as TeX's hpack does: the breaker's ratio may
        // include emergency stretch, which only judged the break and never stretches glue.
        let isLast = end >= items.count - 1 || items[end].penalty <= Penalty.always
        var natural = 0.0, stretch = 0.0, shrink = 0.0
        var infinite = false
        for i in start..<end where items[i].kind == .glue || items[i].kind == .box {
            natural += items[i].width
            if items[i].kind == .glue {
                stretch += items[i].stretch; shrink += items[i].shrink
                infinite = infinite || items[i].infiniteStretch
            }
        }
        var r = 0.0
        if style.alignment == .justify && !infinite && !isLast, natural < lineWidth, stretch > 0 {
            r = (lineWidth - natural) / stretch
        }
        // A line longer than its measure shrinks whatever its alignment, the last line
        // included, as TeX's hpack does: the breaker chose it counting on that shrink, and
        // setting it at natural width would run past the margin.
        if natural > lineWidth, shrink > 0 { r = max(-1, (lineWidth - natural) / shrink) }
        natural = 0
        for i in start..<end where items[i].kind != .penalty { natural += adjusted(items[i], r) }
        var x = lineX
        switch style.alignment {
        case .justify, .left: break
        case .center: x += max(0, lineWidth - natural) / 2
        case .right: x += max(0, lineWidth - natural)
        }

        var builder = RunBuilder(baseline: baseline)
        for i in start..<end {
            let item = items[i]
            guard item.kind != .penalty else { continue }
            let advance = adjusted(item, r)
            if let piece = content.pieces[i] {
                builder.append(piece, at: x, advance: advance)
            }
            x += advance
        }
        let runs = builder.finish()
        return TypesetLine(height: style.leading, baseline: baseline, elements: runs.elements,
                           text: runs.text, ratio: r, minX: runs.minX ?? lineX, maxX: runs.maxX ?? lineX)
    }

    /// The width an item takes on a line set with ratio `r` (TeX's glue setting).
    private func adjusted(_ item: BreakItem, _ r: Double) -> Double {
        guard item.kind == .glue, !item.infiniteStretch else { return item.kind == .penalty ? 0 : item.width }
        if r >= 0 { return item.width + r * item.stretch }
        return item.width + r * item.shrink
    }
}

/// Gathers consecutive pieces of one style into glyph runs.
///
/// A run's glyphs, clusters and text are made when the run ends, at their exact size: the
/// runs of a whole booklet are held until it is written, so spare room grown by appending
/// piece by piece would be held with them.
struct RunBuilder {
    let baseline: Double
    var elements: [PageElement] = []
    var text = ""
    var minX: Double?
    var maxX: Double?
    /// The style, start and width of the run being gathered, and its pieces with their pen
    /// positions.
    private var currentStyle: TextStyle?
    private var origin = Point(x: 0, y: 0)
    private var width = 0.0
    private var pending: [(piece: InlineContent.Piece, x: Double)] = []

    init(baseline: Double) { self.baseline = baseline }

    mutating func append(_ piece: InlineContent.Piece, at x: Double, advance: Double) {
        if currentStyle != piece.style { flush() }
        if currentStyle == nil {
            currentStyle = piece.style
            origin = Point(x: snap(x), y: snap(baseline))
        }
        pending.append((piece, x))
        width = snap(x + advance - origin.x)
        text += piece.text
        if piece.text != " " {
            minX = min(minX ?? x, x)
            maxX = max(maxX ?? x + piece.width, x + piece.width)
        }
    }

    mutating func flush() {
        guard let style = currentStyle else { return }
        let run = GlyphRun(font: style.font, size: style.size, text: runText(), glyphs: runGlyphs(style),
                           clusters: runClusters(), origin: origin, width: width)
        pending.removeAll(keepingCapacity: true)
        currentStyle = nil
        elements.append(.text(run))
        if style.underline {
            let font = style.font
            let offset = font.underlinePosition * style.size / font.unitsPerEm
            let thickness = font.underlineThickness * style.size / font.unitsPerEm
            let y = snap(baseline + offset + thickness / 2)
            elements.append(.rule(RuleElement(from: Point(x: run.origin.x, y: y),
                                              to: Point(x: snap(run.origin.x + run.width), y: y),
                                              thickness: snap(thickness))))
        }
    }

    mutating func finish() -> RunBuilder {
        flush()
        return self
    }

    /// The pending pieces' glyphs, each at its pen position plus the font's offsets.
    private func runGlyphs(_ style: TextStyle) -> GlyphPositions {
        let scale = style.size / style.font.unitsPerEm
        var glyphs = GlyphPositions()
        glyphs.reserveCapacity(pending.reduce(0) { $0 + $1.piece.shaped.glyphs.count })
        for (piece, x) in pending {
            var pen = x
            for glyph in piece.shaped.glyphs {
                glyphs.append(PositionedGlyph(id: glyph.id, x: snap(pen + Double(glyph.xOffset) * scale),
                                              y: snap(baseline - Double(glyph.yOffset) * scale)))
                pen += Double(glyph.advance) * scale
            }
        }
        return glyphs
    }

    /// The pending pieces' clusters, in order.
    private func runClusters() -> [TextCluster] {
        var clusters: [TextCluster] = []
        clusters.reserveCapacity(pending.reduce(0) { $0 + $1.piece.shaped.clusterCount })
        for (piece, _) in pending {
            piece.shaped.appendTextClusters(byteCount: piece.text.utf8.count, to: &clusters)
        }
        return clusters
    }

    private func runText() -> String {
        var text = ""
        text.reserveCapacity(pending.reduce(0) { $0 + $1.piece.text.utf8.count })
        for (piece, _) in pending { text += piece.text }
        return text
    }
}
