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
    /// Adjustment ratio of the line's word spaces (0 for ragged and last lines); its letters
    /// are set with the same ratio, up to the tolerance's.
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
    /// The largest ratio letters are set with (the tolerance's); the rest of an emergency
    /// line's slack goes to its word spaces.
    var letterLimit: Double = 1

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
        var natural = 0.0, stretch = 0.0, shrink = 0.0, letterStretch = 0.0
        var infinite = false
        for i in start..<end where items[i].kind == .glue || items[i].kind == .box {
            natural += items[i].width
            stretch += items[i].stretch; shrink += items[i].shrink
            if items[i].kind == .glue { infinite = infinite || items[i].infiniteStretch } else { letterStretch += items[i].stretch }
        }
        // One ratio for word spaces and letters, as the breaker judged the line; past the
        // tolerance (an emergency) letters stop and the excess goes to the word spaces alone.
        var r = 0.0, letters = 0.0
        if style.alignment == .justify && !infinite && !isLast, natural < lineWidth, stretch > 0 {
            r = (lineWidth - natural) / stretch
            letters = r
            let wordStretch = stretch - letterStretch
            if r > letterLimit {
                letters = letterLimit
                r = wordStretch > 0 ? (lineWidth - natural - letterLimit * letterStretch) / wordStretch : 0
            }
        }
        // A line longer than its measure shrinks whatever its alignment, the last line
        // included, as TeX's hpack does: the breaker chose it counting on that shrink, and
        // setting it at natural width would run past the margin.
        if natural > lineWidth, shrink > 0 { r = max(-1, (lineWidth - natural) / shrink); letters = r }
        natural = 0
        for i in start..<end where items[i].kind != .penalty { natural += adjusted(items[i], r, letters: letters) }
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
            let advance = adjusted(item, r, letters: letters)
            if let piece = content.pieces[i] {
                builder.append(piece, at: x, advance: advance, tracking: item.kind == .box ? tracking(piece, item, advance) : 0)
            }
            x += advance
        }
        let runs = builder.finish()
        return TypesetLine(height: style.leading, baseline: baseline, elements: runs.elements,
                           text: runs.text, ratio: r, minX: runs.minX ?? lineX, maxX: runs.maxX ?? lineX)
    }

    /// The space added after each letter but the last of a box set `advance` wide.
    private func tracking(_ piece: InlineContent.Piece, _ item: BreakItem, _ advance: Double) -> Double {
        piece.letterGaps > 0 ? (advance - item.width) / Double(piece.letterGaps) : 0
    }

    /// The width an item takes on a line whose glue is set with ratio `r` and whose letters
    /// with ratio `letters` (TeX's glue setting).
    private func adjusted(_ item: BreakItem, _ r: Double, letters: Double) -> Double {
        guard item.kind != .penalty, !item.infiniteStretch else { return item.kind == .penalty ? 0 : item.width }
        let ratio = item.kind == .box ? letters : r
        return item.width + ratio * (ratio >= 0 ? item.stretch : item.shrink)
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
    private var pending: [(piece: InlineContent.Piece, x: Double, tracking: Double)] = []

    init(baseline: Double) { self.baseline = baseline }

    mutating func append(_ piece: InlineContent.Piece, at x: Double, advance: Double, tracking: Double = 0) {
        if currentStyle != piece.style { flush() }
        if currentStyle == nil {
            currentStyle = piece.style
            origin = Point(x: snap(x), y: snap(baseline))
        }
        pending.append((piece, x, tracking))
        width = snap(x + advance - origin.x)
        text += piece.text
        if piece.text != " " {
            let inked = piece.width + tracking * Double(piece.letterGaps)
            minX = min(minX ?? x, x)
            maxX = max(maxX ?? x + inked, x + inked)
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
        for (piece, x, tracking) in pending {
            var pen = x
            let shaped = piece.shaped.glyphs
            for (index, glyph) in shaped.enumerated() {
                // Letter spacing goes after a cluster, never between a letter and its marks.
                if tracking != 0, index > 0, glyph.cluster != shaped[index - 1].cluster { pen += tracking }
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
        for (piece, _, _) in pending {
            piece.shaped.appendTextClusters(byteCount: piece.text.utf8.count, to: &clusters)
        }
        return clusters
    }

    private func runText() -> String {
        var text = ""
        text.reserveCapacity(pending.reduce(0) { $0 + $1.piece.text.utf8.count })
        for (piece, _, _) in pending { text += piece.text }
        return text
    }
}
