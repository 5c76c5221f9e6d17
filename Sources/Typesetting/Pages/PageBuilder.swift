/// A box placed on a page, kept with the page for checks (widows, stranded headings).
public struct PlacedBox: Sendable {
    public var x: Double
    public var y: Double
    public var height: Double
    public var role: BoxRole
    /// The column it stands in (0 for a one-column page and for spanning boxes).
    public var column: Int
    public var span: Bool
    /// The section title the box starts, for running heads.
    public var mark: String?
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
    public func build(_ items: consuming [VItem], shaper: Shaper = .shared) -> [Page] {
        let columns = max(setup.first.columns, setup.rest.columns)
        if columns == 1 {
            // One column never looks back at a finished page: its boxes' drawing can go as
            // soon as it is placed, so the document is held once, not twice; what is left of
            // the boxes goes before the pages are decorated.
            var owned = items
            owned.resolveKeeps()
            var pages = paginate(&owned, shortened: [:], release: true)
            owned = []
            PageDecorations(setup: setup).decorate(&pages, shaper: shaper)
            return pages
        }
        var items = items
        items.resolveKeeps()
        var pages = paginate(&items, shortened: [:], release: false)
        // A last page of columns that balancing alone cannot even out (a photo carried over
        // with a few lines of text) takes more text from the page before it: that page ends
        // a line earlier at a time until the last page's columns meet.
        if setup.rest.columns > 1, pages.count > 1, let line = lineHeight(pages.last!),
           Self.imbalance(pages.last!) > line + settings.fitTolerance {
            let previous = pages.count - 2
            var shortening = line
            while shortening < setup.template(forPage: previous).textHeight / 2 {
                let candidate = paginate(&items, shortened: [previous: shortening], release: false)
                if candidate.count == pages.count, Self.imbalance(candidate.last!) <= line + settings.fitTolerance {
                    pages = candidate
                    break
                }
                shortening += line
            }
        }
        items = []
        PageDecorations(setup: setup).decorate(&pages, shaper: shaper)
        return pages
    }

    /// Pages as the columns fill them; `shortened` ends the text area of some pages early;
    /// `release` empties the drawing of boxes once their page is done.
    private func paginate(_ items: inout [VItem], shortened: [Int: Double], release: Bool) -> [Page] {
        var pages: [Page] = []
        var index = skipDiscardable(items, from: 0)
        var pending: [Int] = []
        while index < items.count || !pending.isEmpty {
            let pageStart = index
            // The page under construction shares `items`; it is gone when this returns, so
            // the release below changes `items` in place instead of copying it.
            let finished = onePage(items, from: &index, pending: &pending, number: pages.count,
                                   shortening: shortened[pages.count] ?? 0)
            pages.append(finished)
            if release {
                for position in pageStart..<min(index, items.count) where !pending.contains(position) {
                    if case .box(var box) = items[position] {
                        box.elements = []
                        items[position] = .box(box)
                    }
                }
            }
            index = skipDiscardable(items, from: index)
        }
        if pages.isEmpty {
            pages.append(PageUnderConstruction(template: setup.first, items: items).finished(index: 1))
        }
        return pages
    }

    /// Fills the page numbered `number` (0-based) from `index`, moving it past the page.
    private func onePage(_ items: [VItem], from index: inout Int, pending: inout [Int], number: Int,
                         shortening: Double) -> Page {
        var page = PageUnderConstruction(template: setup.template(forPage: number), items: items)
        page.shortening = shortening
        pending = page.placeFloats(pending, gap: settings.floatGap)
        index = fillPage(&page, items: items, from: index, pending: &pending)
        return page.finished(index: number + 1)
    }

