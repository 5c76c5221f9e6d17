import Testing
import TestSupport
@testable import Typesetting

/// No line ever ends past its measure, and no unbreakable span is split, over generated
/// paragraphs of Vietnamese-like text (names, codes, numbers tied to their words or not, a long
/// address) at many measures, in both fonts and several sizes.
@Suite struct LineMeasureTests {
    /// A small deterministic generator (SplitMix64), so a failure names a reproducible case.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
    }

    static let syllables = ["Đảng", "ủy", "chi", "bộ", "công", "tác", "sinh", "hoạt", "nghị", "quyết", "thường", "kỳ",
                            "tháng", "năm", "đồng", "chí", "thực", "hiện", "nhiệm", "vụ", "phương", "hướng", "Trung",
                            "ương", "khoá", "XIII;", "lãnh", "đạo,", "chỉ", "đạo", "trực", "thuộc", "tuyên", "truyền",
                            "nghiêng", "trưởng", "Chấp", "hành", "(người", "ghi", "biên", "bản):", "Sở.", "về"]
    static let codes = ["05-CT/TW", "01-KL/TW", "15/6/1933", "(15/6/1933 - 15/6/2023)", "36-HD/VPTW",
                        "https://langson.gov.vn/tin-tuc/hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023"]
    static let names = ["Vi Thị Hoa", "Đàm Văn Chính", "Nguyễn Thị Lan Anh", "Lương Thị Thu Trang", "Chu Thị Nga",
                        "Triệu Văn Khánh", "Nông Thị Bích Ngọc", "Lê Thanh Hà"]
    static let fonts = [Fixtures.serif(), Fixtures.serif(bold: true),
                        Fixtures.fonts.font(family: "Liberation Sans", bold: false, italic: false)!]

    /// One generated paragraph: its spans (names as unbreakable spans) and the names in it.
    static func paragraph(_ g: inout Generator, style: TextStyle) -> (spans: [TextSpan], names: [String]) {
        var spans: [TextSpan] = []
        var names: [String] = []
        var plain: [String] = []
        func flush() {
            if !plain.isEmpty { spans.append(TextSpan(plain.joined(separator: " ") + " ", style: style)); plain = [] }
        }
        for _ in 0..<(3 + g.below(24)) {
            switch g.below(20) {
            case 0: flush(); let name = g.pick(names0); names.append(name)
                    spans.append(TextSpan(name, style: style, unbreakable: true)); spans.append(TextSpan(" ", style: style))
            case 1: plain.append(g.pick(codes))
            case 2: plain.append("ngày\u{00A0}\(1 + g.below(28))/\(1 + g.below(12))/2023")
            case 3: plain.append(g.pick(syllables) + "\u{00A0}" + g.pick(syllables) + "\u{00A0}" + g.pick(syllables))
            case 4, 5: plain.append(String(1 + g.below(2030)))      // tied to the next token when ties are on
            default: plain.append(g.pick(syllables))
            }
        }
        flush()
        if g.below(3) == 0 { flush(); let name = g.pick(names0); names.append(name); spans.append(TextSpan(name + ".", style: style, unbreakable: true)) }
        return (spans, names)
    }
    static let names0 = names

    /// Four slices of 2,500 paragraph settings each (run side by side): 10,000 in all.
    @Test(arguments: 0..<4) func noLineEndsPastItsMeasureAndNoNameIsSplit(slice: Int) {
        var g = Generator(state: 2023 + UInt64(slice))
        let alignments: [Alignment] = [.justify, .justify, .left, .center]
        var checked = 0
        for case_ in 0..<625 {
            let style = TextStyle(font: g.pick(Self.fonts), size: g.pick([10.0, 12, 13, 14]))
            let (spans, names) = Self.paragraph(&g, style: style)
            var paragraphStyle = ParagraphStyle(alignment: g.pick(alignments), leading: style.size * 1.3)
            if g.below(2) == 0 { paragraphStyle.firstLineIndent = 28 }
            if g.below(2) == 0 { paragraphStyle.ties = TieRulesTests.rules }
            let paragraph = Paragraph(spans, style: paragraphStyle)
            for _ in 0..<4 {
                let measure = Double(60 + g.below(420))
                let context = LayoutContext()
                let lines = paragraph.typeset(width: measure, context: context)
                checked += 1
                for line in lines {
                    #expect(line.maxX <= measure + 0.1,
                            "case \(case_), measure \(measure): '\(line.text)' ends \(line.maxX - measure) pt past")
                }
                let text = lines.map(\.text).joined(separator: "\n")
                // A name wider than the measure, or holding a word wider than it, is broken
                // inside and reported instead.
                for name in names where !context.overlongTexts.contains(where: { $0.contains(name) || name.contains($0) }) {
                    #expect(text.contains(name), "slice \(slice) case \(case_), measure \(measure): '\(name)' split in \(text); overlong \(context.overlongTexts)")
                }
            }
        }
        #expect(checked == 2_500)
    }

    @Test func aSpanWiderThanTheMeasureBreaksInsideAndIsReported() {
        let style = TextStyle(font: Fixtures.serif(), size: 13)
        let context = LayoutContext()
        let lines = Paragraph([TextSpan("Báo cáo của ", style: style),
                               TextSpan("Nguyễn Thị Lan Anh", style: style, unbreakable: true)],
                              style: ParagraphStyle(alignment: .justify, leading: 17)).typeset(width: 70, context: context)
        #expect(lines.allSatisfy { $0.maxX <= 70.1 })
        #expect(context.overlongTexts == ["Nguyễn Thị Lan Anh"])
    }

    @Test func aNameIsKeptWholeWhereItWouldOtherwiseBreak() {
        let style = TextStyle(font: Fixtures.serif(), size: 13)
        let text = "Vắng mặt: 02 đồng chí (đồng chí Hoàng Văn Nam, đi công tác; đồng chí "
        let plain = Paragraph([TextSpan(text + "Vi Thị Hoa).", style: style)], style: ParagraphStyle(alignment: .justify, leading: 17))
        let marked = Paragraph([TextSpan(text, style: style), TextSpan("Vi Thị Hoa", style: style, unbreakable: true),
                                TextSpan(").", style: style)], style: ParagraphStyle(alignment: .justify, leading: 17))
        // Find a measure where the unmarked paragraph splits the name, then check the marked one does not.
        let measure = stride(from: 200.0, through: 460, by: 1).first { width in
            !plain.typeset(width: width, context: LayoutContext()).map(\.text).joined(separator: "\n").contains("Vi Thị Hoa")
        }
        #expect(measure != nil)
        let lines = marked.typeset(width: measure ?? 300, context: LayoutContext()).map(\.text)
        #expect(lines.joined(separator: "\n").contains("Vi Thị Hoa"), "\(lines)")
    }
}
