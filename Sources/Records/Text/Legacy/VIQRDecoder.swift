/// VIQR decoding (RFC 1456): `Vie^.t Nam` → `Việt Nam`, `DDa?ng u?y` → `Đảng ủy`.
///
/// VIQR is ambiguous where a tone character is also punctuation (`.`, `?`, `'`): one of
/// those after a vowel is a tone inside a word, and at a word's end only when the syllable
/// has no tone yet and no sentence seems to end there (end of text, or a space and then a
/// capital). A backslash makes the next character literal, as the RFC says.
enum VIQRDecoder {
    static func decode(_ text: String) -> String {
        let input = Array(text.unicodeScalars)
        var out: [Unicode.Scalar] = []
        var toneInWord = false
        // The vowel `out` ends with (lower-case; `*` once it carries a modifier), or nil.
        var vowel: Character?
        var i = 0
        func at(_ k: Int) -> Unicode.Scalar? { k < input.count ? input[k] : nil }
        while i < input.count {
            let c = input[i]
            if c == "\\", let next = at(i + 1) {
                out.append(next)
                vowel = nil
                i += 2
                continue
            }
            if isLetter(c) {
                let wordStart = out.last.map { !isLetter($0) && !isMark($0) } ?? true
                if wordStart { toneInWord = false }
                if wordStart, "dD".unicodeScalars.contains(c), let next = at(i + 1), "dD".unicodeScalars.contains(next) {
                    out.append(c == "D" ? "\u{110}" : "\u{111}")
                    vowel = nil
                    i += 2
                    continue
                }
                out.append(c)
                let lower = Character(String(c).lowercased())
                vowel = "aeiouy".contains(lower) ? lower : nil
                i += 1
                continue
            }
            if let base = vowel, let modifier = modifiers[c], modifier.bases.contains(base) {
                out.append(modifier.mark)
                vowel = "*"
                i += 1
                continue
            }
            if vowel != nil, !toneInWord, let tone = tones[c], isTone(c, at: i, in: input) {
                out.append(tone)
                toneInWord = true
                vowel = nil
                i += 1
                continue
            }
            out.append(c)
            vowel = nil
            i += 1
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: out)
        return UnicodeNormalization.nfc(String(result))
    }

    /// Whether the tone character at `i` marks a tone rather than punctuation.
    private static func isTone(_ c: Unicode.Scalar, at i: Int, in input: [Unicode.Scalar]) -> Bool {
        guard ".?'".unicodeScalars.contains(c) else { return true }
        guard i + 1 < input.count else { return false }
        let next = input[i + 1]
        if isLetter(next) { return true }
        if next == " ", i + 2 < input.count, input[i + 2].properties.isUppercase { return false }
        return next == " " || next == "," || next == ";" || next == ":" || next == ")"
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic
    }

    private static func isMark(_ c: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(c.value)
    }

    /// `(` breve on a, `^` circumflex on a e o, `+` horn on o u.
    private static let modifiers: [Unicode.Scalar: (mark: Unicode.Scalar, bases: String)] = [
        "(": ("\u{306}", "a"), "^": ("\u{302}", "aeo"), "+": ("\u{31B}", "ou"),
    ]

    private static let tones: [Unicode.Scalar: Unicode.Scalar] = [
        "'": "\u{301}", "`": "\u{300}", "?": "\u{309}", "~": "\u{303}", ".": "\u{323}",
    ]
}
