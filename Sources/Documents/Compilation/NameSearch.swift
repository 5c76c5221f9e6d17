import Foundation

/// Finds the pages on which each of a set of names stands as a whole name, in page texts made
/// by `PageText`: as whole words ("Nguyễn Văn An" is not in "Nguyễn Văn Anh"), and not as part
/// of a longer run of name syllables ("Nguyễn Thị Thu" is not in "Nguyễn Thị Thu Hà", nor
/// "Thị Thu Hà" in it).
///
/// Texts and names are searched as UTF-8 bytes (both are NFC), because String search is
/// grapheme-aware and a booklet has hundreds of names and pages. Each page is read once: at
/// every word start, the word is looked up among the names' first words, and only the names
/// that begin with it are compared there. Only a match looks at the words around it.
struct NameSearch {
    private let names: [[UInt8]]
    /// Names by the hash of their first word (the bytes before the first separator).
    private let byFirstWord: [UInt64: [Int]]
    /// Names that begin with a separator, which have no first word: searched on their own.
    private let unanchored: [Int]

    init(_ names: [String]) {
        self.names = names.map { Array($0.utf8) }
        var byFirstWord: [UInt64: [Int]] = [:]
        var unanchored: [Int] = []
        for (index, name) in self.names.enumerated() {
            let length = name.withUnsafeBufferPointer { Self.wordLength($0, at: 0) }
            if length == 0 {
                unanchored.append(index)
            } else {
                byFirstWord[Self.hash(name[0..<length]), default: []].append(index)
            }
        }
        self.byFirstWord = byFirstWord
        self.unanchored = unanchored
    }

    /// For each name, in the order given, the 1-based numbers of the texts it stands in.
    func pages(in texts: [[UInt8]]) -> [[Int]] {
        var result = Array(repeating: [Int](), count: names.count)
        for (offset, text) in texts.enumerated() {
            let page = offset + 1
            text.withUnsafeBufferPointer { haystack in
                var start = 0
                while start < haystack.count {
                    // `start` is a word start: the beginning, or just after a separator.
                    let end = start + Self.wordLength(haystack, at: start)
                    if end > start, let candidates = byFirstWord[Self.hash(haystack[start..<end])] {
                        for index in candidates where result[index].last != page
                            && Self.matches(names[index], in: haystack, at: start) {
                            result[index].append(page)
                        }
                    }
                    start = end + max(1, Self.separatorLength(haystack, at: end))
                }
            }
            for index in unanchored where Self.occurs(names[index], in: text) { result[index].append(page) }
        }
        return result
    }

    /// Whether `name` stands anywhere in `text` as a whole name.
    static func occurs(_ name: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = name.first, text.count >= name.count else { return false }
        return text.withUnsafeBufferPointer { haystack in
            let base = haystack.baseAddress!
            var start = base
            let end = base + (haystack.count - name.count + 1)
            while start < end, let hit = memchr(start, Int32(first), end - start) {
                let offset = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                if startsWord(haystack, at: offset) && matches(name, in: haystack, at: offset) { return true }
                start = base + offset + 1
            }
            return false
        }
    }

    /// Whether `name` is in `text` at `offset` as a whole name: it ends at the end of a word,
    /// and no name syllable continues it on either side (the caller knows that a word starts
    /// at `offset`).
    private static func matches(_ name: [UInt8], in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let end = offset + name.count
        guard end <= text.count, end == text.count || separatorLength(text, at: end) > 0 else { return false }
        let same = name.withUnsafeBufferPointer { memcmp(text.baseAddress! + offset, $0.baseAddress!, name.count) == 0 }
        return same && !NameSyllables.continues(text, before: offset) && !NameSyllables.continues(text, after: end)
    }

    // MARK: Words

    /// How many bytes of the separator at `offset` there are: 1 for ASCII other than letters
    /// and digits, 3 for General Punctuation (U+2000 to U+206F: curly quotes, dashes, the
    /// ellipsis), 0 inside a word or at the end. Every other byte of a Vietnamese letter is
    /// ≥ 0x80 and part of a word.
    static func separatorLength(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        guard offset < text.count else { return 0 }
        let byte = text[offset]
        if byte < 0x80 {
            return byte >= 0x30 && byte <= 0x39 || byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A ? 0 : 1
        }
        return byte == 0xE2 && offset + 2 < text.count && text[offset + 1] & 0xFE == 0x80 ? 3 : 0
    }

    /// Whether a separator ends just before `offset` (or `offset` is the start).
    static func startsWord(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset > 0 else { return true }
        if separatorLength(text, at: offset - 1) == 1 { return true }
        return offset >= 3 && separatorLength(text, at: offset - 3) == 3
    }

    /// The length of the word starting at `offset`: the bytes up to the next separator.
    static func wordLength(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        var end = offset
        while end < text.count && separatorLength(text, at: end) == 0 { end += 1 }
        return end - offset
    }

    /// FNV-1a: a word's bytes hashed in place, without making a key of them. Two words with
    /// one hash only cost a comparison that fails.
    private static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }
}
