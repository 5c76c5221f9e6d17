import Testing
import TestSupport
@testable import Typesetting

/// Page building: widows, orphans, keeps, repeated table headers, page numbers.
@Suite struct PageBuilderTests {
    let body = TextStyle(font: Fixtures.serif(), size: 14)
    let bold = TextStyle(font: Fixtures.serif(bold: true), size: 14)
    let setup = PageSetup(first: PageTemplate(margins: Insets(top: millimetres(20), bottom: millimetres(20),
                                                              left: millimetres(30), right: millimetres(15))),
                          numbering: PageNumbering(style: TextStyle(font: Fixtures.serif(), size: 14), baseline: millimetres(13)))

    func paragraph(_ words: Int, seed: Int) -> Paragraph {
        let vocabulary = SampleText.seedParagraph.split(separator: " ")
        let text = (0..<words).map { vocabulary[($0 * 7 + seed * 13) % vocabulary.count] }.joined(separator: " ")
        return Paragraph([TextSpan(text, style: body)],
                         style: ParagraphStyle(alignment: .justify, firstLineIndent: millimetres(10), leading: 18, spaceBefore: 6))
    }

    func heading(_ text: String) -> Paragraph {
        Paragraph([TextSpan(text, style: bold)], style: ParagraphStyle(leading: 18, spaceBefore: 6), isHeading: true)
    }

    /// Documents of varied paragraph lengths, so page breaks fall everywhere.
    @Test(arguments: 0..<12)
    func noWidowsOrphansOrStrandedHeadings(seed: Int) {
        var blocks: [any Block] = []
        for i in 0..<14 {
            if i % 4 == 0 { blocks.append(heading("\(i / 4 + 1). Mục thứ \(i)")) }
            blocks.append(paragraph(20 + (i * 37 + seed * 11) % 140, seed: i + seed))
        }
        let pages = Typesetter(setup: setup).layout(blocks)
        #expect(pages.count >= 2)
        #expect(PageChecks.widowsAndOrphans(pages) == [])
        #expect(PageChecks.headingsAtFoot(pages) == [])
        #expect(PageChecks.overflow(pages, setup: setup) == [])
    }

    @Test func pageNumbersTopCentreFromPageTwo() {
        let blocks: [any Block] = (0..<12).map { paragraph(150, seed: $0) }
        let pages = Typesetter(setup: setup).layout(blocks)
        #expect(pages.count >= 3)
        let topOfText = millimetres(20)
        for (index, page) in pages.enumerated() {
            let numbers = page.runs.filter { $0.origin.y < topOfText }
            if index == 0 {
                #expect(numbers.isEmpty, "page 1 shows a number")
            } else {
                #expect(numbers.map(\.text) == ["\(index + 1)"])
                let run = numbers[0]
                let centre = run.origin.x + run.width / 2
                let textCentre = millimetres(30) + setup.first.textWidth / 2
                #expect(abs(centre - textCentre) < millimetres(1))
                #expect(run.size == 14)
            }
            #expect(page.label == "\(index + 1)")
        }
    }

    @Test func tableHeaderRepeatsOnContinuationPages() {
        let cellStyle = ParagraphStyle(alignment: .left, leading: 16)
        func cell(_ text: String) -> Table.Cell { Table.Cell([Paragraph([TextSpan(text, style: body)], style: cellStyle)]) }
        let rows = [[cell("Nội dung"), cell("Tán thành")]] + (1...80).map { [cell("Biểu quyết số \($0)"), cell("\($0)/45")] }
        let table = Table(columns: [70, 30], rows: rows, headerRows: 1, border: 0.5,
                          padding: Insets(top: 2, bottom: 2, left: 4, right: 4))
        let pages = Typesetter(setup: setup).layout([table])
        #expect(pages.count >= 2)
        for page in pages {
            let first = page.runs.filter { $0.origin.y > millimetres(20) }.min { $0.origin.y < $1.origin.y }
            #expect(first?.text == "Nội dung", "page \(page.index) does not start with the header row")
        }
        let allRows = pages.flatMap(\.runs).map(\.text).filter { $0.hasPrefix("Biểu quyết số") }
        #expect(allRows.count == 80)
    }

    @Test func keepTogetherBlockMovesWholeToTheNextPage() {
        var blocks: [any Block] = (0..<5).map { paragraph(120, seed: $0) }
        let signature = KeepTogether((0..<8).map { _ in paragraph(8, seed: 1) }, role: "signature")
        blocks.append(BreakHint.keep)
        blocks.append(signature)
        let pages = Typesetter(setup: setup).layout(blocks)
        let holders = pages.filter { $0.placed.contains { $0.role == .block("signature") } }
        #expect(holders.count == 1)
        #expect(PageChecks.pagesWithOnly("signature", pages) == [])
    }

