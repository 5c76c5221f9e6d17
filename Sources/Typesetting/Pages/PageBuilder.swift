/// A box placed on a page, kept with the page for checks (widows, stranded headings).
public struct PlacedBox: Sendable {
    public var y: Double
    public var height: Double
    public var role: BoxRole
}

/// Breaks vertical material into pages, as TeX's page builder does (tex.web §980–§1008)
/// with a ragged bottom: it fills a page, remembers the cheapest legal break seen so far,
/// and cuts there when the next box no longer fits.
///
/// A break's cost is its penalty plus a fill cost that grows with the space it leaves
/// empty, so that of two equally legal breaks the fuller page wins. Penalties of
/// `Penalty.never` (widows, orphans, keep-with-next, keep-together) are never chosen unless
/// nothing else fits on the page, in which case the page is cut before the box that
/// overflows rather than losing content.
public struct PageBuilder: Sendable {
    public var setup: PageSetup
    public var settings: PageBreakSettings

    public init(setup: PageSetup, settings: PageBreakSettings = PageBreakSettings()) {
        self.setup = setup; self.settings = settings
    }

    /// Pages with their placed boxes, content positioned in page coordinates.
    public func build(_ items: [VItem], shaper: Shaper = .shared) -> [Page] {
        var pages: [Page] = []
        var start = skipDiscardable(items, from: 0)
        while start < items.count {
            let template = setup.template(forPage: pages.count)
            let (end, next) = pageEnd(items, from: start, available: template.textHeight)
            pages.append(place(items[start..<end], index: pages.count, template: template))
            start = skipDiscardable(items, from: next)
        }
        if pages.isEmpty { pages.append(place(items[0..<0], index: 0, template: setup.first)) }
        return pages.enumerated().map { decorate($1, index: $0, shaper: shaper) }
    }

    /// Where the page starting at `start` ends (exclusive) and where the next page's material
    /// begins (past the discarded break item).
    func pageEnd(_ items: [VItem], from start: Int, available: Double) -> (end: Int, next: Int) {
        var height = header(of: items, at: start).reduce(0) { $0 + $1.height }
        var best: (index: Int, cost: Double)? = nil
        var sawBox = false
        func consider(_ index: Int, penalty: Int) {
            let empty = max(0, available - height) / available
            let cost = Double(penalty) + settings.emptyPageCost * empty * empty * empty
            if best.map({ cost <= $0.cost }) ?? true { best = (index, cost) }
        }
        var index = start
        while index < items.count {
            switch items[index] {
            case .box(let box):
                if sawBox && height + box.height > available + settings.fitTolerance {
                    if let best { return (best.index, best.index + 1) }
                    return (index, index)
                }
                height += box.height
                sawBox = true
            case .space(let amount):
                if index > start, case .box = items[index - 1], !keptAfter(index, items) { consider(index, penalty: 0) }
                height += amount
            case .penalty(let value):
                if value <= Penalty.always && sawBox { return (index, index + 1) }
                if value < Penalty.never && sawBox { consider(index, penalty: value) }
            }
            index += 1
        }
        return (items.count, items.count)
    }

    /// Whether the spaces from `index` on lead to a `Penalty.never`: a keep written after a
    /// block's trailing space still holds, so the space is no break either.
    func keptAfter(_ index: Int, _ items: [VItem]) -> Bool {
        var next = index + 1
        while next < items.count, case .space = items[next] { next += 1 }
        guard next < items.count, case .penalty(let value) = items[next] else { return false }
        return value >= Penalty.never
    }

    func skipDiscardable(_ items: [VItem], from index: Int) -> Int {
        var index = index
        while index < items.count, !items[index].isBox { index += 1 }
        return index
    }

    /// Table header rows to repeat when a page starts inside a table.
    func header(of items: [VItem], at index: Int) -> [VBox] {
        guard index < items.count, case .box(let box) = items[index] else { return [] }
        return box.repeatedHeader
    }

    private func place(_ slice: ArraySlice<VItem>, index: Int, template: PageTemplate) -> Page {
        var page = Page(size: template.size, index: index + 1)
        var y = template.margins.top
        var placed: [PlacedBox] = []
        let boxes = header(of: Array(slice), at: 0).map(VItem.box) + slice
        for item in boxes {
            switch item {
            case .box(let box):
                page.elements += box.elements.map { $0.offset(dx: template.margins.left, dy: y) }
                placed.append(PlacedBox(y: snap(y), height: box.height, role: box.role))
                y += box.height
            case .space(let amount): y += amount
            case .penalty: break
            }
        }
        page.placed = placed
        return page
    }

    private func decorate(_ page: Page, index: Int, shaper: Shaper) -> Page {
        var page = page
        guard let numbering = setup.numbering else { return page }
        let number = numbering.firstNumber + index
        page.label = String(number)
        guard index > 0 || numbering.showOnFirstPage else { return page }
        let template = setup.template(forPage: index)
        let paragraph = Paragraph([TextSpan(String(number), style: numbering.style)],
                                  style: ParagraphStyle(alignment: .center, leading: numbering.style.size))
        let context = LayoutContext(shaper: shaper)
        for line in paragraph.typeset(width: template.textWidth, context: context) {
            page.elements += line.elements.map {
                $0.offset(dx: template.margins.left, dy: numbering.baseline - line.baseline)
            }
        }
        return page
    }
}
