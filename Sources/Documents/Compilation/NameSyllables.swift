/// The words around a name found in a page's text, which tell whether it is the whole name or
/// part of a longer one: a person's name is a run of syllables each written with a capital
/// (`Nguyễn Thị Thu Hà`), so a capitalised word just before or after a name, with only a
/// space between, continues it, and the shorter name is not printed there.
///
/// Works on the UTF-8 bytes of `PageText`, where white space is one space and a break that
/// no text reads across (another column on the same baseline) is a newline.
enum NameSyllables {
    /// Words of address that stand before a name without being part of it (`Ông Nguyễn Văn
    /// An` at the start of a sentence). Other capitalised words before a name, such as a
    /// place in a title (`Giám đốc Sở Nguyễn Văn An`), cannot be told from a family name.
    static let address: Set<[UInt8]> = Set(["Ông", "Bà", "Anh", "Chị", "Cô", "Chú", "Bác", "Em", "Cụ", "Thầy"]
        .map { Array($0.utf8) })

    /// Whether a name syllable stands just before `offset`, with one space between.
    static func continues(_ text: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        guard offset >= 2, text[offset - 1] == 0x20 else { return false }
        let end = offset - 1
        var start = end
        while start > 0 && !NameSearch.startsWord(text, at: start) { start -= 1 }
        let word = UnsafeBufferPointer(rebasing: text[start..<end])
        return isSyllable(word) && !address.contains(Array(word))
    }

    /// Whether a name syllable stands just after `offset`, with one space between.
    static func continues(_ text: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
        guard offset + 1 < text.count, text[offset] == 0x20 else { return false }
        let length = NameSearch.wordLength(text, at: offset + 1)
        return isSyllable(UnsafeBufferPointer(rebasing: text[(offset + 1)..<(offset + 1 + length)]))
    }

    /// A word that can be part of a name: a capital letter, then no other capital and no
    /// digit (`Thu`, `Đàm`, `A`; not `UBND`, `HĐND`, `Q1`, `thu`).
    static func isSyllable(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var first = true
        while index < word.count {
            let (scalar, length) = decode(word, at: index)
            if first {
                guard isUppercase(scalar) else { return false }
                first = false
            } else if isUppercase(scalar) || (scalar >= 0x30 && scalar <= 0x39) {
                return false
            }
            index += length
        }
        return !first
    }

    /// An upper-case letter; ASCII without a table lookup.
    private static func isUppercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    /// The scalar whose UTF-8 sequence starts at `index` and the sequence's length (the text
    /// is a String's, so valid; a cut sequence at the end reads as what it has).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead)
        guard length > 1 else { return (value, 1) }
        value &= UInt32(0x7F >> length)
        var count = 1
        while count < length && index + count < bytes.count {
            value = value << 6 | UInt32(bytes[index + count] & 0x3F)
            count += 1
        }
        return (value, count)
    }
}
