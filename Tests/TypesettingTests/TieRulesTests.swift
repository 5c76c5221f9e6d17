import Testing
import TestSupport
@testable import Typesetting

/// Ties (`TieRule`, `ParagraphStyle.ties`): a break at a tied space costs `tiePenalty`, so a
/// paragraph keeps tied tokens on one line whenever it can be set so within tolerance, and
/// still breaks there rather than run past the margin.
@Suite struct TieRulesTests {
    /// Ties every number in figures to the token after it: the general mechanism, with a rule
    /// of the test's own.
    struct NumberAndNext: TieRule {
        func ties(in tokens: [TextToken]) -> [Int] {
            tokens.indices.dropLast().filter { tokens[$0].text.first?.isNumber == true && tokens[$0].meetsCleanly(tokens[$0 + 1]) }
        }
    }

    static let rules = TieRules([NumberAndNext()])
    let style = TextStyle(font: Fixtures.serif(), size: 13)

    func lines(_ text: String, width: Double, ties: TieRules?, alignment: Alignment = .justify) -> [String] {
        var paragraph = ParagraphStyle(alignment: alignment, leading: 17)
        paragraph.ties = ties
        return Paragraph([TextSpan(text, style: style)], style: paragraph)
            .typeset(width: width, context: LayoutContext()).map(\.text)
    }

    @Test func tokensKnowTheirSpacesAndPunctuation() {
        let tokens = TextToken.tokens("khóa XIII; (15/6/1933 - x")
        #expect(tokens.map(\.text) == ["khóa", "XIII", "15/6/1933", "", "x"])
        #expect(tokens[0].meetsCleanly(tokens[1]) && !tokens[1].meetsCleanly(tokens[2]))
        #expect(tokens[0].spaceAfter == 5)
    }

    /// Over many measures, a tied pair is split far less often with the tie than without (only
    /// where the first feasible pass finds no other breaking), and the text is never altered.
    @Test(arguments: [Alignment.justify, .left]) func tiedTokensStayTogether(alignment: Alignment) {
        let text = "Trong 6 tháng đầu năm 2023 chi bộ có 45 đồng chí, kết nạp 3 đảng viên mới, tổ chức 12 buổi sinh hoạt "
            + "chuyên đề, 8 cuộc kiểm tra và 27 lượt giám sát; hoàn thành 9 chỉ tiêu trong tổng số 10 chỉ tiêu đề ra."
        func splits(_ ties: TieRules?) -> Int {
            var count = 0
            for width in stride(from: 150.0, through: 450, by: 3) {
                let set = lines(text, width: width, ties: ties, alignment: alignment)
                #expect(set.joined(separator: " ").split(separator: " ") == text.split(separator: " "))
                count += zip(set, set.dropFirst()).filter { a, _ in
                    a.split(separator: " ").last?.first?.isNumber == true
                }.count
            }
            return count
        }
        let without = splits(nil), with = splits(Self.rules)
        #expect(without > 20)
        #expect(with * 3 < without, "\(with) split with the ties, \(without) without")
    }

    /// A tie is a cost, not a prohibition: at a measure that leaves no other choice the pair
    /// breaks, and no line ends past the measure.
    @Test func aTieGivesWayRatherThanOverflow() {
        let context = LayoutContext()
        var paragraph = ParagraphStyle(alignment: .justify, leading: 17)
        paragraph.ties = Self.rules
        let set = Paragraph([TextSpan("2023 2024 2025 2026 2027", style: style)], style: paragraph)
            .typeset(width: 40, context: context)
        #expect(set.count == 5)
        #expect(set.allSatisfy { $0.maxX <= 40.1 })
        #expect(context.overlongTexts.isEmpty)
    }

    /// In ragged text a tie binds; a tied run wider than a narrow cell gives way at its ties,
    /// quietly (no overlong text to report: the text has spaces), and no line overflows.
    @Test(arguments: [Alignment.left, .center]) func aLongTiedRunGivesWayQuietlyInRaggedText(alignment: Alignment) {
        let context = LayoutContext()
        var paragraph = ParagraphStyle(alignment: alignment, leading: 17)
        paragraph.ties = Self.rules
        let set = Paragraph([TextSpan("2023 2024 2025 2026 2027", style: style)], style: paragraph)
            .typeset(width: 70, context: context)
        #expect(set.count > 1)
        #expect(set.allSatisfy { $0.maxX <= 70.1 })
        #expect(context.overlongTexts.isEmpty)
    }
}
