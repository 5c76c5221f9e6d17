/// People a text names that no record field lists: a form of address (`ông`, `bà`, `đồng chí`,
/// `đ/c` …) followed by two to five capitalised syllables, `ông Trịnh Văn Đức`, `đồng chí Mùa
/// A Dơ`. Vietnamese writes every syllable of a personal name with a capital and the words
/// around it in lower case, so the run after a form of address is the name
/// (docs/typesetting.md, "Names").
///
/// A title after the form of address (`đồng chí Bí thư Chi bộ`) has one capitalised syllable
/// before a lower-case one and is left alone; `đồng chí Phó Bí thư` keeps `Phó Bí` together,
/// which costs nothing a reader would see. Text in capitals (headers, headings) is skipped:
/// there no syllable shows where a name ends.
enum NamesAfterTitles {
    /// Forms of address that introduce a person's name, lower case, one or two syllables.
    static let titles: Set<String> = [
        "ông", "bà", "anh", "chị", "cô", "thầy", "cụ", "em", "cháu", "đ/c", "đc",
        "đồng chí", "bác sĩ", "dược sĩ", "y sĩ", "luật sư", "kỹ sư", "nhà báo",
    ]
    /// The most syllables a name takes (`Phạm Nguyễn Hoàng Bảo Ngọc`).
    static let longestName = 5

    /// The character ranges of `text` holding a name introduced by a form of address.
    static func ranges(in text: [Character]) -> [Range<Int>] {
        let words = wordRanges(text)
        var result: [Range<Int>] = []
        var index = 0
        while index < words.count {
            // A form of address of one or two syllables, its last word met by the name.
            var nameStart: Int? = nil
            for length in [2, 1] where index + length < words.count {
                let title = words[index..<(index + length)].map { String(text[$0]).lowercased() }.joined(separator: " ")
                if titles.contains(title) && spaced(words[index..<(index + length + 1)], text) {
                    nameStart = index + length; break
                }
            }
            guard let start = nameStart else { index += 1; continue }
            var end = start
            while end < words.count, end - start < longestName, isNameSyllable(text[words[end]]),
                  end == start || spaced(words[(end - 1)...end], text) {
                end += 1
            }
            if end - start >= 2 {
                result.append(words[start].lowerBound..<words[end - 1].upperBound)
                index = end
            } else {
                index = start
            }
        }
        return result
    }

    /// A syllable of a name: a capital letter, then lower-case letters only (`Văn`, `A`).
    static func isNameSyllable(_ word: ArraySlice<Character>) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        return word.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase }
    }

    /// The words of `text`: runs of letters, digits and `/` (so that `đ/c` is one word).
    private static func wordRanges(_ text: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int? = nil
        for (i, character) in text.enumerated() {
            let inWord = character.isLetter || character.isNumber || character == "/"
            if inWord && start == nil { start = i }
            if !inWord, let s = start { ranges.append(s..<i); start = nil }
        }
        if let s = start { ranges.append(s..<text.count) }
        return ranges
    }

    /// Whether consecutive words are separated by single plain spaces only (no punctuation:
    /// `ông Lâm, Trưởng phòng` ends the name at the comma).
    private static func spaced(_ words: ArraySlice<Range<Int>>, _ text: [Character]) -> Bool {
        zip(words, words.dropFirst()).allSatisfy { a, b in
            b.lowerBound == a.upperBound + 1 && text[a.upperBound] == " "
        }
    }
}