    /// How far apart (points) the feet of the columns below the page's last spanning box
    /// are, floats included; 0 when fewer than two columns hold anything there.
    static func imbalance(_ page: Page) -> Double {
        let spanFoot = page.placed.filter(\.span).map { $0.y + $0.height }.max() ?? 0
        var feet: [Int: Double] = [:]
        for box in page.placed where !box.span && box.y >= spanFoot - 0.01 {
            feet[box.column] = max(feet[box.column] ?? 0, box.y + box.height)
        }
        guard feet.count > 1 else { return 0 }
        return feet.values.max()! - feet.values.min()!
    }

    /// The height of a text line on `page`, for stepping by lines.
    private func lineHeight(_ page: Page) -> Double? {
        page.placed.compactMap { box -> Double? in
            if case .line = box.role { return box.height } else { return nil }
        }.max()
    }

    /// Fills one page from `start`; returns where the next page begins.
    private func fillPage(_ page: inout PageUnderConstruction, items: [VItem], from start: Int,
                          pending: inout [Int]) -> Int {
        let columns = page.template.columns
        let filler = ColumnFiller(items: items, settings: settings, stopAtSpans: columns > 1)
        var index = start
        while index < items.count {
            if columns > 1, case .box(let box) = items[index], box.span {
                // A spanning box goes on this page only with what must follow it, which may run
                // on from one column to the next.
                let need = box.height + filler.followingHeight(after: index)
                if page.hasContent && page.top + need > page.bottom + settings.fitTolerance
                    && !followingFitsInColumns(filler, after: index, page: page) { return index }
                page.placeSpan(box)
                index += 1
                continue
            }
            let segmentStart = index
            var fills: [ColumnFill] = []
            var ended = false
            for column in 0..<columns {
                let belowFloats = page.floatColumns.contains(column) || page.floatColumns.contains(-1)
                let fill = filler.fill(from: index, available: page.bottom - page.columnTops[column],
                                       breakAtStart: belowFloats && index == segmentStart,
                                       lastColumn: column == columns - 1)
                fills.append(fill)
                index = fill.next
                if index >= items.count || (columns > 1 && isSpan(items[index])) { ended = true; break }
                index = skipDiscardable(items, from: index)
                if index >= items.count { ended = true; break }
            }
            if ended && columns > 1,
               let balanced = balance(filler, from: segmentStart, to: index, tops: page.columnTops, bottom: page.bottom) {
                fills = balanced
            }
            for (column, fill) in fills.enumerated() {
                page.placeColumn(fill, column: column, filler: filler, floatGap: settings.floatGap)
                pending += fill.deferred
            }
            if !ended { return index }
        }
        return index
    }

    /// Even columns for the segment `start..<end`: the highest common foot at which the
    /// segment still fits, each column starting from its own top (below floats), with no
    /// column cut where a break is not allowed. Nil when no foot does better than greedy.
    private func balance(_ filler: ColumnFiller, from start: Int, to end: Int, tops: [Double],
                         bottom: Double) -> [ColumnFill]? {
        var total = 0.0
        for index in start..<end {
            switch filler.items[index] {
            case .box(let box): total += box.height
            case .space(let amount): total += amount
            case .penalty, .keep: break
            }
        }
        let room = tops.reduce(0) { $0 + (bottom - $1) }
        guard room > 0 else { return nil }
        // The lowest foot that could hold it all, then up a step at a time.
        var foot = (tops.max()! + max(0, (total - tops.reduce(0) { $0 + (tops.max()! - $1) }) / Double(tops.count)))
            .rounded(.down)
        while foot <= bottom {
            var fills: [ColumnFill] = []
            var index = start
            var fits = true
            // A float that does not fit in one column may open the next.
            var carried: [Int] = []
            for (column, top) in tops.enumerated() {
                var columnTop = top
                for float in carried {
                    if case .box(let box) = filler.items[float] { columnTop += box.height + settings.floatGap }
                }
                guard foot > columnTop else {
                    fills.append(ColumnFill(next: index, leadingFloats: carried))
                    carried = []
                    continue
                }
                var fill = filler.fill(from: index, available: foot - columnTop, lastColumn: column == tops.count - 1)
                if fill.forced { fits = false; break }
                fill.leadingFloats = carried
                carried = fill.deferred
                fill.deferred = []
                fills.append(fill)
                index = fill.next
                if index >= end { break }
                index = skipDiscardable(filler.items, from: index)
                if index >= end { break }
            }
            if fits && index >= end && carried.isEmpty { return fills }
            foot += settings.balanceStep
        }
        return nil
    }

