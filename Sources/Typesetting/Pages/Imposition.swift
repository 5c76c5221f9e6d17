/// Saddle-stitch imposition: pages set two-up on sheets twice their size, in the order
/// that folding the stacked sheets in the middle and stapling gives a booklet.
///
/// Pages are padded with blank pages to a multiple of 4. Sheet face k (0-based) carries,
/// left and right, pages (n − k, k + 1) when k is even and (k + 1, n − k) when k is odd
/// (1-based page numbers), so face 0 has the last page and the first; printed duplex,
/// flipping on the short edge, the faces back each other correctly. Page content is moved,
/// never redrawn from pixels: text stays text.
public struct SaddleImposition: Sendable {
    /// Extra paper around each page for printing past the trim line.
    public var bleed: Double
    /// Draw crop marks at the trim corners, in the margin the bleed leaves.
    public var cropMarks: Bool
    /// Length and distance from the trim of a crop mark, and its stroke.
    public var markLength: Double
    public var markOffset: Double
    public var markThickness: Double

    public init(bleed: Double = 0, cropMarks: Bool = false, markLength: Double = millimetres(5),
                markOffset: Double = millimetres(2), markThickness: Double = 0.25) {
        self.bleed = bleed; self.cropMarks = cropMarks; self.markLength = markLength
        self.markOffset = markOffset; self.markThickness = markThickness
    }

    /// The page order of the faces: pairs of 1-based page numbers, a number beyond `count`
    /// meaning a blank page.
    public static func order(pageCount count: Int) -> [(left: Int, right: Int)] {
        let padded = max(4, (count + 3) / 4 * 4)
        return (0..<padded / 2).map { k in
            k % 2 == 0 ? (padded - k, k + 1) : (k + 1, padded - k)
        }
    }

    /// The sheet faces for `pages` (all of one size). The sheet is two pages wide; with a
    /// bleed, each page area grows by the bleed on its outer edges and the marks sit in a
    /// margin of `markOffset + markLength` around the trimmed sheet.
    public func impose(_ pages: [Page]) -> [Page] {
        guard let size = pages.first?.size else { return [] }
        let margin = cropMarks || bleed > 0 ? max(bleed, markOffset + markLength) : 0
        let sheet = Size(width: snap(2 * size.width + 2 * margin), height: snap(size.height + 2 * margin))
        return Self.order(pageCount: pages.count).enumerated().map { index, pair in
            var face = Page(size: sheet, index: index + 1)
            for (slot, number) in [pair.left, pair.right].enumerated() where number <= pages.count {
                let dx = margin + Double(slot) * size.width
                face.elements += pages[number - 1].elements.map { $0.offset(dx: dx, dy: margin) }
            }
            if cropMarks { face.elements += marks(trim: size, margin: margin).tagged(.artifact) }
            return face
        }
    }

    /// Crop marks at the four corners of the trimmed two-page spread and at the fold.
    private func marks(trim: Size, margin: Double) -> [PageElement] {
        let left = margin, right = margin + 2 * trim.width
        let top = margin, bottom = margin + trim.height
        let fold = margin + trim.width
        func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> PageElement {
            .rule(RuleElement(from: Point(x: snap(x0), y: snap(y0)), to: Point(x: snap(x1), y: snap(y1)), thickness: markThickness))
        }
        let gap = markOffset, length = markLength
        var result: [PageElement] = []
        for (x, y) in [(left, top), (right, top), (left, bottom), (right, bottom)] {
            let horizontal = x == left ? (x - gap - length, x - gap) : (x + gap, x + gap + length)
            let vertical = y == top ? (y - gap - length, y - gap) : (y + gap, y + gap + length)
            result.append(line(horizontal.0, y, horizontal.1, y))
            result.append(line(x, vertical.0, x, vertical.1))
        }
        // The fold, marked outside the trim at top and bottom.
        result.append(line(fold, top - gap - length, fold, top - gap))
        result.append(line(fold, bottom + gap, fold, bottom + gap + length))
        return result
    }
}
