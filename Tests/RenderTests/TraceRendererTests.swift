import Testing
@testable import Render
import Typesetting

/// The plain-text trace that layout golden files are made of.
@Suite struct TraceRendererTests {
    private typealias F = Fixtures

    /// Two pages: runs split on one baseline (with and without gaps, spaces at seams, a
    /// baseline 0.005 pt off), a baseline 0.02 pt off, rules out of order, a page drawn bottom-up.
    private func document() -> LaidOutDocument {
        let page1 = Page(size: .a4, index: 1, label: nil, elements: [
            .rule(RuleElement(from: Point(x: 310, y: 90), to: Point(x: 420, y: 90), thickness: 0.5)),
            .text(F.run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font: F.bold, size: 13, x: 85.04, y: 70.87, advance: 9.5)),
            .text(F.run("Lạng Sơn,", font: F.italic, size: 14, x: 300, y: 110, advance: 7)),
            .text(F.run("tháng 7 ", size: 14, x: 418, y: 110, advance: 7)),
            .text(F.run("năm 2023", size: 14, x: 479, y: 110, advance: 7)),
            .text(F.run("ngày 03", size: 14, x: 366.5, y: 110.005, advance: 7)),
            .text(F.run("ẪỄỖỮ", size: 24.5, x: 85.04, y: 110.02, advance: 18)),
            .rule(RuleElement(from: Point(x: 85.04, y: 80), to: Point(x: 510.24, y: 80), thickness: 1)),
        ])
        let page2 = Page(size: .a4, index: 2, label: "2", elements: [
            .text(F.run("Hội nghị", x: 85.04, y: 100, advance: 6)),
            .text(F.run(" ngày", x: 160, y: 150, advance: 6)),
            .text(F.run("/BB-ĐU", x: 115.09, y: 150, advance: 6)),
            .text(F.run("Số 12", x: 85.04, y: 150, advance: 6)),
            .text(F.run("Đảng ủy", x: 85.04, y: 50, advance: 6)),
        ])
        return LaidOutDocument(pages: [page1, page2], info: F.info)
    }

    @Test func traceOfTwoPages() {
        let expected = """
            page 1 595.28x841.89 label=-
              line y=70.87 x=85.04-408.04 [LiberationSerif-Bold 13] CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
              line y=110.00 x=300.00-535.00 [LiberationSerif-Italic 14, LiberationSerif 14] Lạng Sơn, ngày 03 tháng 7 năm 2023
              line y=110.02 x=85.04-157.04 [LiberationSerif 24.5] ẪỄỖỮ
              rule 85.04,80.00-510.24,80.00 w=1.00
              rule 310.00,90.00-420.00,90.00 w=0.50
            page 2 595.28x841.89 label=2
              line y=50.00 x=85.04-127.04 [LiberationSerif 12] Đảng ủy
              line y=100.00 x=85.04-133.04 [LiberationSerif 12] Hội nghị
              line y=150.00 x=85.04-190.00 [LiberationSerif 12] Số 12/BB-ĐU ngày

            """
        let trace = TraceRenderer().render(document())
        #expect(trace == expected)
        // Compare bytes too: Swift's == would accept an NFD trace for an NFC expectation.
        #expect(trace.utf8.elementsEqual(expected.utf8))
    }

    /// The golden traces of the products: millimetres to 0.1 mm, font sizes and rule widths
    /// still in points (595.28 pt = 210.0 mm; 70.87 pt = 25.0 mm; 408.04 pt = 143.9 mm).
    @Test func traceInMillimetres() {
        let trace = TraceRenderer(unit: .millimetres).render(document())
        let lines = trace.split(separator: "\n").map(String.init)
        #expect(lines[0] == "page 1 210.0x297.0 label=-")
        #expect(lines[1] == "  line y=25.0 x=30.0-143.9 [LiberationSerif-Bold 13] CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(lines[4] == "  rule 30.0,28.2-180.0,28.2 w=1.00")
        #expect(TraceNumber.fixed(12.25, decimals: 1) == "12.3")
        #expect(TraceNumber.fixed(-0.04, decimals: 1) == "0.0")
        #expect(TraceNumber.fixed(-1.06, decimals: 1) == "-1.1")
    }

    @Test func linesCarryTheirExtentAndFonts() {
        let lines = TraceRenderer().lines(of: document().pages[0])
        #expect(lines.map(\.y) == [70.87, 110, 110.02])
        #expect(lines[1] == TraceLine(y: 110, minX: 300, maxX: 535,
                                      text: "Lạng Sơn, ngày 03 tháng 7 năm 2023",
                                      fonts: ["LiberationSerif-Italic 14", "LiberationSerif 14"]))
        #expect(TraceRenderer().lines(of: Page(size: .a4, index: 9)).isEmpty)
    }

    @Test func numbersAreFixedAndLocaleFree() {
        #expect(TraceNumber.fixed(595.2755905511812) == "595.28")
        #expect(TraceNumber.fixed(0.5) == "0.50")
        #expect(TraceNumber.fixed(-0.001) == "0.00")
        #expect(TraceNumber.fixed(-12.3) == "-12.30")
        #expect(TraceNumber.fixed(1234567.891) == "1234567.89")
        #expect(TraceNumber.short(13) == "13")
        #expect(TraceNumber.short(10.5) == "10.5")
        #expect(TraceNumber.short(9.25) == "9.25")
    }
}
