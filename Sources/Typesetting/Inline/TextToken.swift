/// A space-separated token of a paragraph's text, as join rules (`WordJoins`, `TieRule`) see it:
/// its core without surrounding punctuation, whether punctuation stands before or after it,
/// and where the space after it is.
public struct TextToken: Sendable, Hashable {
    /// The token without leading and trailing punctuation, in its own case (`XIII` of `XIII;`).
    public var text: String
    /// `text` lower-cased, for matching.
    public var core: String
    /// Punctuation stands before the core (`(15/6/1933`).
    public var leading: Bool
    /// Punctuation stands after the core (`XIII;`, `2023)`).
    public var trailing: Bool
    /// UTF-8 offset of the space run that follows the token; nil at the end of the text or
    /// before a forced break.
    public var spaceAfter: Int?

    /// Whether token `self` and the next one meet at a plain space: no punctuation on either
    /// side of it and no forced break (`năm 2023`, not `năm, 2023`).
    public func meetsCleanly(_ next: TextToken) -> Bool { !trailing && spaceAfter != nil && !next.leading }

    /// The space-separated tokens of `text`; a newline ends a token without joining it to
    /// the next (a forced break is never inside a word).
    public static func tokens(_ text: String) -> [TextToken] {
        var tokens: [TextToken] = []
        var current: [Character] = []
        var offset = 0
        func close(spaceAt: Int?) {
            guard !current.isEmpty else { return }
            var start = 0, end = current.count
            while start < end && !current[start].isLetter && !current[start].isNumber { start += 1 }
            while end > start && !current[end - 1].isLetter && !current[end - 1].isNumber { end -= 1 }
            let text = String(current[start..<end])
            tokens.append(TextToken(text: text, core: text.lowercased(), leading: start > 0,
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
}
