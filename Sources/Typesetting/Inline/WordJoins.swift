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
    /// The most tokens in one word.
    private let longest: Int

    /// `words`: each entry one word, its tokens separated by single spaces; entries of one
    /// token are ignored (a line never breaks inside a token anyway).
    public init<S: Sequence>(_ words: S) where S.Element == String {
        var set: Set<String> = []
        var longest = 1
        for word in words {
            let tokens = word.split(whereSeparator: { $0.isWhitespace })
            guard tokens.count > 1 else { continue }
            set.insert(tokens.joined(separator: " ").lowercased())
            longest = max(longest, tokens.count)
        }
        self.words = set; self.longest = longest
    }

    /// One word per line, as word lists ship (blank lines and `#` comments skipped).
    public convenience init(lines text: String) {
        self.init(text.split(separator: "\n").lazy.filter { !$0.hasPrefix("#") }.map(String.init))
    }

    public var count: Int { words.count }

    public func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }

    /// A token of text: its core (without surrounding punctuation), whether punctuation
    /// stands before or after it, and the UTF-8 offset of the space run that follows it.
    struct Token {
        var core: String
        var leading: Bool
        var trailing: Bool
        var spaceAfter: Int?
    }

    /// The UTF-8 offsets (in `text`) of the spaces that fall inside a known word.
    public func interiorSpaces(in text: String) -> Set<Int> {
        let tokens = Self.tokens(text)
        var result: Set<Int> = []
        var i = 0
        while i < tokens.count {
            var matched = 1
            var n = min(longest, tokens.count - i)
            while n > 1 {
                let run = tokens[i..<(i + n)]
                let clean = run.indices.allSatisfy { j in
                    (j == i || !tokens[j].leading) && (j == i + n - 1 || !tokens[j].trailing)
                        && (j == i + n - 1 || tokens[j].spaceAfter != nil)
                }
                if clean && words.contains(run.map(\.core).joined(separator: " ").lowercased()) {
                    matched = n; break
                }
                n -= 1
            }
            if matched > 1 {
                for j in i..<(i + matched - 1) { if let space = tokens[j].spaceAfter { result.insert(space) } }
            }
            i += matched
        }
        return result
    }

    /// The space-separated tokens of `text`; a newline ends a token without joining it to
    /// the next (a forced break is never inside a word).
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current: [Character] = []
        var offset = 0
        func close(spaceAt: Int?) {
            guard !current.isEmpty else { return }
            var start = 0, end = current.count
            while start < end && !current[start].isLetter && !current[start].isNumber { start += 1 }
            while end > start && !current[end - 1].isLetter && !current[end - 1].isNumber { end -= 1 }
            tokens.append(Token(core: String(current[start..<end]), leading: start > 0,
                                trailing: end < current.count, spaceAfter: spaceAt))
            current = []
        }
        for character in text {
            if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
               BreakOpportunities.isBreakingSpace(scalar) {
                if !current.isEmpty { close(spaceAt: offset) }
            } else if character.isNewline {
                close(spaceAt: nil)
            } else {
                current.append(character)
            }
            offset += character.utf8.count
        }
        close(spaceAt: nil)
        return tokens
    }

    public static func == (a: WordJoins, b: WordJoins) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
