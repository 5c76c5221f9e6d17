import Testing
import TestSupport
@testable import Typesetting

/// Issue 11, must-hold 5: what a document used to measure before layout (a rule as long as
/// the text above it, cells level on their first baselines, a column wide enough for a line
/// that must not wrap, a stamp's frame) is measured by the blocks as they are laid out, in the
/// document's own context and measure.
@Suite struct MeasureDuringLayoutTests {
    let body = TextStyle(font: Fixtures.serif(), size: 14)
    let big = TextStyle(font: Fixtures.serif(bold: true), size: 20)
    let centred = ParagraphStyle(alignment: .center, leading: 18)

    func boxes(_ items: [VItem]) -> [VBox] { items.compactMap { if case .box(let box) = $0 { return box } else { return nil } } }
    func rules(_ box: VBox) -> [RuleElement] { box.elements.compactMap { if case .rule(let r) = $0 { return r } else { return nil } } }
    func runs(_ box: VBox) -> [GlyphRun] { box.elements.compactMap { if case .text(let t) = $0 { return t } else { return nil } } }

    /// The length of the rule a `RuleBlock` draws at `width`.
    func ruleLength(_ block: RuleBlock, width: Double) throws -> Double {
        let box = try #require(boxes(block.layout(width: width, context: LayoutContext())).first)
        let rule = try #require(rules(box).first)
        return rule.to.x - rule.from.x
    }

    @Test func aRuleUnderTextIsAFractionOfItsLongestLineWhereItIsLaidOut() throws {
        let motto = Paragraph([TextSpan("Độc lập - Tự do - Hạnh phúc", style: body)], style: centred)
        let line = try #require(motto.typeset(width: 300, context: LayoutContext()).first)
        let natural = line.maxX - line.minX
        let rule = RuleBlock(length: .underText(motto, fraction: 1))
        #expect(abs(try ruleLength(rule, width: 300) - natural) < 0.01)
        #expect(abs(try ruleLength(RuleBlock(length: .underText(motto, fraction: 0.5)), width: 300) - natural / 2) < 0.01)
        // In a measure the text wraps in, the rule is as long as the longest line, never the
        // unwrapped text; and never longer than the measure.
        let narrow = natural * 0.7
        let lines = motto.typeset(width: narrow, context: LayoutContext())
        #expect(lines.count == 2)
        let longest = lines.map { $0.maxX - $0.minX }.max()!
        #expect(abs(try ruleLength(rule, width: narrow) - longest) < 0.01)
        #expect(try ruleLength(rule, width: narrow) < natural - 1)
    }

    /// A table row of a 20 pt and a 14 pt cell: with the option their first baselines are
    /// level (the shallower cell starts lower), without it they are not.
    @Test func cellsAlignedOnFirstBaselinesShareOne() throws {
        let rows = [[Table.Cell([Paragraph([TextSpan("Nơi nhận:", style: body)], style: ParagraphStyle(alignment: .left, leading: 16))]),
                     Table.Cell([Paragraph([TextSpan("T/M ĐẢNG ỦY", style: big)], style: ParagraphStyle(alignment: .center, leading: 26)),
                                 Paragraph([TextSpan("BÍ THƯ", style: body)], style: centred)])]]
        func baselines(_ aligned: Bool) throws -> (left: Double, right: Double, height: Double) {
            let table = Table(columns: [1, 1], rows: rows, alignsFirstBaselines: aligned)
            let box = try #require(boxes(table.layout(width: 400, context: LayoutContext())).first)
            let texts = runs(box)
            let left = try #require(texts.filter { $0.origin.x < 200 }.map(\.origin.y).min())
            let right = try #require(texts.filter { $0.origin.x >= 200 }.map(\.origin.y).min())
            return (left, right, box.height)
        }
        let plain = try baselines(false), aligned = try baselines(true)
        #expect(plain.left < plain.right - 2, "the test needs cells whose first baselines differ")
        #expect(abs(aligned.left - aligned.right) < 0.001)
        #expect(abs(aligned.right - plain.right) < 0.001, "the deeper cell stays where it was")
        #expect(aligned.height >= plain.height)
    }

