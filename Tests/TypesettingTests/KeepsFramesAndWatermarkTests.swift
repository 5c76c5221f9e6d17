import Testing
import TestSupport
@testable import Typesetting

/// KeepWithPrevious (a signature never alone at a page top), Framed (a stamp such as a
/// draft mark) and the page watermark.
@Suite struct KeepsFramesAndWatermarkTests {
    let body = TextStyle(font: Fixtures.serif(), size: 14)
    let setup = PageSetup(first: PageTemplate(margins: Insets(top: millimetres(20), bottom: millimetres(20),
                                                              left: millimetres(30), right: millimetres(15))))

    func paragraph(_ words: Int) -> Paragraph {
        let vocabulary = SampleText.seedParagraph.split(separator: " ")
        let text = (0..<words).map { vocabulary[($0 * 7) % vocabulary.count] }.joined(separator: " ")
        return Paragraph([TextSpan(text, style: body)], style: ParagraphStyle(alignment: .justify, leading: 18, spaceBefore: 6))
    }

    /// A signature-like box 120 pt tall after body text of growing length: wherever the
    /// page breaks, the box's page holds at least two body lines above it.
    @Test(arguments: 0..<40)
    func theKeptBoxAlwaysHasTwoLinesAboveIt(extra: Int) throws {
        let signature = Spacer(120, discardable: false)
        // Body paragraphs, the last one a single line: two lines need the paragraph before it.
        let blocks: [any Block] = [paragraph(300 + extra * 9), paragraph(4), KeepWithPrevious(boxes: 2), signature]
        let pages = Typesetter(setup: setup).layout(blocks)
        let last = try #require(pages.last)
        let boxes = last.placed
        let index = try #require(boxes.lastIndex { if case .block("space") = $0.role { return true } else { return false } })
        let linesAbove = boxes[..<index].filter { if case .line = $0.role { return true } else { return false } }.count
        #expect(linesAbove >= 2, "\(linesAbove) line(s) above the kept box on page \(pages.count)")
        #expect(PageChecks.overflow(pages, setup: setup) == [])
    }

    /// Issue 11, must-hold 5: the keep is an item of the vertical list, so it holds when
    /// its block is nested (here inside a marked section, as a document's last part may be).
    @Test(arguments: 0..<40)
    func aNestedKeepStillKeepsTwoLinesAboveTheBox(extra: Int) throws {
        let signature = Spacer(120, discardable: false)
        let blocks: [any Block] = [paragraph(300 + extra * 9),
                                   Mark("Kết luận", [paragraph(4), Mark("Chữ ký", [KeepWithPrevious(boxes: 2), signature])])]
        let pages = Typesetter(setup: setup).layout(blocks)
        let boxes = try #require(pages.last).placed
        let index = try #require(boxes.lastIndex { if case .block("space") = $0.role { return true } else { return false } })
        let linesAbove = boxes[..<index].filter { if case .line = $0.role { return true } else { return false } }.count
        #expect(linesAbove >= 2, "\(linesAbove) line(s) above the kept box on page \(pages.count)")
    }

    @Test func keepsBecomeForbiddenBreaks() {
        let box = VItem.box(VBox(height: 10, elements: [], role: .block("x")))
        var items: [VItem] = [box, .penalty(0), box, .space(6), box, .penalty(0), box, .keep(.withPrevious(boxes: 3))]
        items.resolveKeeps()
        // Among the last three boxes the penalty is now `never` and the space gains a
        // `never` before it (a space after a box is a break); the break above them stays.
        #expect(items.count == 9)
        guard case .penalty(let last) = items[6], case .penalty(let beforeSpace) = items[3],
              case .space = items[4], case .penalty(let first) = items[1], case .penalty(let keep) = items[8]
        else { Issue.record("\(items)"); return }
        #expect(last == Penalty.never && beforeSpace == Penalty.never && keep == Penalty.never)
        #expect(first == 0, "a break above the kept boxes was removed")

        var forward: [VItem] = [box, .keep(.withNext(boxes: 2)), .space(3), box, .penalty(0), box, .penalty(0), box]
        forward.resolveKeeps()
        let penalties = forward.compactMap { item -> Int? in if case .penalty(let value) = item { return value } else { return nil } }
        // The keep and the break between the next two boxes are forbidden; the break after them stays.
        #expect(penalties == [Penalty.never, Penalty.never, 0], "\(forward)")
    }

    @Test func aFrameSitsWhereItsAlignmentSaysAndDrawsFourSides() throws {
        let measure = 400.0
        let stamp = Paragraph([TextSpan("DỰ THẢO", style: body)], style: ParagraphStyle(alignment: .center, leading: 18))
        for (alignment, x) in [(Alignment.left, 0.0), (.center, 150.0), (.right, 300.0)] {
            let items = Framed([stamp], width: 100, padding: Insets(top: 3, bottom: 3, left: 4, right: 4), border: 0.6,
                               alignment: alignment).layout(width: measure, context: LayoutContext())
            guard case .box(let box) = items.first else { Issue.record("no box"); continue }
            #expect(abs(box.height - 24) < 0.01)
            let rules = box.elements.compactMap { if case .rule(let r) = $0 { return r } else { return nil } }
            #expect(rules.count == 4)
            #expect(abs(rules.map { min($0.from.x, $0.to.x) }.min()! - (x + 0.3)) < 0.01, "\(alignment)")
            #expect(abs(rules.map { max($0.from.x, $0.to.x) }.max()! - (x + 99.7)) < 0.01, "\(alignment)")
            let run = try #require(box.elements.compactMap { if case .text(let t) = $0 { return t } else { return nil } }.first)
            #expect(run.origin.x > x && run.origin.x + run.width < x + 100)
        }
    }

    @Test func aWatermarkIsFirstOnEveryPageAndCentred() {
        var marked = setup
        marked.watermark = Watermark(text: "DỰ THẢO", style: TextStyle(font: Fixtures.serif(bold: true), size: 100), angle: 55, gray: 0.85)
        let pages = Typesetter(setup: marked).layout((0..<8).map { _ in paragraph(200) })
        #expect(pages.count >= 3)
        for page in pages {
            guard case .watermark(let mark) = page.elements.first else { Issue.record("page \(page.index)"); continue }
            #expect(mark.text == "DỰ THẢO" && mark.angle == 55)
            #expect(mark.centre.x == snap(page.size.width / 2) && mark.centre.y == snap(page.size.height / 2))
            // Centred on its own origin: the runs span about as far left as right.
            let left = mark.runs.map(\.origin.x).min()!, right = mark.runs.map { $0.origin.x + $0.width }.max()!
            #expect(abs(left + right) < 1)
        }
    }
}