    @Test func stackedCapitalsClearTheDescendersAbove() {
        // docs/formatting-rules.md §8 item 28: "ẪỄỖỮ" under "gjpqy" at header leading.
        for font in [Fixtures.serif(), Fixtures.serif(bold: true)] {
            let style = TextStyle(font: font, size: 14)
            let lines = Paragraph([TextSpan("gjpqy\nẪỄỖỮ", style: style)],
                                  style: ParagraphStyle(alignment: .center, leading: 14 * 1.2))
                .typeset(width: 300, context: LayoutContext())
            #expect(lines.count == 2)
            let scale = 14 / font.unitsPerEm
            let lowest = lines[0].elements.runGlyphs.map { font.inkExtent(glyph: $0).bottom }.min()! * scale
            let highest = lines[1].elements.runGlyphs.map { font.inkExtent(glyph: $0).top }.max()! * scale
            let firstBaseline = lines[0].baseline
            let secondBaseline = lines[0].height + lines[1].baseline
            #expect(firstBaseline - lowest < secondBaseline - highest, "\(font.postScriptName): marks touch the line above")
        }
    }
}

extension Array where Element == PageElement {
    var runGlyphs: [UInt32] { flatMap { if case .text(let run) = $0 { return run.glyphs.map(\.id) } else { return [] } } }
}

/// Material that would be unbreakable but is taller than a page is never lost off its foot.
@Suite struct TallBlockTests {
    let body = TextStyle(font: Fixtures.serif(), size: 14)
    let setup = PageSetup(first: PageTemplate(margins: Insets(top: 57, bottom: 57, left: 85, right: 43)))

    func words(_ count: Int) -> String {
        (0..<count).map { "từ\($0)" }.joined(separator: " ")
    }

    @Test func aTableRowTallerThanAPageFlowsOnto() {
        let style = ParagraphStyle(alignment: .left, leading: 16)
        let motion = words(1500)
        let table = Table(columns: [50, 50], rows: [[Table.Cell([Paragraph([TextSpan(motion, style: body)], style: style)]),
                                                    Table.Cell([Paragraph([TextSpan("43/45", style: body)], style: style)])]],
                          border: 0.5, keepTogether: true)
        let pages = Typesetter(setup: setup).layout([table])
        #expect(pages.count > 1)
        #expect(PageChecks.overflow(pages, setup: setup) == [])
        let text = pages.flatMap(\.runs).map(\.text).joined()
        for i in [0, 700, 1499] { #expect(text.contains("từ\(i)")) }
        #expect(text.contains("43/45"))
    }

    @Test func aKeepTogetherGroupTallerThanAPageIsBroken() {
        let style = ParagraphStyle(alignment: .left, leading: 16)
        let lines = (0..<90).map { Paragraph([TextSpan("- Nơi nhận số \($0);", style: body)], style: style) as any Block }
        let pages = Typesetter(setup: setup).layout([KeepTogether(lines, role: "recipients")])
        #expect(pages.count == 2)
        #expect(PageChecks.overflow(pages, setup: setup) == [])
        #expect(pages.flatMap(\.runs).filter { $0.text.hasPrefix("- Nơi nhận số") }.count == 90)
    }
}

/// Running heads follow the sections; front matter can be numbered in roman numerals.
@Suite struct RunningHeadTests {
    let body = TextStyle(font: Fixtures.serif(), size: 13)

    func section(_ title: String, paragraphs: Int) -> any Block {
        let words = SampleText.seedParagraph
        return Mark(title, [Paragraph([TextSpan(title, style: body)], style: ParagraphStyle(leading: 16), isHeading: true)]
            + (0..<paragraphs).map { _ in Paragraph([TextSpan(words, style: body)], style: ParagraphStyle(leading: 16, spaceBefore: 6)) })
    }

    @Test func eachPageShowsTheSectionItBelongsTo() {
        let head = RunningHead(style: TextStyle(font: Fixtures.serif(italic: true), size: 11), baseline: 30, rule: 0.5)
        let setup = PageSetup(first: PageTemplate(margins: Insets(top: 57, bottom: 57, left: 85, right: 43)),
                              numbering: PageNumbering(style: body, baseline: 820), runningHead: head)
        let pages = Typesetter(setup: setup).layout([section("Tháng 1/2023", paragraphs: 14), section("Tháng 2/2023", paragraphs: 14)])
        #expect(pages.count >= 4)
        var sawSecond = false
        for (index, page) in pages.enumerated() {
            let heads = page.runs.filter { $0.origin.y < 40 }.map(\.text)
            if index == 0 { #expect(heads.isEmpty); continue }
            let starts = page.placed.compactMap(\.mark)
            if starts.contains("Tháng 2/2023") { sawSecond = true }
            #expect(heads == [sawSecond ? "Tháng 2/2023" : "Tháng 1/2023"], "page \(index + 1): \(heads)")
        }
        #expect(sawSecond)
    }

    @Test func romanFrontMatter() {
        let numbering = PageNumbering(style: body, baseline: 820, format: .roman)
        #expect((1...5).map(numbering.text) == ["i", "ii", "iii", "iv", "v"])
        #expect(PageNumbering.roman(1990) == "MCMXC")
        let setup = PageSetup(first: PageTemplate(margins: Insets(top: 57, bottom: 57, left: 85, right: 43)), numbering: numbering)
        let pages = Typesetter(setup: setup).layout([section("Mục lục", paragraphs: 16)])
        #expect(pages.map { $0.label ?? "-" }.prefix(3) == ["i", "ii", "iii"])
    }
}
