import Foundation

/// The two current placements of the Vietnamese tone mark in an open `oa`, `oe`, `uy`: the
/// older on the second vowel (`hoá`, `khoẻ`, `Thuỷ`), the newer on the first (`hóa`, `khỏe`,
/// `Thủy`). Both are correct and both occur, often in one office, so a name or word given one
/// way must be found when the text writes it the other (docs/typesetting.md, "Vietnamese break
/// rules"). `Scripts/make-word-list.py` applies the same rule to the word list.
enum TonePlacement {
    /// The combining tone marks: grave, acute, tilde, hook above, dot below.
    private static let tones: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
    /// Open vowel pairs whose tone mark the two placements put on different vowels.
    private static let pairs: Set<String> = ["oa", "oe", "uy"]

    /// `text` and every spelling that moves a tone mark between the vowels of such a pair, one
    /// syllable at a time (NFC; the syllables' spaces as given).
    static func spellings(_ text: String) -> Set<String> {
        var results: Set<String> = [""]
        for (index, syllable) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            let forms = placements(String(syllable))
            results = Set(results.flatMap { prefix in forms.map { index == 0 ? $0 : prefix + " " + $0 } })
        }
        return results
    }

    /// A syllable's spellings: itself, and with its tone on either vowel of a final open
    /// `oa`, `oe`, `uy` (not `quy`, whose `u` belongs to the consonant).
    static func placements(_ syllable: String) -> Set<String> {
        let scalars = Array(syllable.decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let toneIndex = scalars.firstIndex(where: { tones.contains($0) }) else { return [syllable] }
        var bare = scalars
        let tone = bare.remove(at: toneIndex)
        guard bare.count >= 2 else { return [syllable] }
        let pair = String(String.UnicodeScalarView(bare.suffix(2))).lowercased()
        let before = bare.count >= 3 ? String(bare[bare.count - 3]).lowercased() : ""
        guard pairs.contains(pair), !(pair == "uy" && before == "q") else { return [syllable] }
        func form(_ scalars: [Unicode.Scalar]) -> String {
            String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
        }
        var onFirst = bare, onSecond = bare
        onFirst.insert(tone, at: bare.count - 1)
        onSecond.append(tone)
        return [syllable, form(onFirst), form(onSecond)]
    }
}
