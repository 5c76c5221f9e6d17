import Testing
import TestSupport
@testable import Typesetting

/// Issue 11, "Pages are filled", in two columns: a headline spanning the columns and a lead
/// kept on its page (`KeepOnPage`) start on the page whenever the lead and two more lines fit
/// below the columns, the lead running on into the next column, and never leave the lead on
/// another page than its headline.
@Suite struct KeepOnPageTests {
    let body = TextStyle(font: Fixtures.serif(), size: 13)
    let setup = PageSetup(first: PageTemplate(margins: Insets(top: 50, bottom: 50, left: 50, right: 50),
                                              columns: 2, columnGap: 20))

    func paragraph(_ words: Int, heading: Bool = false) -> Paragraph {
        let vocabulary = SampleText.seedParagraph.split(separator: " ")
        let text = (0..<words).map { vocabulary[($0 * 7) % vocabulary.count] }.joined(separator: " ")
        return Paragraph([TextSpan(text, style: body)], style: ParagraphStyle(alignment: .justify, leading: 17, spaceBefore: 4),
                         isHeading: heading)
    }

    /// Which pages each role of the item's boxes lands on, for lines of paragraph `id`.
    static func pages(of pages: [Page], where matches: (PlacedBox) -> Bool) -> Set<Int> {
        Set(pages.enumerated().flatMap { index, page in page.placed.filter(matches).map { _ in index + 1 } })
    }

    /// The item after `before` words of text: headline, lead of 90 words, body.
    func item(after before: Int) -> [Page] {
        Typesetter(setup: setup).layout([paragraph(before), Span([paragraph(12, heading: true)]),
                                         KeepOnPage([paragraph(90)], followingBoxes: 2), paragraph(200)])
    }

    /// The lead's lines: the paragraph right after the headline (the second paragraph id).
    static func leadLines(_ pages: [Page]) -> [(page: Int, box: PlacedBox)] {
        let ids = Set(pages.flatMap(\.placed).compactMap { box -> Int? in
            if case .line(let id, _, _) = box.role { return id } else { return nil }
        }).sorted()
        return pages.enumerated().flatMap { index, page in
            page.placed.filter { if case .line(ids[1], _, _) = $0.role { return true } else { return false } }
                .map { (index + 1, $0) }
        }
    }

    @Test(arguments: Array(stride(from: 600, through: 1500, by: 45)))
    func theLeadStaysOnItsHeadlinesPage(before: Int) throws {
        let pages = item(after: before)
        let headline = Self.pages(of: pages) { $0.role == .heading }
        let lead = Set(Self.leadLines(pages).map(\.page))
        #expect(headline.count == 1 && lead == headline, "headline on \(headline.sorted()), lead on \(lead.sorted())")
        #expect(PageChecks.overflow(pages, setup: setup) == [])
        #expect(PageChecks.widowsAndOrphans(pages) == [])
    }

    /// Over the sweep, the item starts under earlier text with its lead running on into the
    /// second column: it did not wait for a page where the lead fits in one column.
    @Test func theLeadRunsOnIntoTheNextColumnRatherThanWaitingForAPage() {
        let runOn = stride(from: 600, through: 1500, by: 45).filter { before in
            let lines = Self.leadLines(item(after: before))
            return Set(lines.map(\.box.column)).count == 2 && lines.first!.page == 1
        }
        #expect(!runOn.isEmpty)
    }
}
