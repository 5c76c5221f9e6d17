import Render
import Typesetting

/// Looks into laid-out pages the way a reviewing official looks at a printed page: which
/// lines are where, in which font, and which rules are drawn.
public struct DocumentProbe {
    public let pages: [Page]
    public let lines: [[TraceLine]]

    public init(pages: [Page]) {
        self.pages = pages
        let trace = TraceRenderer()
        self.lines = pages.map { trace.lines(of: $0) }
    }

    /// Every line of every page, with its page number (1-based).
    public var allLines: [(page: Int, line: TraceLine)] {
        lines.enumerated().flatMap { index, lines in lines.map { (index + 1, $0) } }
    }

    /// The first line whose text equals `text`.
    public func line(_ text: String) -> (page: Int, line: TraceLine)? {
        allLines.first { $0.line.text == text }
    }

    /// Lines whose text starts with `prefix`.
    public func lines(startingWith prefix: String) -> [(page: Int, line: TraceLine)] {
        allLines.filter { $0.line.text.hasPrefix(prefix) }
    }

    /// The glyph runs of page `page` (1-based) whose text is part of `text`'s line.
    public func runs(onLine line: TraceLine, page: Int) -> [GlyphRun] {
        pages[page - 1].runs.filter { abs($0.origin.y - line.y) < 0.02 }
    }

    /// Rules drawn on page `page` (1-based).
    public func rules(page: Int) -> [RuleElement] {
        pages[page - 1].elements.compactMap { if case .rule(let rule) = $0 { return rule } else { return nil } }
    }

    /// The text of lines wholly left of `x`, then of lines wholly right of it, each in
    /// reading order: how a reader reads a two-column header or a table's first column.
    public func columnText(splitAt x: Double) -> String {
        let left = allLines.filter { $0.line.maxX <= x }.map(\.line.text)
        let right = allLines.filter { $0.line.minX >= x }.map(\.line.text)
        return Text.fold((left + right).joined(separator: " "))
    }

    /// All text of the document, whitespace folded to single spaces.
    public var foldedText: String {
        Text.fold(allLines.map(\.line.text).joined(separator: " "))
    }
}

/// Text helpers for comparing what a record says with what a page shows.
public enum Text {
    /// Collapses every run of whitespace to one space and trims the ends.
    public static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
