/// A box placed on a page, kept with the page for checks (widows, stranded headings).
public struct PlacedBox: Sendable {
    public var x: Double
    public var y: Double
    public var height: Double
    public var role: BoxRole
    /// The column it stands in (0 for a one-column page and for spanning boxes).
    public var column: Int
    public var span: Bool
}

/// Breaks vertical material into pages of one or more columns.
///
/// Each column is filled by `ColumnFiller` (TeX's page builder with a ragged bottom). On a
/// multi-column page a spanning box (a headline over both columns) ends the column segment
/// above it: that segment is balanced, the box is set across the columns, and the columns
/// go on below it; the document's last segment is balanced too. Floats that did not fit
/// start the next page.
public struct PageBuilder: Sendable {
    public var setup: PageSetup
    public var settings: PageBreakSettings

    public init(setup: PageSetup, settings: PageBreakSettings = PageBreakSettings()) {
        self.setup = setup; self.settings = settings
    }

    /// Pages with their placed boxes, content positioned in page coordinates.
    public func build(_ items: [VItem], shaper: Shaper = .shared) -> [Page] {
        var pages: [Page] = []
        var index = skipDiscardable(items, from: 0)
        var pending: [Int] = []
        while index < items.count || !pending.isEmpty {
            let template = setup.template(forPage: pages.count)
            var page = PageUnderConstruction(template: template, items: items)
            page.placeFloats(pending, gap: settings.floatGap)
            pending = []
            index = fillPage(&page, items: items, from: index, pending: &pending)
            pages.append(page.finished(index: pages.count + 1))
            index = skipDiscardable(items, from: index)
        }
        if pages.isEmpty {
            pages.append(PageUnderConstruction(template: setup.first, items: items).finished(index: 1))
        }
        return pages.enumerated().map { PageDecorations(setup: setup).decorate($1, index: $0, shaper: shaper) }
    }

    /// Fills one page from `start`; returns where the next page begins.
    private func fillPage(_ page: inout PageUnderConstruction, items: [VItem], from start: Int,
                          pending: inout [Int]) -> Int {
        let columns = page.template.columns
        let filler = ColumnFiller(items: items, settings: settings, stopAtSpans: columns > 1)
        var index = start
        while index < items.count {
            if columns > 1, case .box(let box) = items[index], box.span {
                // A spanning box goes on this page only with what must follow it.
                let need = box.height + filler.followingHeight(after: index)
                if page.hasContent && page.top + need > page.bottom + settings.fitTolerance { return index }
                page.placeSpan(box)
                index += 1
                continue
            }
            let segmentStart = index
            var fills: [ColumnFill] = []
            var ended = false
            for column in 0..<columns {
                let fill = filler.fill(from: index, available: page.bottom - page.columnTops[column])
                fills.append(fill)
                index = fill.next
                if index >= items.count || (columns > 1 && isSpan(items[index])) { ended = true; break }
                index = skipDiscardable(items, from: index)
                if index >= items.count { ended = true; break }
            }
            if ended && columns > 1 && page.columnsLevel,
               let balanced = balance(filler, from: segmentStart, to: index, columns: columns,
                                      available: page.bottom - page.top) {
                fills = balanced
            }
            for (column, fill) in fills.enumerated() {
                page.placeColumn(fill, column: column, filler: filler)
                pending += fill.deferred
            }
            if !ended { return index }
        }
        return index
    }

    /// Equal columns for the segment `start..<end`: the lowest column height at which the
    /// segment still fits in `columns` columns (nil when no height fits better than greedy).
    private func balance(_ filler: ColumnFiller, from start: Int, to end: Int, columns: Int,
                         available: Double) -> [ColumnFill]? {
        var total = 0.0
        for index in start..<end {
            switch filler.items[index] {
            case .box(let box): total += box.height
            case .space(let amount): total += amount
            case .penalty: break
            }
        }
        var height = max(1, (total / Double(columns)).rounded(.down))
        while height <= available {
            var fills: [ColumnFill] = []
            var index = start
            for _ in 0..<columns {
                let fill = filler.fill(from: index, available: height, deferFloats: false)
                fills.append(fill)
                index = fill.next
                if index >= end { break }
                index = skipDiscardable(filler.items, from: index)
                if index >= end { break }
            }
            if index >= end { return fills }
            height += settings.balanceStep
        }
        return nil
    }

    private func isSpan(_ item: VItem) -> Bool {
        if case .box(let box) = item { return box.span }
        return false
    }

    func skipDiscardable(_ items: [VItem], from index: Int) -> Int {
        var index = index
        while index < items.count, !items[index].isBox { index += 1 }
        return index
    }
}

/// A page being filled: where each column has reached, and what is placed so far.
struct PageUnderConstruction {
    let template: PageTemplate
    let items: [VItem]
    var page: Page
    var placed: [PlacedBox] = []
    var columnTops: [Double]

    init(template: PageTemplate, items: [VItem]) {
        self.template = template
        self.items = items
        self.page = Page(size: template.size, index: 0)
        self.columnTops = Array(repeating: template.margins.top, count: template.columns)
    }

    var bottom: Double { template.size.height - template.margins.bottom }
    /// Below every column: where a spanning box goes.
    var top: Double { columnTops.max() ?? template.margins.top }
    var hasContent: Bool { !placed.isEmpty }
    var columnsLevel: Bool { Set(columnTops).count == 1 }

    mutating func place(_ box: VBox, x: Double, y: Double, column: Int) {
        page.elements += box.elements.map { $0.offset(dx: x, dy: y) }
        placed.append(PlacedBox(x: snap(x), y: snap(y), height: box.height, role: box.role, column: column, span: box.span))
    }

    /// Floats carried over from the previous page, at the top of the first column (across
    /// all columns when they span), each followed by `gap`.
    mutating func placeFloats(_ indices: [Int], gap: Double) {
        for index in indices {
            guard case .box(let box) = items[index] else { continue }
            if box.span {
                placeSpan(box)
                columnTops = columnTops.map { $0 + gap }
                continue
            }
            place(box, x: template.columnX(0), y: columnTops[0], column: 0)
            columnTops[0] += box.height + gap
        }
    }

    mutating func placeSpan(_ box: VBox) {
        let y = top
        place(box, x: template.margins.left, y: y, column: 0)
        columnTops = Array(repeating: y + box.height, count: columnTops.count)
    }

    mutating func placeColumn(_ fill: ColumnFill, column: Int, filler: ColumnFiller) {
        let x = template.columnX(column)
        var y = columnTops[column]
        let start = fill.placed.first ?? fill.next
        for header in filler.repeatedHeader(at: start) {
            place(header, x: x, y: y, column: column)
            y += header.height
        }
        for index in fill.placed {
            switch items[index] {
            case .box(let box):
                place(box, x: x, y: y, column: column)
                y += box.height
            case .space(let amount): y += amount
            case .penalty: break
            }
        }
        columnTops[column] = y
    }

    func finished(index: Int) -> Page {
        var result = page
        result.index = index
        result.placed = placed
        return result
    }
}
