import Testing
import TestSupport
@testable import Typesetting

/// Line breaking: the optimum differs from first fit, lines stay within tolerance, and the
/// last line is not a lone syllable.
@Suite struct KnuthPlassTests {
    let style = TextStyle(font: Fixtures.serif(), size: 14)
    let justified = ParagraphStyle(alignment: .justify, leading: 17)

    /// Greedy first-fit: each line takes as many words as fit at natural spacing.
    func firstFit(_ words: [String], width: Double) -> [[String]] {
        let space = TextMeasure.width(of: [TextSpan(" ", style: style)])
        var lines: [[String]] = [[]]
        var used = 0.0
        for word in words {
            let w = TextMeasure.width(of: [TextSpan(word, style: style)])
            if lines[lines.count - 1].isEmpty { lines[lines.count - 1] = [word]; used = w; continue }
            if used + space + w <= width { lines[lines.count - 1].append(word); used += space + w }
            else { lines.append([word]); used = w }
        }
        return lines
    }

    func lines(_ text: String, width: Double, settings: LineBreakSettings = LineBreakSettings()) -> [TypesetLine] {
        var all = TypesettingSettings()
        all.lineBreaking = settings
        return Paragraph([TextSpan(text, style: style)], style: justified).typeset(width: width, context: LayoutContext(settings: all))
    }

