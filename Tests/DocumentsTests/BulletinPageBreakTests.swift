import Documents
import Foundation
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// Small reproductions of what the generated 20-item issues of `BulletinLayoutTests` found:
/// the seed item with photos moved or added, so a failure names one page and one cause.
@Suite(.englishMessages) struct BulletinPageBreakTests {
    /// A photo of `Examples/photos/`, with the facts validation would read from the file.
    static func photo(_ name: String, after: Int, caption: String) throws -> Photo {
        let path = Fixtures.path("Examples/photos/" + name)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let facts = try ImageProbe.probe([UInt8](bytes)).get()
        return Photo(file: "photos/" + name, resolvedPath: path, caption: caption, format: facts.format,
                     pixelWidth: facts.pixelWidth, pixelHeight: facts.pixelHeight, contentID: name, after: after)
    }

    /// The seed item with `photos` instead of its own and its three body paragraphs twice.
    static func seed(photos: [Photo]) throws -> Meeting {
        var meeting = try BulletinFixtures.seed()
        meeting.article!.body += meeting.article!.body
        meeting.photos = photos
        return meeting
    }

    /// Every placed box, one line each, for failure messages.
    static func describe(_ pages: [Page]) -> String {
        pages.enumerated().map { index, page in
            "page \(index + 1):\n" + page.placed.map { "  \($0.role) column \($0.column) y \($0.y) height \($0.height)" }
                .joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The 300 × 300 logo at 80% of the column is a photo 374 pt tall (400 pt with its
    /// caption): two of them after body paragraph 1 both miss page 1 and both wait for page 2,
    /// which holds only one of them (722.8 pt of text height).
    @Test func twoPhotosWaitingForTheSamePageDoNotOverflowIt() throws {
        let meeting = try Self.seed(photos: [try Self.photo("logo.png", after: 1, caption: "Ảnh một"),
                                             try Self.photo("logo.png", after: 1, caption: "Ảnh hai")])
        let (document, pages, _) = try BulletinFixtures.issue([meeting], layout: "Layouts/bulletin.yaml")
        #expect(PageChecks.overflow(pages, setup: document.setup) == [], "\(Self.describe(pages))")
        #expect(PageChecks.widowsAndOrphans(pages) == [])
    }

    /// A tall photo right after the lead fits on page 1 but leaves no room for a line of the
    /// body: the item then starts with its lead and the photo and no more text.
    @Test func aPhotoAfterTheLeadDoesNotTakeTheTwoLinesThatMustFollowTheLead() throws {
        let meeting = try Self.seed(photos: [try Self.photo("logo.png", after: 0, caption: "Ảnh một")])
        let (_, pages, _) = try BulletinFixtures.issue([meeting], layout: "Layouts/bulletin.yaml")
        let item = try #require(BulletinLayoutTests.itemStarts(pages).first)
        #expect(item.headingPages.union(item.leadPages).union(item.nextLines) == [1],
                "heading on \(item.headingPages.sorted()), lead on \(item.leadPages.sorted()), next two lines on \(item.nextLines)\n\(Self.describe(pages))")
    }

    /// Two photos after the lead in two columns leave only the two-line byline for page 3;
    /// balancing that last segment must not set one line in each column.
    @Test func theLastPagesBalancedColumnsDoNotSplitATwoLineByline() throws {
        var meeting = try Self.seed(photos: [try Self.photo("toan-canh.jpg", after: 0, caption: "Ảnh một"),
                                             try Self.photo("toan-canh.jpg", after: 0, caption: "Ảnh hai")])
        meeting.article!.body = Array(meeting.article!.body.dropFirst(2))
        let (_, pages, _) = try BulletinFixtures.issue([meeting], layout: "Layouts/bulletin-two-columns.yaml")
        #expect(PageChecks.widowsAndOrphans(pages) == [], "\(Self.describe(pages))")
    }

    /// Two square photos after body paragraph 3 in two columns miss page 2 and open page 3 in
    /// column 1; the rest of the item follows: the last page's columns must still be balanced.
    @Test func theLastPagesColumnsAreBalancedWithPhotosOnIt() throws {
        let meeting = try Self.seed(photos: [try Self.photo("logo.png", after: 3, caption: "Ảnh một"),
                                             try Self.photo("logo.png", after: 3, caption: "Ảnh hai")])
        let (_, pages, _) = try BulletinFixtures.issue([meeting], layout: "Layouts/bulletin-two-columns.yaml")
        let imbalance = PageChecks.lastPageColumnImbalance(pages, lineHeight: BulletinFixtures.bodyLineHeight)
        #expect(imbalance <= 1, "the last page's columns differ by \(imbalance) lines\n\(Self.describe(pages))")
    }
}

extension BulletinPageBreakTests {
    /// Item 1 (the seed's body three times less its first paragraph) ends with two photos that
    /// miss its last page; they open page 4, and item 2 starts below them with room for its
    /// heading and lead but not for two more lines.
    static func itemAfterWaitingPhotos() throws -> [Meeting] {
        let seed = try BulletinFixtures.seed()
        var first = seed
        first.article!.body = Array((seed.article!.body + seed.article!.body + seed.article!.body).dropFirst())
        first.photos = [try photo("toan-canh.jpg", after: first.article!.body.count, caption: "Ảnh một"),
                        try photo("toan-canh.jpg", after: first.article!.body.count, caption: "Ảnh hai")]
        var second = seed
        second.photos = []
        second.date = CivilDate(year: 2023, month: 7, day: 4)!
        return [first, second]
    }

    @Test func anItemBelowWaitingPhotosStartsOnlyWithItsLeadAndTwoMoreLines() throws {
        let (_, pages, _) = try BulletinFixtures.issue(try Self.itemAfterWaitingPhotos(), layout: "Layouts/bulletin.yaml")
        let items = BulletinLayoutTests.itemStarts(pages)
        #expect(items.count == 2)
        for (number, item) in items.enumerated() {
            #expect(item.headingPages.union(item.leadPages).union(item.nextLines).count == 1,
                    "item \(number + 1): heading on \(item.headingPages.sorted()), lead on \(item.leadPages.sorted()), next two lines on \(item.nextLines)\n\(Self.describe(pages))")
        }
    }
}
