import Testing
import TestSupport
@testable import Typesetting

/// Issue 11, Vietnamese break rules: a line breaks between words, not inside a word of
/// several syllables (`Thương binh`, `Y tế`); centred text breaks at phrase boundaries.
@Suite struct WordJoinsTests {
    static let joins = WordJoins(["thương binh", "lao động", "xã hội", "y tế", "thông tin", "truyền thông",
                                  "phương hướng", "nhiệm vụ", "chấp hành", "tán thành", "ban chấp hành",
                                  "đảng bộ", "hội nghị", "sơ kết", "triển khai", "trọng tâm"])

    /// The tokens of `text` whose following space lies inside a known word.
    static func joined(_ text: String) -> [String] {
        let spaces = joins.interiorSpaces(in: text)
        let bytes = Array(text.utf8)
        return spaces.sorted().map { end in
            let start = bytes[..<end].lastIndex(of: 0x20).map { $0 + 1 } ?? 0
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    /// The last token of `a` and the first of `b`, as one would-be word.
    static func across(_ a: String, _ b: String) -> String {
        let last: String = a.split(separator: " ").last.map(String.init) ?? ""
        let first: String = b.split(separator: " ").first.map(String.init) ?? ""
        return last + " " + first
    }

    @Test func matchesIgnoreCaseAndNormalisationAndStopAtPunctuation() {
        #expect(Self.joined("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") == ["LAO", "THƯƠNG", "XÃ"])
        // Decomposed (NFD) text, as some editors save it, matches the same words.
        #expect(Self.joined("Sở Y te\u{0302}\u{0301}") == ["Y"])
        // Never across a comma: "năm, phương hướng" joins only "phương hướng".
        #expect(Self.joined("đầu năm, phương hướng, nhiệm vụ") == ["phương", "nhiệm"])
        // Longest first: the three syllables of "Ban Chấp hành" hold together.
        #expect(Self.joined("Ban Chấp hành Đảng bộ") == ["Ban", "Chấp", "Đảng"])
        // A newline in a record ends a word.
        #expect(Self.joined("Thương\nbinh").isEmpty)
    }

    /// A stray entry of the list (`trường trung`) does not swallow the first syllable of the
    /// next word: of the two readings, the one with fewer words wins, and when they are as
    /// good, a break goes inside neither.
    @Test func segmentationLooksFromBothEnds() {
        let joins = WordJoins(["chi bộ", "trường trung", "trung học", "phổ thông", "cơ sở", "học sinh", "sinh hoạt"])
        func joined(_ text: String) -> [String] {
            let spaces = joins.interiorSpaces(in: text)
            let tokens = text.split(separator: " ")
            var offset = 0, result: [String] = []
            for token in tokens {
                offset += token.utf8.count
                if spaces.contains(offset) { result.append(String(token)) }
                offset += 1
            }
            return result
        }
        // "trường trung | học" and "trường | trung học" are as good: neither space breaks.
        #expect(joined("CHI BỘ TRƯỜNG TRUNG HỌC PHỔ THÔNG") == ["CHI", "TRƯỜNG", "TRUNG", "PHỔ"])
        // Fewer words wins whichever direction finds them.
        #expect(joined("học sinh hoạt cơ sở") == ["học", "sinh", "cơ"])
        #expect(joined("trường trung học phổ thông cơ sở") == ["trường", "trung", "phổ", "cơ"])
    }

    /// A list saved with Windows line endings reads as the same words.
    @Test func aListWithWindowsLineEndingsReadsTheSame() {
        let joins = WordJoins(lines: "# header\r\nthương binh\r\ny tế\r\n")
        #expect(joins.count == 2)
        #expect(joins.contains("Y tế") && joins.contains("thương binh"))
    }

    /// The lines `text` is set in, centred and balanced as a header, at `width` points.
    static func centred(_ text: String, width: Double, bold: Bool = true, words: WordJoins? = joins,
                        size: Double = 13) -> [String] {
        var style = ParagraphStyle(alignment: .center, leading: size * 1.2)
        style.balanced = true
        style.words = words
        let paragraph = Paragraph([TextSpan(text, style: TextStyle(font: Fixtures.serif(bold: bold), size: size))], style: style)
        return paragraph.typeset(width: width, context: LayoutContext()).map { $0.text.trimmingCharacters() }
    }

    @Test func theStateHeaderBreaksAfterItsDash() {
        // The state header's column: half of a 160 mm text block less a gap.
        let lines = Self.centred("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", width: 215, bold: false)
        #expect(lines == ["SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"], "\(lines)")
        let title = Self.centred("ĐẢNG BỘ SỞ Y TẾ", width: 100)
        #expect(!title.contains { $0.hasSuffix(" Y") }, "\(title)")
    }

    /// A newline in a record's text (a YAML `|` block) is where the clerk wants the break.
    @Test func aNewlineForcesABreak() {
        let lines = Self.centred("SỞ LAO ĐỘNG\nTHƯƠNG BINH VÀ XÃ HỘI", width: 400)
        #expect(lines == ["SỞ LAO ĐỘNG", "THƯƠNG BINH VÀ XÃ HỘI"], "\(lines)")
    }

    @Test func centredTitlesBreakAtTheComma() {
        let lines = Self.centred("Sơ kết công tác đầu năm, phương hướng, nhiệm vụ trọng tâm 6 tháng cuối năm", width: 300)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasSuffix(",") == true, "\(lines)")
    }

    /// Generated centred lines of known words, at many widths: no word of the list is ever
    /// split when each word fits the measure.
    @Test func generatedCentredLinesKeepEveryWordWhole() {
        var g = LineMeasureTests.Generator(state: 11)
        let words = ["thương binh", "lao động", "xã hội", "y tế", "thông tin", "truyền thông", "phương hướng",
                     "nhiệm vụ", "chấp hành", "tán thành", "đảng bộ", "hội nghị", "sơ kết", "triển khai", "trọng tâm"]
        let singles = ["sở", "và", "về", "của", "các", "năm", "6", "tháng"]
        var splits: [String] = []
        for _ in 0..<400 {
            var parts: [String] = []
            for _ in 0..<(3 + g.below(8)) { parts.append(g.below(3) == 0 ? g.pick(singles) : g.pick(words)) }
            let text = parts.joined(separator: " ")
            let width = Double(90 + g.below(260))
            let lines = Self.centred(text, width: width, bold: g.below(2) == 0)
            for (a, b) in zip(lines, lines.dropFirst()) {
                let pair = Self.across(a, b)
                if Self.joins.contains(pair) { splits.append("\(width): \(lines)") }
            }
        }
        #expect(splits.isEmpty, "\(splits.prefix(5))")
    }

    /// Justified text prefers a break between words: over the same paragraphs of compounds,
    /// known words are split less often than when the breaker does not know them. The cost is
    /// TeX's \hyphenpenalty, small on purpose: a larger one leaves too few good breaks in text
    /// where nearly every space is inside some word, and the spacing pays (docs/typesetting.md).
    @Test func justifiedTextPrefersBreaksBetweenWords() {
        func splits(_ joins: WordJoins?) -> (inside: Int, lines: Int) {
            var g = LineMeasureTests.Generator(state: 2023)
            let words = ["thương binh", "lao động", "xã hội", "thông tin", "phương hướng", "nhiệm vụ", "hội nghị",
                         "triển khai", "trọng tâm", "sở", "và", "các"]
            var inside = 0, lines = 0
            for _ in 0..<200 {
                let text = (0..<(20 + g.below(20))).map { _ in g.pick(words) }.joined(separator: " ")
                var paragraph = ParagraphStyle(alignment: .justify, leading: 17)
                paragraph.words = joins
                let set = Paragraph([TextSpan(text, style: TextStyle(font: Fixtures.serif(), size: 13))], style: paragraph)
                    .typeset(width: Double(200 + g.below(250)), context: LayoutContext()).map { $0.text.trimmingCharacters() }
                lines += set.count
                for (a, b) in zip(set, set.dropFirst()) where Self.joins.contains(Self.across(a, b)) { inside += 1 }
            }
            return (inside, lines)
        }
        let unknown = splits(nil), known = splits(Self.joins)
        #expect(unknown.inside > 100)
        #expect(known.inside * 20 < unknown.inside * 19, "\(known) with the words known, \(unknown) without")
        // The spacing does not pay with extra lines.
        #expect(known.lines <= unknown.lines + unknown.lines / 50, "\(known.lines) lines, \(unknown.lines) without")
    }
}

extension String {
    /// Without leading and trailing spaces.
    fileprivate func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