    /// Whether the spanning boxes from `index` on and what must follow them on their page fit
    /// below the page's columns, that material filling one column and running on into the
    /// next (a headline over a lead set across both columns), with no column cut where a break
    /// is forbidden.
    private func followingFitsInColumns(_ filler: ColumnFiller, after index: Int, page: PageUnderConstruction) -> Bool {
        var top = page.top
        var next = index
        // The spanning boxes in a row (kicker, headline, timestamp) and the spaces among them.
        while next < filler.items.count {
            if case .box(let box) = filler.items[next] {
                guard box.span else { break }
                top += box.height
            } else if case .space(let amount) = filler.items[next] {
                top += amount
            }
            next += 1
        }
        let end = filler.following(after: next - 1).end
        guard next < end, top < page.bottom else { return false }
        let columns = page.template.columns
        for column in 0..<columns {
            let fill = filler.fill(from: next, available: page.bottom - top, lastColumn: column == columns - 1)
            if fill.forced || !fill.deferred.isEmpty { return false }
            next = fill.next
            if next >= end { return true }
            next = skipDiscardable(filler.items, from: next)
            if next >= end { return true }
        }
        return false
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
    /// Columns that hold floats at their top (-1: a float across all of them).
    var floatColumns: Set<Int> = []

    init(template: PageTemplate, items: [VItem]) {
        self.template = template
        self.items = items
        self.page = Page(size: template.size, index: 0)
        self.columnTops = Array(repeating: template.margins.top, count: template.columns)
    }

    /// Points by which this page's text area ends early (to even out the page after it).
    var shortening = 0.0
    var bottom: Double { template.size.height - template.margins.bottom - shortening }
    /// Below every column: where a spanning box goes.
    var top: Double { columnTops.max() ?? template.margins.top }
    var hasContent: Bool { !placed.isEmpty }

    mutating func place(_ box: VBox, x: Double, y: Double, column: Int) {
        page.elements += box.elements.map { $0.offset(dx: x, dy: y) }
        placed.append(PlacedBox(x: snap(x), y: snap(y), height: box.height, role: box.role, column: column,
                                span: box.span, mark: box.mark))
    }

    /// Floats carried over from the previous page, in order, at the top of the first column
    /// (across all columns when they span), each followed by `gap`, as many as fit (the
    /// first always does); returns those that wait for the page after.
    mutating func placeFloats(_ indices: [Int], gap: Double) -> [Int] {
        for (position, index) in indices.enumerated() {
            guard case .box(let box) = items[index] else { continue }
            let top = box.span ? self.top : columnTops[0]
            if hasContent && top + box.height > bottom { return Array(indices[position...]) }
            if box.span {
                placeSpan(box)
                columnTops = columnTops.map { $0 + gap }
            } else {
                place(box, x: template.columnX(0), y: columnTops[0], column: 0)
                columnTops[0] += box.height + gap
            }
            floatColumns.insert(box.span ? -1 : 0)
        }
        return []
    }

    mutating func placeSpan(_ box: VBox) {
        let y = top
        place(box, x: template.margins.left, y: y, column: 0)
        columnTops = Array(repeating: y + box.height, count: columnTops.count)
    }

    mutating func placeColumn(_ fill: ColumnFill, column: Int, filler: ColumnFiller, floatGap: Double) {
        let x = template.columnX(column)
        var y = columnTops[column]
        for float in fill.leadingFloats {
            guard case .box(let box) = items[float] else { continue }
            place(box, x: x, y: y, column: column)
            y += box.height + floatGap
        }
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
            case .penalty, .keep: break
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
