import Foundation

/// Checks on the lines of `pdftotext -layout` output against the record's text (issue 2
/// item 8). Each returns the problems it finds, empty when the lines are right, and how many
/// places it looked at, so a test can tell "no problem" from "nothing checked".
struct LineBreakChecks {
    /// The record's shown text fields (NFC, folded).
    var fields: [String]
    /// The layout file texts: their fixed strings are text of the document too.
    var layouts: [String]
    /// The PDF's text with `-layout`, NFC.
    var layout: String

    var lines: [String] { layout.components(separatedBy: "\n") }

    /// Document codes (`05-CT/TW` Party style, `152/KH-SLĐTBXH` state style) and dates.
    static let protectedPatterns = [#"\d+-[A-ZĐ]+/[A-ZĐ]+"#, #"\d+/[A-ZĐ]+-[A-ZĐ]+"#, #"\d{1,2}/\d{1,2}/\d{4}"#]

    /// Every code and date of the record is whole on a line as often as the record has it.
    func brokenCodesAndDates() -> (problems: [String], checked: Int) {
        let source = fields.joined(separator: "\n")
        var problems: [String] = [], checked = 0
        for pattern in Self.protectedPatterns {
            var counts: [String: Int] = [:]
            for token in Self.matches(pattern, in: source) { counts[token, default: 0] += 1 }
            for (token, count) in counts.sorted(by: { $0.key < $1.key }) {
                checked += 1
                let shown = layout.components(separatedBy: token).count - 1
                if shown < count { problems.append("\(token) is in the record \(count) time(s) but whole on a line only \(shown) time(s)") }
            }
        }
        return (problems, checked)
    }

    /// A line ends with `-` only where the record has a spaced hyphen: `before - after`.
    func hyphensAtLineEnds() -> (problems: [String], checked: Int) {
        let source = fields.map { $0.lowercased() }
        let lines = self.lines
        var problems: [String] = [], checked = 0
        for (index, line) in lines.enumerated() {
            for segment in Self.segments(line) where segment.text.hasSuffix("-") && segment.text != "-----" {
                checked += 1
                guard segment.text.hasSuffix(" -") else {
                    problems.append("line \(index + 1) breaks after a hyphen inside a word or code: \(line)")
                    continue
                }
                // The next line's part below this one (two-column blocks have two parts).
                let next = index + 1 < lines.count ? Self.segments(lines[index + 1]).first { $0.columns.overlaps(segment.columns) } : nil
                let before = segment.text.dropLast(2).split(separator: " ").last.map(Self.bare) ?? ""
                let after = next?.text.split(separator: " ").first.map(Self.bare) ?? ""
                let joined = "\(before) - \(after)".lowercased()
                if !source.contains(where: { $0.contains(joined) }) {
                    problems.append("line \(index + 1) ends with a hyphen where the record has no \"\(joined)\": \(line)")
                }
            }
        }
        return (problems, checked)
    }

    /// Every line starts and ends with a whole word: one of the record's or the layout's
    /// (or of a formatted date or time). Numbers, codes and dates are checked above.
    func brokenWords() -> (problems: [String], checked: Int) {
        let known = Set(Self.words((fields + layouts + ["giờ phút ngày tháng năm"]).joined(separator: " ")))
        var problems: [String] = [], checked = 0
        for (index, line) in lines.enumerated() {
            for segment in Self.segments(line) {
                let words = Self.words(segment.text)
                for word in Set([words.first, words.last].compactMap { $0 }) {
                    checked += 1
                    if !known.contains(word) {
                        problems.append("line \(index + 1): \"\(word)\" is no word of the record or layout (broken at the line end?): \(line)")
                    }
                }
            }
        }
        return (problems, checked)
    }

    /// A line starts with `- ` only as a list item (a bullet of the record, a Nơi nhận entry,
    /// a "- Thời gian:" line of the layout), never with the hyphen of `Lao động - Thương binh`.
    func hyphensAtLineStarts() -> (problems: [String], checked: Int) {
        var items = fields.map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
        for text in layouts { items += Self.matches(#"(?<=")- [^"{]+"#, in: text).map { String($0.dropFirst(2)) } }
        var problems: [String] = [], checked = 0
        for (index, line) in lines.enumerated() {
            for segment in Self.segments(line) where segment.text.hasPrefix("- ") {
                checked += 1
                let start = segment.text.dropFirst(2).split(separator: " ").prefix(2).joined(separator: " ")
                if !items.contains(where: { $0.hasPrefix(start) }) {
                    problems.append("line \(index + 1) starts with a hyphen that is no list item: \(line)")
                }
            }
        }
        return (problems, checked)
    }

    /// A part of a layout line and the columns it spans: parts of two-column blocks (header,
    /// signatures, table cells) are separated by three or more spaces.
    struct Segment {
        var text: String
        var columns: Range<Int>
    }

    static func segments(_ line: String) -> [Segment] {
        let characters = Array(line)
        var segments: [Segment] = []
        var start: Int?
        var spaces = 0
        func close(at end: Int) {
            guard let begin = start else { return }
            segments.append(Segment(text: String(characters[begin..<end]), columns: begin..<end))
            start = nil
        }
        for (index, character) in characters.enumerated() {
            if character == " " {
                spaces += 1
                if spaces == 3 { close(at: index - 2) }
            } else {
                if start == nil { start = index }
                spaces = 0
            }
        }
        close(at: characters.count - min(spaces, characters.count))
        return segments.filter { !$0.text.isEmpty }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    /// A word without the punctuation around it.
    static func bare(_ word: Substring) -> String {
        word.trimmingCharacters(in: CharacterSet(charactersIn: "()[]“”\"',.;:!?…*"))
    }

    /// Lowercased words without punctuation; numbers, codes and dates left out.
    static func words(_ text: String) -> [String] {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: { $0.isWhitespace })
            .map { bare($0).lowercased() }
            .filter { word in !word.isEmpty && !word.contains(where: \.isNumber) && word.contains(where: \.isLetter) }
    }
}
