import Typesetting

/// The text of a laid-out page as the index of people searches it: its runs in reading order
/// (top to bottom, then left to right), every stretch of white space one space and none at
/// either end, as UTF-8 bytes. The runs of one line, and the lines of one paragraph, are
/// joined with a space, so a name broken across two lines is found. Anything else is joined
/// with a newline, which no name reads across: the columns of one baseline (a signature
/// block's two names), and lines of different paragraphs or blocks (a signer's name and the
/// `Nơi nhận:` under it), so that two names side by side are not one longer name.
enum PageText {
    /// The horizontal gap (points) between two runs of one baseline above which they belong
    /// to different columns; a word space is a few points.
    static let columnGap = 12.0
    /// How far apart (points) two runs' baselines may be and still be one line.
    static let baselineTolerance = 0.01

    static func bytes(of page: Page) -> [UInt8] {
        let runs = page.runs.sorted { ($0.origin.y, $0.origin.x) < ($1.origin.y, $1.origin.x) }
        var stretches: [[String]] = []
        var previous: (run: GlyphRun, line: LinePlace?)?
        for run in runs {
            let line = LinePlace(of: run, in: page.placed)
            if let previous, !reads(from: previous, to: (run, line), placed: !page.placed.isEmpty) {
                stretches.append([])
            }
            if stretches.isEmpty { stretches.append([]) }
            stretches[stretches.count - 1].append(run.text)
            previous = (run, line)
        }
        var out: [UInt8] = []
        for texts in stretches {
            let text = collapsed(texts)
                ?? Array(texts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8)
            guard !text.isEmpty else { continue }
            if !out.isEmpty { out.append(0x0A) }
            out.append(contentsOf: text)
        }
        return out
    }

    /// Whether the text reads on from one run to the next (in reading order): along one
    /// line, or from a paragraph's line to its next. Without placed boxes (a page made by
    /// hand) every line reads on.
    private static func reads(from a: (run: GlyphRun, line: LinePlace?), to b: (run: GlyphRun, line: LinePlace?),
                              placed: Bool) -> Bool {
        if abs(a.run.origin.y - b.run.origin.y) <= baselineTolerance {
            return b.run.origin.x - (a.run.origin.x + a.run.width) <= columnGap
        }
        guard placed else { return true }
        guard let from = a.line, let to = b.line else { return false }
        return from.paragraph == to.paragraph && to.index == from.index + 1
    }

    /// Which line of which paragraph a run is set on, from the page's placed boxes: the box
    /// whose height holds the run's baseline, the rightmost one starting left of the run (the
    /// run's column); nil when that box is not a paragraph's line.
    private struct LinePlace {
        let paragraph: Int
        let index: Int

        init?(of run: GlyphRun, in placed: [PlacedBox]) {
            let y = run.origin.y, x = run.origin.x, tolerance = PageText.baselineTolerance
            // Indices, not copies: a box's role and mark hold strings, and this runs for
            // every run of a booklet against every box of its page.
            var best: Int?
            for candidate in placed.indices where placed[candidate].y - tolerance <= y
                && y <= placed[candidate].y + placed[candidate].height + tolerance
                && placed[candidate].x <= x + tolerance && placed[candidate].x >= (best.map { placed[$0].x } ?? -.infinity) {
                best = candidate
            }
            guard let best, case .line(let paragraph, let index, _) = placed[best].role else { return nil }
            self.paragraph = paragraph
            self.index = index
        }
    }

    /// The joined text made byte by byte, or nil when that could differ from splitting it at
    /// white-space characters: where a character (grapheme) could mix white space with other
    /// scalars, such as a combining mark after a space. A booklet's pages are megabytes of
    /// text, and going character by character was most of the index's time.
    static func collapsed(_ texts: [String]) -> [UInt8]? {
        var collapser = Collapser(capacity: texts.reduce(0) { $0 + $1.utf8.count + 1 })
        for (position, text) in texts.enumerated() {
            if position > 0 {
                guard collapser.add(0x20, bytes: nil) else { return nil }
            }
            var text = text
            let fine = text.withUTF8 { collapser.add($0) }
            guard fine else { return nil }
        }
        return collapser.out
    }

    /// Copies scalars, dropping white space and putting one space between the stretches.
    private struct Collapser {
        var out: [UInt8] = []
        var pendingSpace = false
        var previousPlain = true
        var previousWhite = false

        init(capacity: Int) { out.reserveCapacity(capacity) }

        /// Adds the UTF-8 text `utf8` (valid, as a String's is); false where the result
        /// could differ from a split at white-space characters.
        mutating func add(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            while index < utf8.count {
                let lead = utf8[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard index + length <= utf8.count else { return false }
                var value = UInt32(lead)
                if length > 1 {
                    value &= UInt32(0x7F >> length)
                    for k in 1..<length { value = value << 6 | UInt32(utf8[index + k] & 0x3F) }
                }
                guard add(value, bytes: UnsafeBufferPointer(rebasing: utf8[index..<index + length])) else { return false }
                index += length
            }
            return true
        }

        /// Adds one scalar, whose UTF-8 bytes are `bytes` (nil for ASCII).
        mutating func add(_ value: UInt32, bytes: UnsafeBufferPointer<UInt8>?) -> Bool {
            let white = PageText.isWhite(value)
            let plain = white || PageText.isPlain(value)
            if white {
                // Only a prepended mark joins what follows it into one character.
                guard previousPlain else { return false }
                pendingSpace = true
            } else {
                // Only marks and joiners attach themselves to the character before them.
                if previousWhite && !plain { return false }
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                if value < 0x80 { out.append(UInt8(value)) } else if let bytes { out.append(contentsOf: bytes) }
            }
            previousPlain = plain
            previousWhite = white
            return true
        }
    }

    /// Unicode White_Space, what `Character.isWhitespace` tests of a character's first
    /// scalar; the letters Vietnamese is written with are answered without a table lookup.
    static func isWhite(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20: return true
        case 0..<0x80, 0xC0..<0x300, 0x1E00...0x1EFF: return false
        default: return Unicode.Scalar(value)?.properties.isWhitespace ?? false
        }
    }

    /// A scalar that never joins a neighbour into one character (its grapheme break property
    /// is neither Extend, ZWJ, SpacingMark nor Prepend): the blocks Vietnamese text is
    /// written in, ASCII, Latin-1 and Latin Extended up to the spacing modifiers, Latin
    /// Extended Additional (every precomposed Vietnamese letter), General Punctuation (quotes
    /// “ ”, dashes, ellipsis) with currency signs (₫), letterlike symbols, arrows and
    /// mathematical operators, but not their combining marks (U+20D0 to U+20FF) nor the
    /// joiners U+200C and U+200D. Anything else takes the slow, exact way.
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x1E00...0x1EFF, 0x2100...0x2BFF: return true
        case 0x200C, 0x200D: return false
        case 0x2000...0x20CF: return true
        default: return false
        }
    }
}
