import Testing
import TestSupport
import Typesetting
@testable import Documents

/// Issue 11, must-hold 2: a number stays with the word it counts or dates, and a date word
/// with its number; the Vietnamese rules that say which.
@Suite struct VietnameseTiesTests {
    /// The tied pairs of `text`, as "left right".
    func tied(_ text: String) -> [String] {
        let tokens = TextToken.tokens(text)
        return VietnameseTies().ties(in: tokens).map { tokens[$0].text + " " + tokens[$0 + 1].text }
    }

    @Test func numbersAndTheirWordsAreTied() {
        #expect(tied("nhiệm vụ 8 tháng cuối năm 2023") == ["8 tháng", "năm 2023"])
        #expect(tied("ngày 15 tháng 5 năm 2023") == ["ngày 15", "15 tháng", "tháng 5", "5 năm", "năm 2023"])
        #expect(tied("có mặt 45 đồng chí") == ["45 đồng"])
        #expect(tied("Ban Chấp hành Trung ương Đảng khóa XIII; Điều 5 Quy chế") == ["khóa XIII", "Điều 5"])
        #expect(tied("Hội nghị lần thứ sáu, lần thứ Ba") == ["lần thứ", "thứ sáu", "lần thứ", "thứ Ba"])
        #expect(tied("Đại hội lần thứ mười hai") == ["lần thứ", "thứ mười", "mười hai"])
        #expect(tied("Chỉ thị số 05-CT/TW và Đại hội XIII") == ["số 05-CT/TW", "hội XIII"])
    }

    /// People the text alone names, after a form of address, are tied; a title after the form
    /// of address, capitals and punctuation end nothing wrongly.
    @Test func namesIntroducedByAFormOfAddressAreTied() {
        func names(_ text: String) -> [String] {
            let tokens = TextToken.tokens(text)
            return NamesAfterTitles().ties(in: tokens).map { tokens[$0].text + " " + tokens[$0 + 1].text }
        }
        #expect(names("Phát biểu chỉ đạo, ông Hoàng Xuân Ánh đề nghị") == ["Hoàng Xuân", "Xuân Ánh"])
        #expect(names("Bà Tôn Nữ Thị Diệu Hiền, Trưởng phòng, và đ/c Mùa A Dơ") ==
                ["Tôn Nữ", "Nữ Thị", "Thị Diệu", "Diệu Hiền", "Mùa A", "A Dơ"])
        #expect(names("đồng chí Bí thư Chi bộ và ông Lâm, Trưởng phòng").isEmpty)
        #expect(names("ĐỒNG CHÍ HOÀNG XUÂN ÁNH").isEmpty)
    }

    @Test func aNumberADateWordIntroducedLeavesTheNextWordFree() {
        #expect(tied("năm 2023 và Điều 5 Quy chế") == ["năm 2023", "Điều 5"])
    }

    @Test func punctuationEndsATie() {
        #expect(tied("tổng số 9, đồng chí") == ["số 9"])
        #expect(tied("(15/6/1933 - 15/6/2023)") == [])
        #expect(tied("tháng. 5") == [])
    }

    /// In set paragraphs a tied pair is split only where the breaking pass finds no other way
    /// (a tie is a cost): over the seed report at every measure from a column to a page, far
    /// less often than without the ties.
    @Test func theSeedReportRarelySplitsATiedPair() throws {
        let layout = MeetingFixtures.layout("party")
        let sheet = try StyleSheet(layout: layout, fonts: Fixtures.fonts, words: Fixtures.words)
        let style = try sheet.style(.body)
        let text = MeetingFixtures.seedReport + " Nhiệm vụ 8 tháng cuối năm 2023: kết nạp 45 đồng chí vào ngày 15 tháng 5 năm 2023."
        let pairs = Set(tied(text))
        func splits(_ ties: TieRules?) -> [String] {
            var split: [String] = []
            var paragraph = style.paragraph
            paragraph.ties = ties
            for width in stride(from: 200.0, through: 470, by: 5) {
                let lines = Paragraph([TextSpan(text, style: style.text)], style: paragraph)
                    .typeset(width: width, context: LayoutContext()).map(\.text)
                for (a, b) in zip(lines, lines.dropFirst()) {
                    let last: String = TextToken.tokens(a).last?.text ?? ""
                    let first: String = TextToken.tokens(b).first?.text ?? ""
                    let pair = last + " " + first
                    if pairs.contains(pair) { split.append("\(width): \(pair)") }
                }
            }
            return split
        }
        #expect(style.paragraph.ties != nil)
        let with = splits(style.paragraph.ties), without = splits(nil)
        #expect(without.count > 30)
        #expect(with.count * 3 < without.count, "\(with.count) with the ties, \(without.count) without: \(with)")
    }
}