    @Test func optimumDiffersFromFirstFitAndIsPinned() {
        let text = "Đảng ủy, chi ủy chi bộ duy trì sinh hoạt theo quy định Điều lệ Đảng và đổi mới nội dung sinh hoạt. Các chi bộ thực hiện tốt kế hoạch sinh hoạt chuyên đề năm 2023 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
        // First fit sets six lines here and leaves "Minh." alone on the last one.
        let width = 270.0
        let optimum = lines(text, width: width).map(\.text)
        let greedy = firstFit(text.split(separator: " ").map(String.init), width: width).map { $0.joined(separator: " ") }
        #expect(optimum != greedy)
        #expect(greedy.count == 6 && greedy.last == "Minh.")
        #expect(optimum == [
            "Đảng ủy, chi ủy chi bộ duy trì sinh hoạt theo",
            "quy định Điều lệ Đảng và đổi mới nội dung sinh",
            "hoạt. Các chi bộ thực hiện tốt kế hoạch sinh hoạt",
            "chuyên đề năm 2023 về học tập và làm theo tư",
            "tưởng, đạo đức, phong cách Hồ Chí Minh.",
        ])
    }

    @Test func justifiedLinesStayWithinToleranceWhenABreakingExists() {
        let settings = LineBreakSettings()
        // TeX's badness 100·r³ ≤ tolerance  ⇔  r ≤ (tolerance / 100)^(1/3).
        let maxRatio = Double.root(settings.tolerance / 100, 3) + 1e-9
        let content = InlineContent(spans: [TextSpan(SampleText.seedParagraph, style: style)], settings: settings,
                                    ragged: false, shaper: .shared)
        var feasibleWidths = 0
        for width in stride(from: 150.0, through: 470.0, by: 5.0) {
            let result = lines(SampleText.seedParagraph, width: width)
            // Every line but the last is justified flush to the measure, feasible or not.
            for line in result.dropLast() {
                #expect(abs(line.maxX - width) < 0.05, "'\(line.text)' ends at \(line.maxX) of \(width)")
            }
            guard KnuthPlass(settings: settings).breakWithinTolerance(content.items, width: { _ in width }) != nil else { continue }
            feasibleWidths += 1
            for line in result.dropLast() {
                #expect(line.ratio <= maxRatio, "line '\(line.text)' stretched by \(line.ratio) at width \(width)")
                #expect(line.ratio >= -1, "line '\(line.text)' overfull at width \(width)")
            }
        }
        #expect(feasibleWidths > 25)
    }

    @Test func lastLineRuntIsAvoidedWhenItCostsLessThanALooseLine() {
        var noRuntCost = LineBreakSettings()
        noRuntCost.runtDemerits = 0
        var runtsWithout = 0, runtsWith = 0
        for width in stride(from: 200.0, through: 420.0, by: 1.0) {
            let plain = lines(SampleText.seedParagraph, width: width, settings: noRuntCost)
            let tuned = lines(SampleText.seedParagraph, width: width)
            let plainRunt = plain.last!.text.split(separator: " ").count == 1
            let tunedRunt = tuned.last!.text.split(separator: " ").count == 1
            if plainRunt { runtsWithout += 1 }
            if tunedRunt { runtsWith += 1 }
            // The cost never creates a runt.
            #expect(!tunedRunt || plainRunt, "width \(width): runt appeared with the runt cost")
        }
        #expect(runtsWithout > 0, "no width produced a runt; the test proves nothing")
        #expect(runtsWith * 3 <= runtsWithout * 2, "the runt cost fixed too few: \(runtsWith) of \(runtsWithout) remain")
    }

    /// A runt stays only where no breaking within tolerance avoids it: wherever the breaker
    /// leaves one, a search within tolerance that pays any price to avoid a runt finds none
    /// either (or one that also ends in a runt).
    @Test func aRuntStaysOnlyWhereNoBreakingWithinToleranceAvoidsIt() {
        let settings = LineBreakSettings()
        var strict = settings
        strict.runtDemerits = 1e15
        strict.pretolerance = strict.tolerance
        let texts = [SampleText.seedParagraph, "Thư ký (người ghi biên bản): bà Lương Thị Thu Trang, Chuyên viên Văn phòng Sở.",
                     "Người ghi biên bản (thư ký): đồng chí Lê Thanh Hà, Chánh Văn phòng Đảng ủy."]
        var runts = 0, checked = 0
        for text in texts {
            let content = InlineContent(spans: [TextSpan(text, style: style)], settings: settings, ragged: false, shaper: .shared)
            for width in stride(from: 150.0, through: 470.0, by: 1.0) {
                let result = lines(text, width: width)
                guard result.count >= 2 else { continue }
                checked += 1
                guard result.last!.text.split(separator: " ").count == 1 else { continue }
                runts += 1
                guard let other = KnuthPlass(settings: strict).breakWithinTolerance(content.items, width: { _ in width }),
                      other.count >= 2 else { continue }
                let start = KnuthPlass.startOfLine(after: other[other.count - 2].position, content.items)
                let words = content.items[start..<other.last!.position].filter { $0.kind == .box && $0.startsWord }.count
                #expect(words == 1, "width \(width): '\(result.last!.text)' alone, though a breaking within tolerance avoids it")
            }
        }
        #expect(checked > 600)
    }

    @Test func textIsNeverHyphenatedOrAltered() {
        for width in stride(from: 120.0, through: 470.0, by: 35.0) {
            let result = lines(SampleText.seedParagraph, width: width)
            #expect(result.map(\.text).joined(separator: " ") == SampleText.seedParagraph)
        }
    }

    @Test func loosenessAsksForOneMoreLine() {
        let tight = Paragraph([TextSpan(SampleText.seedParagraph, style: style)], style: justified)
        var loose = tight
        loose.looseness = 1
        let context = LayoutContext()
        let normal = tight.typeset(width: 400, context: context).count
        let longer = loose.typeset(width: 400, context: context).count
        #expect(longer == normal + 1)
    }

    @Test func abstractItemsBreakOptimally() {
        // Three boxes of 40 with glue 10±5: width 90 fits two per line, so the best breaking
        // of five boxes is 2 + 2 + 1 with the last line on parfillskip.
        var items: [BreakItem] = []
        for i in 0..<5 {
            if i > 0 { items.append(.glue(10, stretch: 5, shrink: 3)) }
            items.append(.box(40))
        }
        items += [.penalty(Penalty.never), .glue(0, stretch: 0, shrink: 0, infinite: true), .penalty(Penalty.always)]
        let breaks = KnuthPlass().breakLines(items, width: { _ in 90 })
        #expect(breaks.map(\.position) == [3, 7, 11])
        #expect(breaks[0].ratio == 0)
    }
}

extension Double {
    static func root(_ value: Double, _ n: Double) -> Double { value <= 0 ? 0 : exp(log(value) / n) }
}

import Foundation
