import Testing
import TestSupport
@testable import Typesetting

/// Laying the blocks out on several threads gives the pages one thread gives: the same
/// glyphs at the same places, the same boxes, and paragraph ids still unique to a paragraph.
@Suite struct ParallelLayoutTests {
    let body = TextStyle(font: Fixtures.serif(), size: 14)
    let bold = TextStyle(font: Fixtures.serif(bold: true), size: 14)
    let setup = PageSetup(first: PageTemplate(margins: Insets(top: millimetres(20), bottom: millimetres(20),
                                                              left: millimetres(30), right: millimetres(15))),
                          numbering: PageNumbering(style: TextStyle(font: Fixtures.serif(), size: 14), baseline: millimetres(13)))

    func blocks() -> [any Block] {
        let vocabulary = SampleText.seedParagraph.split(separator: " ")
        var blocks: [any Block] = []
        for i in 0..<60 {
            if i % 5 == 0 {
                blocks.append(Paragraph([TextSpan("\(i / 5 + 1). Mục thứ \(i)", style: bold)],
                                        style: ParagraphStyle(leading: 18, spaceBefore: 6), isHeading: true))
            }
            let words = 10 + (i * 37) % 120
            let text = (0..<words).map { vocabulary[($0 * 7 + i * 13) % vocabulary.count] }.joined(separator: " ")
            blocks.append(Paragraph([TextSpan(text, style: body)],
                                    style: ParagraphStyle(alignment: .justify, firstLineIndent: millimetres(10), leading: 18,
                                                          spaceBefore: 6)))
        }
        return blocks
    }

    /// What a page draws, glyph by glyph and rule by rule, in order.
    func drawing(_ page: Page) -> [String] {
        page.elements.map { element in
            switch element {
            case .text(let run):
                return "\(run.text)@\(run.origin.x),\(run.origin.y):" + run.glyphs.map { "\($0.id)/\($0.x)/\($0.y)" }.joined(separator: " ")
            case .rule(let rule): return "rule \(rule.from) \(rule.to) \(rule.thickness)"
            default: return "\(element)"
            }
        }
    }

    @Test(arguments: [2, 3, 8])
    func severalThreadsMakeTheSamePages(workers: Int) {
        let one = Typesetter(setup: setup).layout(blocks())
        let several = Typesetter(setup: setup).layout(blocks(), workers: workers)
        #expect(one.count == several.count)
        for (a, b) in zip(one, several) {
            #expect(drawing(a) == drawing(b), "page \(a.index)")
            #expect(a.placed.map { [$0.x, $0.y, $0.height] } == b.placed.map { [$0.x, $0.y, $0.height] })
            #expect(a.label == b.label)
        }
        #expect(PageChecks.widowsAndOrphans(several) == [])
        // One id per paragraph: as many ids as paragraphs with lines placed.
        let ids = Set(several.flatMap(\.placed).compactMap { box -> Int? in
            if case .line(let id, _, _) = box.role { return id } else { return nil }
        })
        #expect(ids.count == blocks().filter { !(($0 as? Paragraph)?.isHeading ?? true) }.count)
    }
}
