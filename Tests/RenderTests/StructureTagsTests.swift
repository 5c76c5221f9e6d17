import Foundation
@testable import Render
import Testing
import TestSupport
import Typesetting

/// Structure marks become cairo structure tags that cairo accepts whatever their order: the
/// file is written, sound, and every piece of text is either tagged content or an artifact.
@Suite struct StructureTagsTests {
    static let roles: [StructureRole] = [.heading(level: 1), .paragraph, .list, .listItem, .listBody, .table, .tableRow,
                                         .headerCell, .dataCell, .figure(alternateText: "Ảnh hội nghị"), .caption, .artifact]

    /// A small linear congruential generator: the same seed, the same document.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func render(_ pages: [Page]) throws -> (TaggedPDF, String) {
        let path = temporaryPDF("tags.pdf")
        let info = DocumentInfo(title: "Biên bản", language: "vi-VN", creationDate: "2023-07-03T16:30:00+07:00")
        try PDFRenderer().write(LaidOutDocument(pages: pages, info: info), to: path)
        return (try TaggedPDF(path: path), path)
    }

    /// Generated pages of text, links, blank pages and marks in any order, balanced or not
    /// (an imposed sheet reorders them): cairo never reports a tag error, qpdf finds the file
    /// sound, and no text is left unmarked.
    @Test(arguments: 0..<40)
    func anyOrderOfMarksGivesASoundTaggedFile(seed: Int) throws {
        try #require(Tool.available("qpdf"), "qpdf is not installed (make deps)")
        var random = Generator(state: UInt64(seed) &+ 99)
        var pages: [Page] = []
        // What each text should be, by page and baseline: content while the innermost role
        // holds content and no artifact is open, else page furniture.
        var stack: [StructureRole] = []
        var expected: [Int: [Double: Bool]] = [:]
        func expectation() -> Bool {
            !stack.contains(.artifact) && stack.last?.holdsContent == true
        }
        for index in 1...(1 + random.next(5)) {
            var page = Page(size: Size(width: 300, height: 400), index: index)
            if random.next(5) > 0 {
                var y = 30.0
                for _ in 0..<(3 + random.next(14)) {
                    switch random.next(6) {
                    case 0, 1:
                        let role = Self.roles[random.next(Self.roles.count)]
                        stack.append(role)
                        page.elements.append(.structure(.begin(role)))
                    case 2:
                        if !stack.isEmpty { stack.removeLast() }
                        page.elements.append(.structure(.end))
                    case 3:
                        // A link needs ink on its page (Navigation.validate): the text after it.
                        page.elements.append(.link(LinkElement(origin: Point(x: 20, y: y - 10), size: Size(width: 100, height: 12),
                                                               target: .uri("https://example.org/\(index)"))))
                        fallthrough
                    default:
                        page.elements.append(.text(Fixtures.run("Hội nghị \(index)", x: 20, y: y, advance: 6)))
                        expected[index, default: [:]][y] = expectation()
                        y += 14
                    }
                }
            }
            pages.append(page)
        }
        if !pages.contains(where: { page in page.elements.contains { if case .text = $0 { return true } else { return false } } }) {
            pages[0].elements.append(.text(Fixtures.run("Hội nghị", x: 20, y: 30, advance: 6)))
            expected[1, default: [:]][30] = expectation()
        }
        let (pdf, path) = try Self.render(pages)
        defer { removeTemporary(path) }
        let check = try Tool.run("qpdf", ["--check", path])
        #expect(check.status == 0, "qpdf --check: \(check.out)")
        #expect(pdf.language == "vi-VN")
        for (index, page) in pdf.pages.enumerated() {
            #expect(page.filter { $0.tag == nil }.isEmpty, "seed \(seed) page \(index + 1): unmarked text")
            for text in page {
                let content = expected[index + 1]?[text.baseline]
                #expect(content == !text.isArtifact, "seed \(seed) page \(index + 1) at \(text.baseline): \(text.tag ?? "unmarked")")
            }
        }
    }

    /// A link inside a paragraph: the paragraph's text stays its content (cairo marks only an
    /// element without children), and the link is still there.
    @Test func aLinkInsideAParagraphKeepsTheParagraphsText() throws {
        try #require(Tool.available("qpdf"), "qpdf is not installed (make deps)")
        var page = Page(size: Size(width: 300, height: 400), index: 1)
        page.elements = [.structure(.begin(.paragraph)), .text(Fixtures.run("Mục lục", x: 20, y: 30, advance: 6)),
                         .link(LinkElement(origin: Point(x: 20, y: 20), size: Size(width: 100, height: 30), target: .uri("https://example.org"))),
                         .text(Fixtures.run("trang 2", x: 20, y: 44, advance: 6)), .structure(.end),
                         .structure(.begin(.artifact)), .text(Fixtures.run("1", x: 150, y: 380, advance: 6)), .structure(.end)]
        let (pdf, path) = try Self.render([page])
        defer { removeTemporary(path) }
        #expect(pdf.types.filter { $0 == "P" }.count == 1, "\(pdf.types)")
        #expect(pdf.types.contains("Link"))
        let texts = try #require(pdf.pages.first)
        #expect(texts.filter { $0.tag == "P" }.map(\.baseline) == [30], "\(texts)")
        #expect(texts.filter(\.isArtifact).map(\.baseline) == [380])
    }

    /// A figure opened inside a paragraph closes it: both keep their content, and the figure
    /// carries its alternate text.
    @Test func aFigureInsideAParagraphHasItsAlternateText() throws {
        try #require(Tool.available("qpdf"), "qpdf is not installed (make deps)")
        var page = Page(size: Size(width: 300, height: 400), index: 1)
        page.elements = [.structure(.begin(.paragraph)), .text(Fixtures.run("Trước", x: 20, y: 30, advance: 6)),
                         .structure(.begin(.figure(alternateText: "Toàn cảnh Hội nghị"))),
                         .rule(RuleElement(from: Point(x: 20, y: 60), to: Point(x: 120, y: 60), thickness: 2)), .structure(.end),
                         .text(Fixtures.run("Sau", x: 20, y: 90, advance: 6)), .structure(.end)]
        let (pdf, path) = try Self.render([page])
        defer { removeTemporary(path) }
        let figure = try #require(pdf.root?.all.first { $0.type == "Figure" })
        #expect(figure.alternateText == "Toàn cảnh Hội nghị")
        #expect(pdf.pages.first?.map(\.tag) == ["P", "P"])
    }
}
