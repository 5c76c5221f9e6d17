import Testing
import TestSupport
@testable import Typesetting

/// Structure roles ride along the material (tagged PDF) without moving anything: the same
/// pages with and without them, marks balanced and nested as the blocks are, table headers
/// repeated on a continuation page as artifacts.
@Suite struct StructureRoleTests {
    let body = TextStyle(font: Fixtures.serif(), size: 12)
    let setup = PageSetup(first: PageTemplate(margins: Insets(top: millimetres(20), bottom: millimetres(20),
                                                              left: millimetres(30), right: millimetres(15))),
                          numbering: PageNumbering(style: TextStyle(font: Fixtures.serif(), size: 11), baseline: 30))

    func paragraph(_ words: Int, role: StructureRole? = .paragraph) -> Paragraph {
        let vocabulary = SampleText.seedParagraph.split(separator: " ")
        let text = (0..<words).map { vocabulary[($0 * 7 + words) % vocabulary.count] }.joined(separator: " ")
        return Paragraph([TextSpan(text, style: body)], style: ParagraphStyle(alignment: .justify, leading: 16, spaceBefore: 4),
                         role: role)
    }

    static func marks(_ pages: [Page]) -> [StructureMark] {
        pages.flatMap(\.elements).compactMap { if case .structure(let mark) = $0 { return mark } else { return nil } }
    }

    /// Everything drawn, in order, without the marks: what the reader sees.
    static func drawing(_ pages: [Page]) -> [String] {
        pages.flatMap { page in
            page.elements.compactMap { element -> String? in
                switch element {
                case .text(let run): return "\(page.index) \(run.text) \(run.origin.x) \(run.origin.y)"
                case .rule(let rule): return "\(page.index) rule \(rule.from.x) \(rule.from.y) \(rule.to.x) \(rule.to.y)"
                case .structure: return nil
                default: return "\(page.index) other"
                }
            }
        }
    }

    /// Generated documents of paragraphs, lists and headings of many lengths: roles change no
    /// position, and every begin has its end in order, across page breaks.
    @Test(arguments: 0..<12)
    func rolesMoveNothingAndBalance(seed: Int) {
        var tagged: [any Block] = [], plain: [any Block] = []
        for index in 0..<(6 + seed) {
            let words = 5 + (index * 37 + seed * 53) % 140
            switch (index + seed) % 3 {
            case 0:
                tagged.append(paragraph(words, role: .heading(level: 2))); plain.append(paragraph(words, role: nil))
            case 1:
                tagged.append(Tagged(.list, [Tagged(.listItem, [paragraph(words, role: .listBody)]),
                                             Tagged(.listItem, [paragraph(words / 2 + 1, role: .listBody)])]))
                plain.append(paragraph(words, role: nil)); plain.append(paragraph(words / 2 + 1, role: nil))
            default:
                tagged.append(paragraph(words)); plain.append(paragraph(words, role: nil))
            }
        }
        let withRoles = Typesetter(setup: setup).layout(tagged), without = Typesetter(setup: setup).layout(plain)
        #expect(Self.drawing(withRoles) == Self.drawing(without))
        var depth = 0, begins = 0
        for mark in Self.marks(withRoles) {
            switch mark {
            case .begin: depth += 1; begins += 1
            case .end: depth -= 1
            }
            #expect(depth >= 0)
        }
        #expect(depth == 0)
        #expect(begins > tagged.count, "too few roles: \(begins)")
    }

    @Test func pageNumbersAreArtifacts() {
        let pages = Typesetter(setup: setup).layout([paragraph(900), paragraph(900)])
        #expect(pages.count > 1)
        for page in pages.dropFirst() {
            // The number is the page's last drawing, inside an artifact's marks.
            guard let begin = page.elements.lastIndex(where: { if case .structure(.begin(.artifact)) = $0 { return true } else { return false } })
            else { Issue.record("page \(page.index) has no artifact"); continue }
            let texts = page.elements[begin...].compactMap { if case .text(let run) = $0 { return run.text } else { return nil } }
            #expect(texts == [page.label ?? "?"])
        }
    }

    /// A data table: rows of header and data cells, the cells' paragraphs part of the cell,
    /// and the header repeated on the next page as an artifact.
    @Test func aDataTableTagsRowsAndCellsAndRepeatsItsHeaderAsAnArtifact() {
        func cell(_ text: String) -> Table.Cell { Table.Cell([Paragraph([TextSpan(text, style: body)], style: ParagraphStyle(leading: 16))]) }
        let rows = [[cell("Nội dung"), cell("Tán thành")]] + (0..<80).map { [cell("Vấn đề \($0)"), cell("\($0)/80")] }
        let table = Table(columns: [3, 1], rows: rows, headerRows: 1, border: 0.5, isData: true)
        let pages = Typesetter(setup: setup).layout([table])
        #expect(pages.count > 1)
        let first = Self.marks([pages[0]])
        #expect(first.prefix(3) == [.begin(.table), .begin(.tableRow), .begin(.headerCell)])
        #expect(!first.contains(.begin(.paragraph)))
        #expect(first.contains(.begin(.dataCell)))
        let second = Self.marks([pages[1]])
        #expect(second.first == .begin(.artifact), "the repeated header: \(second.prefix(3))")
        #expect(!second.contains(.begin(.headerCell)))
        #expect(Self.marks(pages).filter { $0 == .begin(.table) }.count == 1)
    }

    @Test func aLayoutGridTagsNoTable() {
        let grid = Table(columns: [1, 1], rows: [[Table.Cell([paragraph(5)]), Table.Cell([paragraph(6)])]])
        let marks = Self.marks(Typesetter(setup: setup).layout([grid]))
        #expect(marks.filter { $0 == .begin(.paragraph) }.count == 2)
        #expect(!marks.contains(.begin(.table)) && !marks.contains(.begin(.tableRow)))
    }

    @Test func aPhotoIsAFigureSpeakingItsCaption() {
        let source = ImageSource(path: "/nonexistent.png", format: .png, pixelWidth: 400, pixelHeight: 300, id: "x")
        let caption = Paragraph([TextSpan("Toàn cảnh Hội nghị", style: body)], style: ParagraphStyle(leading: 16))
        let marks = Self.marks(Typesetter(setup: setup).layout([ImageBlock(source: source, caption: caption, floats: false)]))
        #expect(marks.prefix(3) == [.begin(.figure(alternateText: "Toàn cảnh Hội nghị")), .end, .begin(.caption)])
        let silent = Self.marks(Typesetter(setup: setup).layout([ImageBlock(source: source, floats: false, alternateText: "Chữ ký")]))
        #expect(silent.first == .begin(.figure(alternateText: "Chữ ký")))
    }
}
