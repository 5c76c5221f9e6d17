import Typesetting

/// People a text names that no record field lists, kept on one line where the paragraph
/// allows: a form of address (`ông`, `bà`, `đồng chí`, `đ/c` …) followed by two to five
/// capitalised syllables, `ông Trịnh Văn Đức`, `đồng chí Mùa A Dơ`. Vietnamese writes every
/// syllable of a personal name with a capital and the words around it in lower case, so the
/// run after a form of address is the name (docs/typesetting.md, "Names").
///
/// A tie, not the unbreakable span of the people a record names (`ProtectedNames`): the
/// guess may be wrong, and where no other breaking keeps a justified paragraph within
/// tolerance a break inside it is better than a line stretched past two spaces (in ragged
/// text a tie binds, and gives way quietly where the name is wider than the measure). A title after the form of
/// address (`đồng chí Bí thư Chi bộ`) has one capitalised syllable before a lower-case one
/// and ties nothing; text in capitals (headers, headings) shows no name's end and is skipped.
public struct NamesAfterTitles: TieRule {
    public init() {}

    /// Forms of address that introduce a person's name, lower case, one or two syllables.
    static let titles: Set<String> = [
        "ông", "bà", "anh", "chị", "cô", "thầy", "cụ", "em", "cháu", "đ/c", "đc",
        "đồng chí", "bác sĩ", "dược sĩ", "y sĩ", "luật sư", "kỹ sư", "nhà báo",
    ]
    /// The most syllables a name takes (`Phạm Nguyễn Hoàng Bảo Ngọc`).
    static let longestName = 5

    public func ties(in tokens: [TextToken]) -> [Int] {
        var result: [Int] = []
        var index = 0
        while index < tokens.count {
            guard let start = Self.nameStart(after: index, tokens) else { index += 1; continue }
            var end = start + 1
            while end < tokens.count, end - start < Self.longestName, Self.isNameSyllable(tokens[end]),
                  tokens[end - 1].meetsCleanly(tokens[end]) {
                end += 1
            }
            if end - start >= 2 { result += start..<(end - 1) }
            index = max(end - 1, index + 1)
        }
        return result
    }

    /// Where a name starts when a form of address of one or two tokens starts at `index`
    /// and meets a capitalised syllable.
    static func nameStart(after index: Int, _ tokens: [TextToken]) -> Int? {
        for length in [2, 1] where index + length < tokens.count {
            let words = tokens[index..<(index + length + 1)]
            guard zip(words, words.dropFirst()).allSatisfy({ $0.meetsCleanly($1) }) else { continue }
            let title = words.dropLast().map(\.core).joined(separator: " ")
            if titles.contains(title) && isNameSyllable(tokens[index + length]) { return index + length }
        }
        return nil
    }

    /// A syllable of a name: a capital letter, then lower-case letters only (`Văn`, `A`).
    static func isNameSyllable(_ token: TextToken) -> Bool {
        guard let first = token.text.first, first.isUppercase else { return false }
        return token.text.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase }
    }
}
