import Testing
import TestSupport
@testable import Typesetting

/// Contents entries: dot leaders to a right-aligned page number, a link to the target.
@Suite struct LeaderEntryTests {
    let style = TextStyle(font: Fixtures.serif(), size: 13)

    @Test func leadersRunToARightAlignedNumberAndTheEntryLinks() throws {
        let entry = LeaderEntry([TextSpan("Hội nghị sơ kết công tác Đảng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2023", style: style)],
                                reference: TextSpan("12", style: style), style: ParagraphStyle(alignment: .left, leading: 16),
                                destination: "meeting-3")
        let items = entry.layout(width: 400, context: LayoutContext())
        let boxes = items.compactMap { if case .box(let b) = $0 { return b } else { return nil } }
        #expect(boxes.count == 2)
        let runs = boxes.last!.elements.compactMap { if case .text(let r) = $0 { return r } else { return nil } }
        let number = try #require(runs.first { $0.text == "12" })
        #expect(abs(number.origin.x + number.width - 400) < 0.01)
        let dots = try #require(runs.first { $0.text.allSatisfy { $0 == "." } })
        #expect(dots.text.count > 5)
        #expect(dots.origin.x + dots.width <= number.origin.x)
        // Dots on a shared grid.
        #expect(abs((dots.origin.x / 4.5).rounded() * 4.5 - dots.origin.x) < 0.01)
        let links = boxes.first!.elements.compactMap { if case .link(let l) = $0 { return l } else { return nil } }
        #expect(links.count == 1 && links[0].target == .destination("meeting-3"))
    }

    @Test func anAnchorMarksWhereItsBlocksLand() {
        let setup = PageSetup(first: PageTemplate(margins: Insets(top: 57, bottom: 57, left: 85, right: 43)))
        let filler = (0..<30).map { _ in Paragraph([TextSpan(SampleText.seedParagraph, style: style)], style: ParagraphStyle(leading: 16)) as any Block }
        let pages = Typesetter(setup: setup).layout(filler + [Anchor("target", [Paragraph([TextSpan("Đích", style: style)], style: ParagraphStyle(leading: 16))])])
        let page = pages.firstIndex { $0.destinations.contains("target") }
        #expect(page == pages.count - 1)
        #expect(pages.last!.runs.contains { $0.text == "Đích" })
    }
}
