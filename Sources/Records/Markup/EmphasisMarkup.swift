/// The small inline markup of record text fields: `*nghiêng*` for italic, `**đậm**` for bold,
/// `***both***`, and `\*` for a literal star. Whether a run of stars opens or closes emphasis
/// follows CommonMark's flanking rules, read as for `_` (never inside a word), so `2*3*4`,
/// `(*)`, `95% (*)` and a lone `*` print exactly as written: no character is ever lost.
/// Records parse it at load (to warn about unclosed emphasis where it stands); the documents
/// style the pieces.
public enum EmphasisMarkup {
    /// A stretch of text with its emphasis.
    public struct Piece: Equatable, Sendable {
        public var text: String
        public var bold: Bool
        public var italic: Bool

        public init(text: String, bold: Bool, italic: Bool) {
            self.text = text
            self.bold = bold
            self.italic = italic
        }
    }

    /// The pieces of `text`, and the offsets (in Unicode scalars) of stars that open an
    /// emphasis never closed (printed as stars, and worth a warning).
    public struct Parsed: Equatable, Sendable {
        public var pieces: [Piece]
        public var unclosed: [(offset: Int, stars: Int)]

        public static func == (a: Parsed, b: Parsed) -> Bool {
            a.pieces == b.pieces && a.unclosed.map(\.offset) == b.unclosed.map(\.offset)
        }
    }

    /// One run of stars: how it may act, and what matching made of it.
    private struct Run {
        let offset: Int
        let length: Int
        let canOpen: Bool
        let canClose: Bool
        var remaining: Int
        var active = true
        /// Star counts (1 italic, 2 bold) this run opens or closes, innermost first.
        var opens: [Int] = []
        var closes: [Int] = []
    }

    private enum Item {
        case text(String.UnicodeScalarView)
        case run(Int)
    }

    public static func parse(_ text: String) -> Parsed {
        guard text.utf8.contains(UInt8(ascii: "*")) else {
            return Parsed(pieces: text.isEmpty ? [] : [Piece(text: text, bold: false, italic: false)], unclosed: [])
        }
        let scalars = Array(text.unicodeScalars)
        var items: [Item] = []
        var runs: [Run] = []
        var literal = String.UnicodeScalarView()
        func flushLiteral() { if !literal.isEmpty { items.append(.text(literal)); literal = .init() } }
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\\", i + 1 < scalars.count, scalars[i + 1] == "*" {
                literal.append("*"); i += 2; continue
            }
            guard scalars[i] == "*" else { literal.append(scalars[i]); i += 1; continue }
            var end = i
            while end < scalars.count, scalars[end] == "*" { end += 1 }
            let before: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
            let after: Unicode.Scalar? = end < scalars.count ? scalars[end] : nil
            let (canOpen, canClose) = flanking(before: before, after: after)
            flushLiteral()
            items.append(.run(runs.count))
            runs.append(Run(offset: i, length: end - i, canOpen: canOpen, canClose: canClose, remaining: end - i))
            i = end
        }
        flushLiteral()
        match(&runs)

        var pieces: [Piece] = []
        var bold = 0, italic = 0
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { pieces.append(Piece(text: String(current), bold: bold > 0, italic: italic > 0)); current = .init() }
        }
        func apply(_ stars: Int, _ delta: Int) {
            flush()
            if stars == 2 { bold += delta } else { italic += delta }
        }
        for item in items {
            switch item {
            case .text(let text):
                current.append(contentsOf: text)
            case .run(let index):
                let run = runs[index]
                for stars in run.closes { apply(stars, -1) }
                current.append(contentsOf: String(repeating: "*", count: run.remaining).unicodeScalars)
                for stars in run.opens.reversed() { apply(stars, 1) }
            }
        }
        flush()
        let unclosed = runs.filter { $0.canOpen && !$0.canClose && $0.remaining == $0.length }.map { ($0.offset, $0.length) }
        return Parsed(pieces: pieces, unclosed: unclosed)
    }

    /// Whether a star run between `before` and `after` may open and close emphasis:
    /// CommonMark's left- and right-flanking runs, with `_`'s rule that a run inside a word
    /// (flanking both ways between letters or digits) does neither, and a star alone in
    /// brackets (`(*)`, `[*]`) taken as a mark of its own.
    private static func flanking(before: Unicode.Scalar?, after: Unicode.Scalar?) -> (open: Bool, close: Bool) {
        if let before, let after, "([{".unicodeScalars.contains(before), ")]}".unicodeScalars.contains(after) {
            return (false, false)
        }
        let spaceBefore = before.map(isSpace) ?? true, spaceAfter = after.map(isSpace) ?? true
        let punctBefore = before.map(isPunctuation) ?? false, punctAfter = after.map(isPunctuation) ?? false
        let left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore)
        let right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter)
        return (left && (!right || punctBefore), right && (!left || punctAfter))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// CommonMark's "process emphasis": each closer, left to right, takes the nearest
    /// opener before it (two stars when both have two, else one), skipping pairs the rule of
    /// three forbids; runs between a matched pair can no longer match.
    private static func match(_ runs: inout [Run]) {
        var closer = 0
        while closer < runs.count {
            guard runs[closer].canClose, runs[closer].active, runs[closer].remaining > 0 else { closer += 1; continue }
            var found: Int?
            var opener = closer - 1
            while opener >= 0 {
                let candidate = runs[opener]
                if candidate.canOpen, candidate.active, candidate.remaining > 0 {
                    let bothWays = candidate.canClose || runs[closer].canOpen
                    let sum = candidate.length + runs[closer].length
                    if !(bothWays && sum % 3 == 0 && !(candidate.length % 3 == 0 && runs[closer].length % 3 == 0)) {
                        found = opener; break
                    }
                }
                opener -= 1
            }
            guard let found else { closer += 1; continue }
            let use = runs[found].remaining >= 2 && runs[closer].remaining >= 2 ? 2 : 1
            runs[found].remaining -= use
            runs[closer].remaining -= use
            runs[found].opens.append(use)
            runs[closer].closes.append(use)
            for between in (found + 1)..<closer { runs[between].active = false }
            if runs[closer].remaining == 0 { closer += 1 }
        }
    }
}
