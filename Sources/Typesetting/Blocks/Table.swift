/// A grid of cells, each a stack of blocks; rows never split, header rows repeat on every
/// page the table continues on. Serves ruled tables (attendance, votes) and borderless
/// layout grids (document headers, signature blocks).
public struct Table: Block {
    /// One cell: blocks laid out at the column's width less padding.
    public struct Cell: Sendable {
        public var blocks: [any Block]
        public init(_ blocks: [any Block]) { self.blocks = blocks }
        public static let empty = Cell([])
    }

    /// Column widths as fractions of the measure.
    public var columns: [Double]
    public var rows: [[Cell]]
    /// Leading rows repeated at the top of each continuation page.
    public var headerRows: Int
    /// Border thickness; 0 draws no borders.
    public var border: Double
    public var padding: Insets
    /// Never break a page between rows (a signature block, a short vote table).
    public var keepTogether: Bool
    /// With `keepTogether`: the rows are kept by discouraged breaks (`AvoidBreak`'s cost), not
    /// forbidden ones, so a short data table splits between rows, its header repeated, rather
    /// than leave a page more than `PageBreakSettings.holeLimit` empty. The header with the
    /// first row and the last row with the one before stay together all the same.
    public var keepYieldsToHoles: Bool
    public var spaceBefore: Double
    public var spaceAfter: Double
    public var keepWithNext: Bool
    public var role: String
    /// The cells of a row start lower where needed so that their first baselines are level
    /// (Nơi nhận beside a signature's authority line, whatever their fonts and sizes).
    public var alignsFirstBaselines: Bool
    /// A column narrower than the widest unbreakable line of its cells (a date line that must
    /// never wrap) is widened to hold it, the others giving way (`TableSettings.columnFitAllowance`).
    public var fitsUnbreakableLines: Bool
    /// A table of data, tagged as one (rows, header and data cells) for readers that do not
    /// see the page; a layout grid (a document header, a signature block) is not, its cells'
    /// blocks keep their own roles.
    public var isData: Bool

    public init(columns: [Double], rows: [[Cell]], headerRows: Int = 0, border: Double = 0,
                padding: Insets = Insets(top: 0, bottom: 0, left: 0, right: 0), keepTogether: Bool = false,
                spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false, role: String = "table-row",
                alignsFirstBaselines: Bool = false, fitsUnbreakableLines: Bool = false, isData: Bool = false,
                keepYieldsToHoles: Bool = false) {
        self.columns = columns; self.rows = rows; self.headerRows = headerRows; self.border = border
        self.padding = padding; self.keepTogether = keepTogether; self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter; self.keepWithNext = keepWithNext; self.role = role
        self.alignsFirstBaselines = alignsFirstBaselines; self.fitsUnbreakableLines = fitsUnbreakableLines
        self.isData = isData; self.keepYieldsToHoles = keepYieldsToHoles
    }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        let total = columns.reduce(0, +)
        var widths = columns.map { total > 0 ? width * $0 / total : width / Double(max(columns.count, 1)) }
        if fitsUnbreakableLines { widths = fitted(widths, context: context) }
        var lefts: [Double] = []
        var x = 0.0
        for w in widths { lefts.append(x); x += w }

        let laid = rows.enumerated().map { index, cells in
            row(cells: cells, lefts: lefts, widths: widths, header: index < headerRows, context: context)
        }
        var boxes = laid.map(\.box)
        // A header repeated on a continuation page is page furniture, not the table again.
        let header = Array(boxes.prefix(headerRows)).map { box in
            var copy = box
            copy.elements = isData ? box.elements.asArtifact() : box.elements
            return copy
        }
        for index in boxes.indices.dropFirst(headerRows) { boxes[index].repeatedHeader = header }
        // A group taller than a page cannot be kept together.
        let keep = keepTogether && boxes.reduce(0, { $0 + $1.height }) <= context.pageHeight

