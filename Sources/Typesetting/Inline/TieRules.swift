/// A rule of some language saying which neighbouring tokens belong on one line: a number
/// with the word it counts, a date word with its number. Like TeX's tie (`~`), but a cost
/// rather than a prohibition: a break at a tied space costs `LineBreakSettings.tiePenalty`,
/// so a paragraph that cannot be set well otherwise may still break there.
public protocol TieRule: Sendable {
    /// The indices `i` of `tokens` whose space after them ties token `i` to token `i + 1`.
    func ties(in tokens: [TextToken]) -> [Int]
}

/// The tie rules a paragraph style carries (`ParagraphStyle.ties`). A reference type shared
/// by every style that uses it, compared by identity; immutable, and its rules are Sendable.
public final class TieRules: Sendable, Hashable {
    private let rules: [any TieRule]

    public init(_ rules: [any TieRule]) { self.rules = rules }

    /// The UTF-8 offsets (in `text`) of the spaces some rule ties.
    public func tiedSpaces(in text: String) -> Set<Int> { tiedSpaces(in: TextToken.tokens(text)) }

    /// The offsets of the tied spaces, from the text's tokens.
    public func tiedSpaces(in tokens: [TextToken]) -> Set<Int> {
        var result: Set<Int> = []
        for rule in rules {
            for index in rule.ties(in: tokens) where tokens.indices.contains(index) {
                if let space = tokens[index].spaceAfter { result.insert(space) }
            }
        }
        return result
    }

    public static func == (a: TieRules, b: TieRules) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