    /// A line that must not wrap, wider than its column: the column widens to hold it (with
    /// the allowance), the other column gives way, and the line stays whole on one line.
    @Test func aColumnWidensToItsWidestUnbreakableLine() throws {
        let dateText = "Thành phố Hồ Chí Minh, ngày 30 tháng 12 năm 2023"
        let leftText = "ĐẢNG ỦY SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
        let date = Paragraph([TextSpan(dateText, style: body, unbreakable: true)], style: centred)
        let natural = date.minimumWidth(context: LayoutContext())
        let left = Paragraph([TextSpan(leftText, style: body)], style: centred)
        let width = 450.0
        #expect(natural > width * 0.5 && natural < width, "the test needs a date wider than half the measure")
        let table = Table(columns: [1, 1], rows: [[Table.Cell([left]), Table.Cell([date])]], fitsUnbreakableLines: true)
        let box = try #require(boxes(table.layout(width: width, context: LayoutContext())).first)
        let dateRuns = runs(box).filter { dateText.contains($0.text) }
        let leftRuns = runs(box).filter { leftText.contains($0.text) }
        #expect(!dateRuns.isEmpty && !leftRuns.isEmpty)
        #expect(Set(dateRuns.map(\.origin.y)).count == 1, "the date line wrapped")
        let dateEnd = try #require(dateRuns.map { $0.origin.x + $0.width }.max())
        #expect(dateEnd <= width + 0.1, "the date line ends past the table")
        // The right column starts where the left one now ends: width - natural - allowance.
        let start = width - natural - TypesettingSettings.default.tables.columnFitAllowance
        #expect(leftRuns.allSatisfy { $0.origin.x + $0.width <= start + 0.1 }, "the left column did not give way")
        let dateStart = try #require(dateRuns.map(\.origin.x).min())
        #expect(dateStart >= start - 0.01)
        // Without the option the same line breaks in its half of the table.
        let plain = Table(columns: [1, 1], rows: [[Table.Cell([left]), Table.Cell([date])]])
        let context = LayoutContext()
        let plainBox = try #require(boxes(plain.layout(width: width, context: context)).first)
        #expect(Set(runs(plainBox).filter { $0.origin.x >= width / 2 }.map(\.origin.y)).count > 1)
        #expect(context.overlongTexts.contains { $0.contains("Hồ Chí Minh") })
    }

    @Test func columnsThatFitOrCannotBeFittedStayAsGiven() throws {
        let short = Paragraph([TextSpan("Lạng Sơn, ngày 3 tháng 7 năm 2023", style: body, unbreakable: true)], style: centred)
        let table = Table(columns: [1, 1], rows: [[Table.Cell([]), Table.Cell([short])]], fitsUnbreakableLines: true)
        #expect(table.fitted([300, 300], context: LayoutContext()) == [300, 300])
        // Wider than the whole table: nothing can hold it, the columns stay.
        #expect(table.fitted([60, 60], context: LayoutContext()) == [60, 60])
        // Three columns: the short one takes what it lacks from the other two, in proportion
        // to what each can spare.
        let three = Table(columns: [1, 1, 1], rows: [[Table.Cell([]), Table.Cell([short]), Table.Cell([])]])
        let need = short.minimumWidth(context: LayoutContext()) + TypesettingSettings.default.tables.columnFitAllowance
        let widths = three.fitted([150, 150, 150], context: LayoutContext())
        #expect(abs(widths[1] - need) < 1e-9)
        #expect(abs(widths[0] - widths[2]) < 1e-9 && abs(widths.reduce(0, +) - 450) < 1e-9)
    }

    /// The widest place a line cannot break: a long word, an unbreakable span (its spaces
    /// included), indents around it.
    @Test func aParagraphsMinimumWidthIsItsWidestUnbreakableRun() {
        let context = LayoutContext()
        func width(_ text: String) -> Double { TextMeasure.width(of: [TextSpan(text, style: body)]) }
        let text = "Hội nghị sơ kết công tác"
        let words = Paragraph([TextSpan(text, style: body)], style: ParagraphStyle(alignment: .justify, leading: 18))
        #expect(abs(words.minimumWidth(context: context) - text.split(separator: " ").map { width(String($0)) }.max()!) < 0.01)
        let bound = Paragraph([TextSpan("đồng chí ", style: body), TextSpan("Nguyễn Đức Thắng", style: body, unbreakable: true),
                               TextSpan(" phát biểu", style: body)], style: ParagraphStyle(alignment: .justify, rightIndent: 10, leading: 18))
        // Its words as set, with the two spaces between them at natural width.
        let name = ["Nguyễn", "Đức", "Thắng"].map(width).reduce(0, +) + 2 * width(" ")
        #expect(abs(bound.minimumWidth(context: context) - name - 10) < 0.01)
        #expect(Paragraph([], style: centred).minimumWidth(context: context) == 0)
        #expect(Spacer(10).minimumWidth(context: context) == 0)
    }

    /// A stamp's frame as wide as its widest line plus padding and allowance, rounded up to
    /// 0.01 pt, whatever width it is allowed.
    @Test func aFrameFitsItsUnbreakableLines() throws {
        let stamp = Paragraph([TextSpan("Dự thảo lần 2", style: body, unbreakable: true)], style: centred)
        let padding = Insets(top: 3, bottom: 3, left: 4, right: 4)
        let framed = Framed([stamp], width: .infinity, padding: padding, border: 0.6, alignment: .left, fitsUnbreakableLines: true)
        let box = try #require(boxes(framed.layout(width: 400, context: LayoutContext())).first)
        let outer = rules(box).map { max($0.from.x, $0.to.x) }.max()! + 0.3
        let expected = ((stamp.minimumWidth(context: LayoutContext()) + 8 + TypesettingSettings.default.tables.columnFitAllowance) * 100)
            .rounded(.up) / 100
        #expect(abs(outer - expected) < 0.01)
        #expect(Set(runs(box).map(\.origin.y)).count == 1)
    }
}
