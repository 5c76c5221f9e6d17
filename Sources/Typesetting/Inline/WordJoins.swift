/// A dictionary of words written as several space-separated tokens (Vietnamese compounds
/// such as `Thương binh`, `Y tế`), for any language: a line break inside one costs more than
/// a break between words (see `LineBreakSettings.wordJoinPenalty`).
///
/// Matching ignores case and Unicode normalisation (Swift compares strings by canonical
/// equivalence), segments by bidirectional maximum matching, and never joins across
/// punctuation (`năm, phương hướng` joins only `phương hướng`). A reference type shared by
/// every paragraph style that uses it; immutable after `init`, hence Sendable.
public final class WordJoins: Sendable, Hashable {
    private let words: Set<String>
    /// Every run of two or more leading tokens of a longer word (`a di` of `a di đà phật`):
    /// matching extends a run only while it can still become a word, so most positions cost
    /// one or two look-ups, not one per possible length.
    private let prefixes: Set<String>
    /// Tokens in the longest word, the most a right-to-left match tries.
    private let longest: Int

    /// `words`: each entry one word, its tokens separated by single spaces; entries of one
    /// token are ignored (a line never breaks inside a token anyway).
    public convenience init<S: Sequence>(_ words: S) where S.Element == String {
        self.init(normalized: words.lazy.map {
            $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
        })
    }

    /// Words already lower-cased with single spaces between their tokens.
    private init<S: Sequence>(normalized words: S) where S.Element == String {
        var set: Set<String> = [], prefixes: Set<String> = []
        var longest = 2
        for word in words {
            // The prefixes end before each inner space but the first: `a di đà` of `a di đà phật`.
            var spaces = word.utf8.indices.filter { word.utf8[$0] == UInt8(ascii: " ") }
            guard !spaces.isEmpty else { continue }
            set.insert(word)
            longest = max(longest, spaces.count + 1)
            spaces.removeFirst()
            for space in spaces { prefixes.insert(String(word[..<space])) }
        }
        self.words = set; self.prefixes = prefixes; self.longest = longest
    }

    /// One word per line, lower-case with single spaces, as a generated list ships (blank
    /// lines and `#` comments skipped). Read as it is, without splitting or case mapping: a
    /// large list is read once per process, before the first paragraph.
    public convenience init(lines text: String) {
        // Any line ending: a list saved on Windows (`\r\n`, one Character in Swift) reads the same.
        self.init(normalized: text.split(whereSeparator: \.isNewline).lazy.filter { !$0.hasPrefix("#") }.map(String.init))
    }

    public var count: Int { words.count }

    public func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }

    /// The UTF-8 offsets (in `text`) of the spaces that fall inside a known word.
    public func interiorSpaces(in text: String) -> Set<Int> { interiorSpaces(in: TextToken.tokens(text)) }

    /// The offsets of the spaces inside a known word, from the text's tokens.
    ///
    /// Each run of tokens that may form words (no punctuation or forced break between them) is
    /// segmented twice, longest word first from the left and from the right, and the better
    /// segmentation wins: fewer words, then fewer words of one token. This is bidirectional
    /// maximum matching, the usual dictionary segmentation of Chinese and Vietnamese text; one
    /// direction alone lets a stray entry swallow a syllable of the next word (`trường trung`
    /// of `trường trung học`). When both are as good, the words of both count (`nội bộ năm`
    /// holds together rather than guess between `nội bộ` and the list's `bộ năm`): a break
    /// is then never placed inside either reading.
    public func interiorSpaces(in tokens: [TextToken]) -> Set<Int> {
        var result: Set<Int> = []
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count && Self.joinable(tokens, end - 1) { end += 1 }
            if end - start > 1 {
                let forward = forwardWords(tokens, start..<end), backward = backwardWords(tokens, start..<end)
                for word in Self.better(backward, forward, tokens: end - start) ?? (forward + backward) {
                    for j in word.dropLast() { if let space = tokens[j].spaceAfter { result.insert(space) } }
                }
            }
            start = end
        }
        return result
    }

    /// Whether token `i` and the next may belong to one word: a plain space between them,
    /// no punctuation on either side of it.
    private static func joinable(_ tokens: [TextToken], _ i: Int) -> Bool {
        !tokens[i].trailing && tokens[i].spaceAfter != nil && !tokens[i + 1].leading
    }

    /// The words of two tokens or more found longest first from the left, in `run`.
    private func forwardWords(_ tokens: [TextToken], _ run: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = run.lowerBound
        while i < run.upperBound {
            // The run grows one token at a time while it can still become a word.
            var matched = 1
            var key = tokens[i].core
            var end = i + 1
            while end < run.upperBound {
                key += " " + tokens[end].core
                end += 1
                if self.words.contains(key) { matched = end - i }
                guard prefixes.contains(key) else { break }
            }
            if matched > 1 { words.append(i..<(i + matched)) }
            i += matched
        }
        return words
    }

    /// The words of two tokens or more found longest first from the right, in `run`.
    private func backwardWords(_ tokens: [TextToken], _ run: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var end = run.upperBound
        while end > run.lowerBound {
            var matched = 1
            for length in stride(from: min(longest, end - run.lowerBound), through: 2, by: -1) {
                let key = tokens[(end - length)..<end].map(\.core).joined(separator: " ")
                if self.words.contains(key) { matched = length; break }
            }
            if matched > 1 { words.append((end - matched)..<end) }
            end -= matched
        }
        return words.reversed()
    }

    /// Of two segmentations of a run of `tokens` tokens, the one with fewer words, then with
    /// fewer words of one token; nil when they differ and neither is better.
    private static func better(_ first: [Range<Int>], _ second: [Range<Int>], tokens: Int) -> [Range<Int>]? {
        func score(_ words: [Range<Int>]) -> (Int, Int) {
            let covered = words.reduce(0) { $0 + $1.count }
            return (tokens - covered + words.count, tokens - covered)
        }
        if first == second { return first }
        let a = score(first), b = score(second)
        return a == b ? nil : (a < b ? first : second)
    }

    public static func == (a: WordJoins, b: WordJoins) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
