import Foundation
import Testing
import TestSupport
@testable import Typesetting

/// UAX #14 through ICU, tailored: never inside codes, dates or hyphenated names, and never
/// a line that starts with a spaced hyphen.
@Suite struct BreakOpportunityTests {
    /// The byte ranges of `token` inside `text`.
    func ranges(of token: String, in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8), needle = Array(token.utf8)
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= bytes.count {
            if Array(bytes[i..<i + needle.count]) == needle { result.append(i..<i + needle.count) }
            i += 1
        }
        return result
    }

    @Test(arguments: ["05-CT/TW", "01-KL/TW", "15/6/1933", "03/7/2023", "Lê-nin", "Số 12-BB/ĐU", "LĐ-TB&XH"])
    func neverBreaksInsideATokenThatUAX14WouldSplit(token: String) {
        let text = "Thực hiện văn bản \(token) của cấp trên"
        let breaks = BreakOpportunities(text: text)
        for range in ranges(of: token.split(separator: " ").last.map(String.init)!, in: text) {
            let inside = breaks.allowed.filter { $0 > range.lowerBound && $0 < range.upperBound }
            #expect(inside.isEmpty, "break inside \(token) at \(inside)")
        }
        #expect(!breaks.allowed.isEmpty)
    }

    @Test func spacedHyphenNeverStartsALine() {
        let text = "Sở Lao động - Thương binh và Xã hội"
        let breaks = BreakOpportunities(text: text)
        let hyphen = ranges(of: " - ", in: text)[0]
        #expect(!breaks.allows(hyphen.lowerBound + 1), "a line could start with '-'")
        #expect(breaks.allows(hyphen.upperBound), "the break after '- ' is lost")
    }

    @Test func noBreakSpaceBinds() {
        let text = "tổng số 45\u{00A0}đồng chí"
        let breaks = BreakOpportunities(text: text)
        let nbsp = ranges(of: "\u{00A0}", in: text)[0]
        #expect(!breaks.allows(nbsp.upperBound))
    }

    @Test func icuKeepsClosingPunctuationOnTheLine() {
        // UAX #14 LB13: no break before "!" or ")" even after a space.
        let text = "Xin chào ! (kết thúc )"
        let breaks = BreakOpportunities(text: text)
        #expect(!breaks.allows(ranges(of: "!", in: text)[0].lowerBound))
        #expect(!breaks.allows(ranges(of: ")", in: text)[0].lowerBound))
    }

    @Test(arguments: Array(stride(from: 90.0, through: 300.0, by: 7.0)))
    func narrowMeasuresKeepCodesAndDatesWhole(width: Double) {
        let style = TextStyle(font: Fixtures.serif(), size: 14)
        let paragraph = Paragraph([TextSpan(SampleText.seedParagraph, style: style)], style: ParagraphStyle(leading: 17))
        let lines = paragraph.typeset(width: width, context: LayoutContext())
        let words = lines.flatMap { $0.text.split(separator: " ").map(String.init) }
        for code in SampleText.codes { #expect(words.contains { $0.contains(code) }, "\(code) split at width \(width)") }
        for line in lines { #expect(!line.text.hasPrefix("- "), "line starts with a hyphen: \(line.text)") }
    }
}

/// A word wider than the measure is the one case where a word is split.
@Suite struct OverlongWordTests {
    @Test func aWordWiderThanTheMeasureIsSplitAndStaysInside() {
        let style = TextStyle(font: Fixtures.serif(), size: 14)
        let url = "https://laodong.langson.gov.vn/tin-tuc/hoat-dong-cua-cac-to-chuc-dang-co-so/so-ket-6-thang-dau-nam-2023"
        let text = "Xem chi tiết tại \(url) và 05-CT/TW."
        let lines = Paragraph([TextSpan(text, style: style)], style: ParagraphStyle(alignment: .left, leading: 17))
            .typeset(width: 200, context: LayoutContext())
        #expect(lines.count >= 3)
        for line in lines { #expect(line.maxX <= 200.01, "'\(line.text)' runs to \(line.maxX)") }
        // Nothing is lost or added, and short tokens are never split.
        #expect(lines.map(\.text).joined().replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
        #expect(lines.contains { $0.text.contains("05-CT/TW.") })
    }
}
