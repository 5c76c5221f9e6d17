import Testing
import TestSupport
@testable import Typesetting

/// A discouraged break (`AvoidBreak`) between two runs of kept material: the page builder takes
/// it only where every break the keeps allow would leave a page more than `holeLimit` empty.
@Suite struct AvoidBreakTests {
    let setup = PageSetup(first: PageTemplate(margins: Insets(top: 50, bottom: 50, left: 50, right: 50)))
    let settings = PageBreakSettings()
    let line = 17.0
    /// Issue 11: no page but the last more than 30% empty.
    let allowedHole = 0.30

    func box(_ height: Double, _ name: String) -> VItem { .box(VBox(height: height, elements: [], role: .block(name))) }

    /// `lines` lines of text, then a run that keeps together (a heading, a table, a note),
    /// the discouraged break, and an end that keeps together (a closing and a signature).
    /// Both runs are shorter than the hole limit; together they are longer.
    func material(lines: Int) -> [VItem] {
        var items: [VItem] = []
        for index in 0..<lines {
            if index > 0 { items.append(.penalty(0)) }
            items.append(box(line, "line"))
        }
        items += [.space(6), box(line, "heading"), .keep(.withNext(boxes: 2)), box(100, "table"), box(line, "row"),
                  .keep(.withPrevious(boxes: 1)), .space(6), box(line, "note")]
        items += AvoidBreak().layout(width: 100, context: LayoutContext())
        items += [.space(6), box(line, "closing"), .penalty(Penalty.never), box(100, "signature")]
        return items
    }

    func emptyFraction(_ page: Page) -> Double {
        let template = setup.first
        let foot = page.placed.map { $0.y + $0.height }.max() ?? template.margins.top
        return (template.size.height - template.margins.bottom - foot) / template.textHeight
    }

    @Test func theDiscouragedBreakCostsWhatAPageAtTheHoleLimitCosts() {
        #expect(settings.holeLimit == 0.25)
        #expect(settings.avoidPenalty == 16)
    }

    /// For every length of the text before, no page but the last has a hole, the closing
    /// always stands with the signature, and the discouraged break is taken only to avoid one.
    @Test(arguments: 20..<46)
    func noHoleAndTheBreakOnlyWhenNeeded(lines: Int) {
        let pages = PageBuilder(setup: setup).build(material(lines: lines))
        #expect(pages.count <= 2)
        for page in pages.dropLast() {
            #expect(emptyFraction(page) <= allowedHole, "\(lines) lines: a hole")
        }
        let signaturePage = pages.first { $0.placed.contains { $0.role == .block("signature") } }
        #expect(signaturePage?.placed.contains { $0.role == .block("closing") } == true)
        // Where the page before ends at the note, ending it before the heading instead would
        // have left it more than the limit empty.
        if pages.count == 2, pages[0].placed.last?.role == .block("note") {
            let heading = pages[0].placed.firstIndex { $0.role == .block("heading") }!
            let above = heading > 0 ? pages[0].placed[heading - 1] : nil
            let foot = above.map { $0.y + $0.height } ?? setup.first.margins.top
            let emptyAboveHeading = (setup.first.size.height - setup.first.margins.bottom - foot) / setup.first.textHeight
            #expect(emptyAboveHeading > settings.holeLimit, "\(lines) lines: the break was not needed")
        }
    }

    /// A space before the discouraged break is no free break of its own: the penalty prices it.
    @Test func aSpaceBeforeAPenaltyIsNoFreeBreak() {
        let items: [VItem] = [box(line, "a"), .space(6), .penalty(500), .space(6), box(line, "b")]
        let filler = ColumnFiller(items: items, settings: settings, stopAtSpans: false)
        #expect(filler.keptAfter(1))
        #expect(filler.following(after: 0).end == 2)
    }

    /// A short data table kept whole by discouraged breaks, after text of every length: it
    /// splits between rows (its header repeated) only rather than leave a hole.
    @Test(arguments: 0..<44)
    func aShortTableSplitsOnlyRatherThanLeaveAHole(lines: Int) {
        func cell(_ height: Double) -> Table.Cell { Table.Cell([Spacer(height, discardable: false)]) }
        var blocks: [any Block] = []
        for index in 0..<lines {
            if index > 0 { blocks.append(BreakHint(penalty: 0)) }
            blocks.append(Spacer(line, discardable: false))
        }
        blocks.append(Spacer(6))
        let rows = [[cell(20), cell(20)]] + Array(repeating: [cell(60), cell(60)], count: 5)
        blocks.append(Table(columns: [1, 1], rows: rows, headerRows: 1, keepTogether: true, isData: true,
                            keepYieldsToHoles: true))
        let pages = Typesetter(setup: setup).layout(blocks)
        for page in pages.dropLast() {
            #expect(emptyFraction(page) <= allowedHole, "\(lines) lines: a hole")
        }
        let rowPages = pages.filter { $0.placed.contains { $0.height == 60 } }
        if rowPages.count == 2 {
            // The continuation starts with the repeated header, and the page before was full
            // enough that moving the table whole would have left a hole.
            #expect(rowPages[1].placed.first?.height == 20)
            let before = Double(lines) * line
            #expect((setup.first.textHeight - before) / setup.first.textHeight > settings.holeLimit, "\(lines) lines")
        }
    }
}
