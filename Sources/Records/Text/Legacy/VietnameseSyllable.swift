import Foundation

/// Whether a word has the shape of one Vietnamese syllable: initial consonant, a known vowel
/// nucleus, final consonant, at most one tone. Legacy detection uses it to tell a decoding
/// that makes Vietnamese from one that makes noise.
enum VietnameseSyllable {
    /// True when `word` (any case, any normalisation) could be a Vietnamese syllable.
    static func isPlausible(_ word: String) -> Bool {
        guard let (letters, tones) = baseLetters(of: word), tones <= 1, !letters.isEmpty else { return false }
        for initial in initials where letters.hasPrefix(initial) {
            let rest = letters.dropFirst(initial.count)
            for final in finals where rest.hasSuffix(final) {
                if nuclei.contains(String(rest.dropLast(final.count))) { return true }
            }
        }
        return false
    }

    /// The word lower-cased with tones removed but ă â ê ô ơ ư kept, and its tone count;
    /// nil when a mark sits on a letter Vietnamese never puts it on.
    private static func baseLetters(of word: String) -> (String, Int)? {
        var letters: [Character] = []
        var tones = 0
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x300, 0x301, 0x303, 0x309, 0x323:
                tones += 1
            case 0x302, 0x306, 0x31B:
                guard let last = letters.last, let marked = modified[String(last) + String(scalar)] else { return nil }
                letters[letters.count - 1] = marked
            default:
                letters.append(Character(scalar))
            }
        }
        return (String(letters), tones)
    }

    private static let modified: [String: Character] = [
        "a\u{302}": "â", "e\u{302}": "ê", "o\u{302}": "ô", "a\u{306}": "ă", "o\u{31B}": "ơ", "u\u{31B}": "ư",
    ]

    /// Initial consonants, with the empty initial last.
    private static let initials = [
        "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ]

    private static let finals = ["ch", "nh", "ng", "c", "m", "n", "p", "t", ""]

    /// Vowel nuclei (with their glides) of standard Vietnamese syllables.
    private static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
        "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
    ]
}
