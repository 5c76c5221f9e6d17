import Testing
import TestSupport
@testable import Typesetting

/// Saddle-stitch imposition: order, padding, sheet size, content moved not redrawn.
@Suite struct ImpositionTests {
    @Test func eighteenPagesMakeTenFacesStartingWithTwentyAndOne() {
        let order = SaddleImposition.order(pageCount: 18)
        #expect(order.count == 10)
        #expect(order[0].left == 20 && order[0].right == 1)
        #expect(order[1].left == 2 && order[1].right == 19)
        // Every page 1…20 appears exactly once.
        #expect(order.flatMap { [$0.left, $0.right] }.sorted() == Array(1...20))
        // Folded, facing pages add up to 21 on every face.
        #expect(order.allSatisfy { $0.left + $0.right == 21 })
    }

    @Test func facesAreTwicePageWidthAndCarryBothPagesText() {
        let style = TextStyle(font: Fixtures.serif(), size: 12)
        let pages = (1...18).map { number -> Page in
            var page = Page(size: .a4, index: number)
            let line = Paragraph([TextSpan("Trang \(number)", style: style)], style: ParagraphStyle(leading: 14))
                .typeset(width: 300, context: LayoutContext())[0]
            page.elements = line.elements.map { $0.offset(dx: 50, dy: 50) }
            return page
        }
        let faces = SaddleImposition().impose(pages)
        #expect(faces.count == 10)
        for face in faces {
            #expect(abs(face.size.width - 2 * Size.a4.width) < 0.01 && abs(face.size.height - Size.a4.height) < 0.01)
        }
        let first = faces[0].runs.map(\.text)
        #expect(first == ["Trang 1"])          // page 20 is one of the two blanks
        #expect(faces[1].runs.map(\.text) == ["Trang 2"])   // page 19 is the other blank
        let third = faces[2].runs.sorted { $0.origin.x < $1.origin.x }.map(\.text)
        #expect(third == ["Trang 18", "Trang 3"])
        let right = faces[2].runs.first { $0.text == "Trang 3" }!
        #expect(abs(right.origin.x - (Size.a4.width + 50)) < 0.01)
    }

    @Test func bleedAndMarksWidenTheSheetAndDrawMarksOutsideTheTrim() {
        let imposition = SaddleImposition(bleed: millimetres(3), cropMarks: true)
        let faces = imposition.impose([Page(size: .a4, index: 1)])
        let margin = millimetres(7)
        #expect(abs(faces[0].size.width - (2 * Size.a4.width + 2 * margin)) < 0.01)
        let rules = faces[0].elements.compactMap { if case .rule(let r) = $0 { return r } else { return nil } }
        #expect(rules.count == 10)
        for rule in rules {
            let insideTrim = rule.from.x > margin && rule.from.x < margin + 2 * Size.a4.width
                && rule.from.y > margin && rule.from.y < margin + Size.a4.height
            #expect(!insideTrim, "a crop mark inside the trimmed area at \(rule.from)")
        }
    }
}