        var rowItems: [VItem] = []
        for (index, box) in boxes.enumerated() {
            if index > 0 {
                let insideHeader = index <= headerRows
                let nearEnd = index == boxes.count - 1 && boxes.count > headerRows + 1
                // Never strand the header, and keep the last row company on its page.
                let kept = keepYieldsToHoles ? context.settings.pageBreaking.avoidPenalty : Penalty.never
                rowItems.append(.penalty(insideHeader || nearEnd ? Penalty.never : keep ? kept : 0))
            }
            if box.height > context.pageHeight {
                // A row taller than a page would run off it: its cells are set one after
                // another instead, in their columns, so no text is lost.
                var cells: [VItem] = []
                for (dx, cellItems) in laid[index].cells {
                    cells += cellItems.map { item in
                        guard case .box(var box) = item else { return item }
                        box.elements = box.elements.map { $0.offset(dx: dx, dy: 0) }
                        return .box(box)
                    }
                }
                rowItems += isData ? cells.tagged(.tableRow) : cells
            } else {
                rowItems.append(.box(box))
            }
        }
        var items: [VItem] = []
        if spaceBefore > 0 { items.append(.space(spaceBefore)) }
        items += isData ? rowItems.tagged(.table) : rowItems
        if keepWithNext { items.append(.penalty(Penalty.never)) }
        if spaceAfter > 0 { items.append(.space(spaceAfter)) }
        return items
    }

    /// A row as one box, with each cell's material and x offset kept for the rare row too
    /// tall for a page.
    private func row(cells: [Cell], lefts: [Double], widths: [Double], header: Bool, context: LayoutContext)
        -> (box: VBox, cells: [(dx: Double, items: [VItem])]) {
        let cellRole: StructureRole = header ? .headerCell : .dataCell
        var stacks: [VBox] = []
        var material: [(dx: Double, items: [VItem])] = []
        for (column, cell) in cells.enumerated() where column < widths.count {
            let inner = widths[column] - padding.left - padding.right
            var items = cell.blocks.flatMap { $0.layout(width: inner, context: context) }
            // A data cell's paragraphs are the cell's content, not paragraphs of their own.
            if isData { items = items.map(Self.withoutStructure).tagged(cellRole) }
            stacks.append(VBox.stack(items, role: .block("cell")))
            material.append((lefts[column] + padding.left, items))
        }
        if alignsFirstBaselines {
            // Each cell starts lower by how much higher its first baseline is than the lowest.
            let baselines = stacks.map(Self.firstBaseline)
            let lowest = baselines.compactMap { $0 }.max() ?? 0
            for (column, baseline) in baselines.enumerated() {
                guard let baseline, baseline < lowest else { continue }
                let drop = snap(lowest - baseline)
                stacks[column] = VBox(height: stacks[column].height + drop,
                                      elements: stacks[column].elements.map { $0.offset(dx: 0, dy: drop) }, role: stacks[column].role)
                material[column].items.insert(.box(VBox(height: drop, elements: [], role: .block("space"))), at: 0)
            }
        }
        let height = (stacks.map(\.height).max() ?? 0) + padding.top + padding.bottom
        var elements: [PageElement] = []
        for (column, stack) in stacks.enumerated() {
            elements += stack.elements.map { $0.offset(dx: lefts[column] + padding.left, dy: padding.top) }
        }
        if border > 0 { elements += borders(lefts: lefts, widths: widths, height: height) }
        if isData { elements = elements.tagged(.tableRow) }
        return (VBox(height: height, elements: elements, role: .block(role)), material)
    }

    /// A box's material without its structure marks.
    private static func withoutStructure(_ item: VItem) -> VItem {
        guard case .box(var box) = item else { return item }
        box.elements = box.elements.filter { if case .structure = $0 { return false } else { return true } }
        return .box(box)
    }

    /// The baseline of the topmost text in `box`, from its top; nil when it holds no text.
    private static func firstBaseline(_ box: VBox) -> Double? {
        box.elements.compactMap { element -> Double? in
            if case .text(let run) = element { return run.origin.y } else { return nil }
        }.min()
    }

    /// Cell outlines; neighbouring rows draw their shared edge twice, at the same place.
    private func borders(lefts: [Double], widths: [Double], height: Double) -> [PageElement] {
        let right = lefts.last.map { $0 + widths.last! } ?? 0
        func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> PageElement {
            .rule(RuleElement(from: Point(x: snap(x0), y: snap(y0)), to: Point(x: snap(x1), y: snap(y1)), thickness: border))
        }
        var result = [line(0, 0, right, 0), line(0, height, right, height)]
        for x in lefts + [right] { result.append(line(x, 0, x, height)) }
        return result
    }
}
