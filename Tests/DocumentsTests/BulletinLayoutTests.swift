import Documents
import Foundation
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// Issue 3, must-hold 3: a generated 20-item issue (every item with an article, several with
/// photos), in one and in two columns. On the laid-out pages: no photo is split or leaves the
/// text area, every caption is inside its photo's box (so on its page), no heading ends a
/// column or page, no widow or orphan, nothing overflows, the last page's columns differ by at
/// most one line, and an item starts on a page only with its kicker, headline, timestamp, lead
/// and two more lines.
@Suite(.englishMessages) struct BulletinLayoutTests {
    static let seeds = [1, 2, 3]
    static let itemCount = 20

    /// One laid-out issue per layout and seed, made once and shared by the tests below.
    struct Issue: Sendable {
        var meetings: [Meeting]
        var setup: PageSetup
        var pages: [Page]
    }

    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var issues: [String: Issue] = [:]
        private var items: [Int: [Meeting]] = [:]

        func issue(layout: String, seed: Int) throws -> Issue {
            lock.lock(); defer { lock.unlock() }
            if let issue = issues["\(layout) \(seed)"] { return issue }
            let meetings: [Meeting]
            if let made = items[seed] { meetings = made } else {
                meetings = try BulletinFixtures.generatedItems(count: BulletinLayoutTests.itemCount, seed: seed)
                items[seed] = meetings
            }
            let (document, pages, _) = try BulletinFixtures.issue(meetings, layout: layout)
            let issue = Issue(meetings: meetings, setup: document.setup, pages: pages)
            issues["\(layout) \(seed)"] = issue
            return issue
        }
    }

    private static let cache = Cache()

    static func issue(_ layout: String, _ seed: Int) throws -> Issue { try cache.issue(layout: layout, seed: seed) }

    // MARK: - The generated issue is what the tests need

    @Test(arguments: BulletinFixtures.layouts, seeds)
    func theIssueHasTwentyItemsSeveralWithPhotos(layout: String, seed: Int) throws {
        let issue = try Self.issue(layout, seed)
        #expect(issue.meetings.count == Self.itemCount)
        #expect(issue.meetings.allSatisfy { $0.article != nil })
        let withPhotos = issue.meetings.filter { !$0.photos.isEmpty }.count
        #expect(withPhotos >= 5, "only \(withPhotos) items have photos")
        #expect(issue.pages.count >= 10, "a 20-item issue of \(issue.pages.count) pages")
        let headlines = issue.meetings.map { Text.fold($0.article!.headline!) }
        let text = DocumentProbe(pages: issue.pages).foldedText
        for headline in headlines { #expect(text.contains(headline), "\(layout): no item with the headline \(headline)") }
    }

    // MARK: - Photos

    @Test(arguments: BulletinFixtures.layouts, seeds)
    func everyPhotoIsOneBoxInsideTheTextArea(layout: String, seed: Int) throws {
        let issue = try Self.issue(layout, seed)
        let photos = issue.meetings.map(\.photos.count).reduce(0, +)
        var boxes = 0
        for (index, page) in issue.pages.enumerated() {
            let template = issue.setup.template(forPage: index)
            let area = (left: template.margins.left, right: template.size.width - template.margins.right,
                        top: template.margins.top, bottom: template.size.height - template.margins.bottom)
            let images = Self.images(of: page)
            var inBoxes = 0
            for box in page.placed where box.role == .block("photo") {
                boxes += 1
                let width = box.span ? template.textWidth : template.columnWidth
                #expect(box.y >= area.top - 0.01 && box.y + box.height <= area.bottom + 0.01,
                        "\(layout) seed \(seed) page \(index + 1): photo box \(box.y)+\(box.height) leaves the text area \(area.top)–\(area.bottom)")
                #expect(box.x >= area.left - 0.01 && box.x + width <= area.right + 0.01,
                        "\(layout) seed \(seed) page \(index + 1): photo box at x \(box.x) leaves the text area")
                let inside = images.filter { Self.contains(box, width: width, $0) }
                #expect(inside.count == 1, "\(layout) seed \(seed) page \(index + 1): the photo box at y \(box.y) holds \(inside.count) images")
                inBoxes += inside.count
            }
            #expect(inBoxes == images.count, "\(layout) seed \(seed) page \(index + 1): an image outside every photo box")
        }
        #expect(boxes == photos, "\(layout) seed \(seed): \(boxes) photo boxes for the \(photos) photos of the records")
        #expect(photos >= 5)
    }

    @Test(arguments: BulletinFixtures.layouts, seeds)
    func everyCaptionIsInsideItsPhotosBox(layout: String, seed: Int) throws {
        let issue = try Self.issue(layout, seed)
        let expected = issue.meetings.flatMap(\.photos).map { photo in
            "\(Self.fileName(photo.resolvedPath)): \(Text.fold(photo.caption ?? ""))"
        }.sorted()
        let probe = DocumentProbe(pages: issue.pages)
        var found: [String] = []
        for (index, page) in issue.pages.enumerated() {
            let template = issue.setup.template(forPage: index)
            for box in page.placed where box.role == .block("photo") {
                let width = box.span ? template.textWidth : template.columnWidth
                // The caption's baselines lie inside the box (its descenders may not).
                let caption = probe.lines[index].filter { line in
                    line.y > box.y && line.y <= box.y + box.height + 0.01
                        && line.minX >= box.x - 0.01 && line.maxX <= box.x + width + 0.01
                }
                for line in caption {
                    #expect(line.fonts == ["LiberationSerif-Italic 12"],
                            "\(layout) seed \(seed) page \(index + 1): a line in a photo box is not in the caption style: \(line)")
                }
                let image = Self.images(of: page).first { Self.contains(box, width: width, $0) }
                let name = image.map { Self.fileName($0.source.path) } ?? "(no image)"
                found.append("\(name): \(Text.fold(caption.map(\.text).joined(separator: " ")))")
            }
        }
        #expect(found.sorted() == expected, "\(layout) seed \(seed): the captions in the photo boxes are not the records' captions")
    }

    // MARK: - Page breaks

    @Test(arguments: BulletinFixtures.layouts, seeds)
    func noHeadingEndsAColumnOrPage(layout: String, seed: Int) throws {
        let issue = try Self.issue(layout, seed)
        #expect(PageChecks.headingsAtFoot(issue.pages) == [], "\(layout) seed \(seed)")
    }

    @Test(arguments: BulletinFixtures.layouts, seeds)
    func noWidowsOrOrphans(layout: String, seed: Int) throws {
        let issue = try Self.issue(layout, seed)
        #expect(PageChecks.widowsAndOrphans(issue.pages) == [], "\(layout) seed \(seed)")
    }

    @Test(arguments: BulletinFixtures.layouts, seeds)
    func nothingOverflows(layout: String, seed: Int) throws {
        let issue = try Self.issue(layout, seed)
        #expect(PageChecks.overflow(issue.pages, setup: issue.setup) == [], "\(layout) seed \(seed)")
    }

    @Test(arguments: seeds)
    func theLastPagesColumnsDifferByAtMostOneLine(seed: Int) throws {
        let issue = try Self.issue("Layouts/bulletin-two-columns.yaml", seed)
        let imbalance = PageChecks.lastPageColumnImbalance(issue.pages, lineHeight: BulletinFixtures.bodyLineHeight)
        #expect(imbalance <= 1, "seed \(seed): the last page's columns differ by \(imbalance) lines")
    }

    @Test(arguments: BulletinFixtures.layouts, seeds)
    func anItemStartsOnAPageOnlyWithItsLeadAndTwoMoreLines(layout: String, seed: Int) throws {
        let issue = try Self.issue(layout, seed)
        let items = Self.itemStarts(issue.pages)
        #expect(items.count == Self.itemCount, "\(layout) seed \(seed): \(items.count) heading groups for \(Self.itemCount) items")
        for (number, item) in items.enumerated() {
            #expect(item.leadPages.count > 0 && item.nextLines.count == 2,
                    "\(layout) seed \(seed) item \(number + 1): no lead or fewer than two lines after it")
            let pages = item.headingPages.union(item.leadPages).union(item.nextLines)
            #expect(pages.count == 1,
                    "\(layout) seed \(seed) item \(number + 1): heading on page(s) \(item.headingPages.sorted()), lead on \(item.leadPages.sorted()), the next two lines on \(item.nextLines)")
        }
    }

    // MARK: - Helpers

    static func fileName(_ path: String) -> String { (path as NSString).lastPathComponent }

    static func images(of page: Page) -> [ImageElement] {
        page.elements.compactMap { if case .image(let image) = $0 { return image } else { return nil } }
    }

    /// Whether `image` lies inside the photo box (the box's width is its column's).
    static func contains(_ box: PlacedBox, width: Double, _ image: ImageElement) -> Bool {
        image.origin.y >= box.y - 0.01 && image.origin.y + image.size.height <= box.y + box.height + 0.01
            && image.origin.x >= box.x - 0.01 && image.origin.x + image.size.width <= box.x + width + 0.01
    }

    /// Where each item starts: the pages of its heading lines (kicker, headline, timestamp),
    /// of its lead, and of the first two lines after the lead, in reading order.
    struct ItemStart {
        var headingPages: Set<Int> = []
        var lead: Int?
        var leadPages: Set<Int> = []
        var nextLines: [Int] = []
    }

    static func itemStarts(_ pages: [Page]) -> [ItemStart] {
        var items: [ItemStart] = []
        var inHeading = false
        for (index, page) in pages.enumerated() {
            for box in page.placed {
                switch box.role {
                case .heading:
                    if !inHeading { items.append(ItemStart()) }
                    inHeading = true
                    items[items.count - 1].headingPages.insert(index + 1)
                case .line(let paragraph, _, _):
                    inHeading = false
                    guard !items.isEmpty else { continue }   // the masthead
                    var item = items[items.count - 1]
                    if item.lead == nil { item.lead = paragraph }
                    if item.lead == paragraph {
                        item.leadPages.insert(index + 1)
                    } else if item.nextLines.count < 2 {
                        item.nextLines.append(index + 1)
                    }
                    items[items.count - 1] = item
                case .block, .headingWithoutText:
                    // A photo (floating) or the rule between items: not text lines.
                    continue
                }
            }
        }
        return items
    }
}
