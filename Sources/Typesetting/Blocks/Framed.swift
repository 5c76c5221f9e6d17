/// Blocks inside a drawn frame of a given width, placed left, centred or right in the
/// measure: a stamp such as a draft's `DỰ THẢO` box. Never splits.
public struct Framed: Block {
    public var blocks: [any Block]
    /// The frame's outer width, at most the measure; with `fitsUnbreakableLines`, the most it
    /// may take.
    public var width: Double
    /// The frame is as narrow as its widest unbreakable line allows (plus padding and
    /// `TableSettings.columnFitAllowance`), measured when laid out: a stamp fits its words.
    public var fitsUnbreakableLines: Bool
    public var padding: Insets
    public var border: Double
    public var alignment: Alignment
    public var spaceAfter: Double
    public var role: String

    public init(_ blocks: [any Block], width: Double, padding: Insets, border: Double = 0.6,
                alignment: Alignment = .center, spaceAfter: Double = 0, role: String = "frame", fitsUnbreakableLines: Bool = false) {
        self.blocks = blocks; self.width = width; self.padding = padding; self.border = border
        self.alignment = alignment; self.spaceAfter = spaceAfter; self.role = role
        self.fitsUnbreakableLines = fitsUnbreakableLines
    }

    public func layout(width measure: Double, context: LayoutContext) -> [VItem] {
        var outer = min(width, measure)
        if fitsUnbreakableLines {
            let widest = blocks.map { $0.minimumWidth(context: context) }.max() ?? 0
            let fitted = widest + padding.left + padding.right + context.settings.tables.columnFitAllowance
            // Rounded up to 0.01 pt, so the frame never clips its text.
            outer = min(outer, (fitted * 100).rounded(.up) / 100)
        }
        let inner = max(outer - padding.left - padding.right, 1)
        let content = VBox.stack(blocks.flatMap { $0.layout(width: inner, context: context) }, role: .block(role))
        let height = content.height + padding.top + padding.bottom
        let x: Double
        switch alignment {
        case .left, .justify: x = 0
        case .center: x = snap((measure - outer) / 2)
        case .right: x = snap(measure - outer)
        }
        var elements = content.elements.map { $0.offset(dx: x + padding.left, dy: padding.top) }
        if border > 0 {
            // The stroke's centre sits half its thickness inside the box, so its ink stays in it.
            let half = border / 2
            let (x0, x1, y0, y1) = (snap(x + half), snap(x + outer - half), snap(half), snap(height - half))
            for (from, to) in [((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)), ((x0, y1), (x0, y0))] {
                elements.append(.rule(RuleElement(from: Point(x: from.0, y: from.1), to: Point(x: to.0, y: to.1), thickness: border)))
            }
        }
        var items: [VItem] = [.box(VBox(height: height, elements: elements, role: .block(role)))]
        if spaceAfter > 0 { items.append(.space(spaceAfter)) }
        return items
    }
}
