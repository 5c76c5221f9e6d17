/// A dictionary of words written as several space-separated tokens (Vietnamese compounds
/// such as `Thương binh`, `Y tế`), for any language: a line break inside one costs more than
/// a break between words (see `LineBreakSettings.wordJoinPenalty`).
///
/// Matching ignores case and Unicode normalisation (Swift compares strings by canonical
/// equivalence), takes the longest word first from left to right, and never joins across
/// punctuation (`năm, phương hướng` joins only `phương hướng`). A reference type shared by
/// every paragraph style that uses it; immutable after `init`, hence Sendable.
public final class WordJoins: Sendable, Hashable {
    private let words: Set<String>
    /// Every run of two or more leading tokens of a longer word (`a di` of `a di đà phật`):
    /// matching extends a run only while it can still become a word, so most positions cost
    /// one or two look-ups, not one per possible length.
    private let prefixes: Set<String>

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
        for word in words {
            // The prefixes end before each inner space but the first: `a di đà` of `a di đà phật`.
            var spaces = word.utf8.indices.filter { word.utf8[$0] == UInt8(ascii: " ") }
            guard !spaces.isEmpty else { continue }
            set.insert(word)
            spaces.removeFirst()
            for space in spaces { prefixes.insert(String(word[..<space])) }
        }
        self.words = set; self.prefixes = prefixes
    }

    /// One word per line, lower-case with single spaces, as a generated list ships (blank
    /// lines and `#` comments skipped). Read as it is, without splitting or case mapping: a
    /// large list is read once per process, before the first paragraph.
    public convenience init(lines text: String) {
        self.init(normalized: text.split(separator: "\n").lazy.filter { !$0.hasPrefix("#") }.map(String.init))
    }

    public var count: Int { words.count }

    public func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }

    /// The UTF-8 offsets (in `text`) of the spaces that fall inside a known word.
    public func interiorSpaces(in text: String) -> Set<Int> { interiorSpaces(in: TextToken.tokens(text)) }

    /// The offsets of the spaces inside a known word, from the text's tokens.
    public func interiorSpaces(in tokens: [TextToken]) -> Set<Int> {
        var result: Set<Int> = []
        var i = 0
        while i < tokens.count {
            // The longest word starting at token i: the run grows one token at a time while
            // it stays clean (no punctuation or forced break inside) and can still be a word.
            var matched = 1
            var key = tokens[i].core
            var end = i + 1
            while end < tokens.count, !tokens[end - 1].trailing, tokens[end - 1].spaceAfter != nil, !tokens[end].leading {
                key += " " + tokens[end].core
                end += 1
                if words.contains(key) { matched = end - i }
                guard prefixes.contains(key) else { break }
            }
            if matched > 1 {
                for j in i..<(i + matched - 1) { if let space = tokens[j].spaceAfter { result.insert(space) } }
            }
            i += matched
        }
        return result
    }

    public static func == (a: WordJoins, b: WordJoins) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
