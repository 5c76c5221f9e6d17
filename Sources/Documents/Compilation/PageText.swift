import Typesetting

/// The text of a laid-out page as the index of people searches it: its runs in reading order
/// (top to bottom, then left to right) joined with spaces, every stretch of white space one
/// space and none at either end, as UTF-8 bytes. Joining the lines finds a name broken
/// across two of them.
enum PageText {
    static func bytes(of page: Page) -> [UInt8] {
        let texts = page.runs.sorted { ($0.origin.y, $0.origin.x) < ($1.origin.y, $1.origin.x) }.map(\.text)
        return collapsed(texts)
            ?? Array(texts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8)
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
