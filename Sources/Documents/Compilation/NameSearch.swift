import Foundation

/// Finds the pages on which each of a set of names stands as whole words ("Nguyễn Văn An"
/// is not in "Nguyễn Văn Anh"), in page texts made by `PageText`.
///
/// Texts and names are searched as UTF-8 bytes (both are NFC), because String search is
/// grapheme-aware and a booklet has hundreds of names and pages. Each page is read once: at
/// every word start, the word is looked up among the names' first words, and only the names
/// that begin with it are compared there.
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
            let word = name.prefix { !Self.separates($0) }
            if word.isEmpty {
                unanchored.append(index)
            } else {
                byFirstWord[Self.hash(word), default: []].append(index)
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
                    var end = start
                    while end < haystack.count && !Self.separates(haystack[end]) { end += 1 }
                    if end > start, let candidates = byFirstWord[Self.hash(haystack[start..<end])] {
                        for index in candidates where result[index].last != page
                            && Self.matches(names[index], in: haystack, at: start) {
                            result[index].append(page)
                        }
                    }
                    start = end + 1
                }
            }
            for index in unanchored where Self.occurs(names[index], in: text) { result[index].append(page) }
        }
        return result
    }

    /// A byte that cannot be part of a word: ASCII other than letters and digits (every
    /// byte of a Vietnamese letter outside ASCII is ≥ 0x80).
    static func separates(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(byte >= 0x30 && byte <= 0x39) && !(byte >= 0x41 && byte <= 0x5A) && !(byte >= 0x61 && byte <= 0x7A)
    }

    /// FNV-1a: a word's bytes hashed in place, without making a key of them. Two words with
    /// one hash only cost a comparison that fails.
    private static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }

    /// Whether `name` is in `text` at `offset` and ends at the end of a word there (the
    /// caller knows that a word starts at `offset`).
    private static func matches(_ name: [UInt8], in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset + name.count <= text.count else { return false }
        let end = offset + name.count
        guard end == text.count || separates(text[end]) else { return false }
        return name.withUnsafeBufferPointer { memcmp(text.baseAddress! + offset, $0.baseAddress!, name.count) == 0 }
    }

    /// Whether `name` stands anywhere in `text` as whole words.
    static func occurs(_ name: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = name.first, text.count >= name.count else { return false }
        return text.withUnsafeBufferPointer { haystack in
            name.withUnsafeBufferPointer { needle in
                let base = haystack.baseAddress!
                var start = base
                let end = base + (haystack.count - needle.count + 1)
                while start < end, let hit = memchr(start, Int32(first), end - start) {
                    let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                    let offset = candidate - base
                    if memcmp(candidate, needle.baseAddress!, needle.count) == 0,
                       offset == 0 || separates(haystack[offset - 1]),
                       offset + needle.count == haystack.count || separates(haystack[offset + needle.count]) {
                        return true
                    }
                    start = candidate + 1
                }
                return false
            }
        }
    }
}
