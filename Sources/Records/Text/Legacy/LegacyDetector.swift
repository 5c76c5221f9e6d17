/// What legacy-encoding detection found in one text: the encoding and the text converted.
public struct LegacyDetection: Sendable, Hashable {
    public var encoding: LegacyEncoding
    /// The text as it reads once converted (NFC).
    public var converted: String
}

extension LegacyEncoding {
    /// Detects text that is TCVN3 or VNI shown as Windows-1252 characters, or VIQR
    /// (docs/formatting-rules.md §6.4). Nil for ordinary Unicode text: detection only answers when
    /// the words it would change become Vietnamese syllables, so quotes, `&`, `?`, `-` and foreign
    /// names never trip it.
    public static func detect(in text: String) -> LegacyDetection? {
        LegacyDetector.detect(text)
    }
}

/// The heuristics behind `LegacyEncoding.detect(in:)`.
enum LegacyDetector {
    static func detect(_ text: String) -> LegacyDetection? {
        let scalars = text.unicodeScalars
        // Legacy bytes shown through Windows-1252 can never produce ă đ ơ ư or U+1EA0–U+1EF9:
        // one such letter proves the text is real Unicode.
        if scalars.contains(where: isVietnameseOnly) { return nil }
        if scalars.allSatisfy(\.isASCII) { return detectVIQR(text) }
        guard scalars.allSatisfy(couldBeByte) else { return nil }
        let words = tokens(of: text, isPart: { isASCIILetter($0) || (0x80...0xFF).contains($0.value) && $0 != "\u{A0}" })
            .filter { $0.contains(where: isASCIILetter) }
        let marked = words.filter(hasMarker)
        guard !marked.isEmpty else { return nil }
        var best: (encoding: LegacyEncoding, plausible: Int)?
        for encoding in [LegacyEncoding.tcvn3, .vni] {
            // Most words the decoding changes, and most words with a marker, must become
            // syllables: a stray symbol in genuine text (`ABC©`, `Müller`) does not, and the
            // wrong one of the two encodings turns `coâng` into `coõng`.
            let changed = words.map { (word: $0, decoded: encoding.repair(string($0))) }.filter { $0.decoded != string($0.word) }
            let plausible = changed.filter { VietnameseSyllable.isPlausible($0.decoded) }.count
            let plausibleMarked = marked.filter { VietnameseSyllable.isPlausible(encoding.repair(string($0))) }.count
            guard plausible * 5 >= changed.count * 4, plausibleMarked * 5 >= marked.count * 4,
                  plausible > (best?.plausible ?? 0) else { continue }
            best = (encoding, plausible)
        }
        guard let best else { return nil }
        return LegacyDetection(encoding: best.encoding, converted: best.encoding.repair(text))
    }

    /// VIQR: ASCII words with marks after vowels (`Vie^.t`, `u?y`) or a leading `dd`.
    private static func detectVIQR(_ text: String) -> LegacyDetection? {
        let marks: Set<Unicode.Scalar> = ["(", "^", "+", "'", "`", "?", "~", ".", "\\"]
        var strong = 0, weak = 0, plausible = 0
        for token in tokens(of: text, isPart: { isASCIILetter($0) || marks.contains($0) }) {
            let kind = viqrSignal(token)
            guard kind != .none else { continue }
            if kind == .strong { strong += 1 } else { weak += 1 }
            let word = string(token)
            let decoded = VIQRDecoder.decode(word).unicodeScalars.drop(while: { !$0.properties.isAlphabetic })
            let letters = string(decoded.prefix(while: { $0.properties.isAlphabetic || (0x300...0x36F).contains($0.value) }))
            if VietnameseSyllable.isPlausible(letters) { plausible += 1 }
        }
        // `?`, `.` and `'` inside a word happen in ASCII prose (`e.g.`, `a.m.`); one of them
        // alone is not enough.
        let total = strong + weak
        guard strong > 0 || weak > 1, plausible * 5 >= total * 4 else { return nil }
        return LegacyDetection(encoding: .viqr, converted: VIQRDecoder.decode(text))
    }

    /// How strongly one word looks like VIQR.
    private enum Signal { case none, weak, strong }

    /// How strongly a word looks like VIQR: a modifier (`^ ( +`) on a vowel that takes it, a
    /// grave or tilde after a vowel, or a leading `dd` is strong; `' ? .` between a vowel and a
    /// letter is weak.
    private static func viqrSignal(_ token: [Unicode.Scalar]) -> Signal {
        let lower = token.map { Character(String($0).lowercased()) }
        if lower.count >= 3, lower[0] == "d", lower[1] == "d", "aeiouy".contains(lower[2]) { return .strong }
        var signal = Signal.none
        for i in 1..<max(1, lower.count) where "aeiouy".contains(lower[i - 1]) {
            switch lower[i] {
            case "^" where "aeo".contains(lower[i - 1]), "(" where lower[i - 1] == "a",
                 "+" where "ou".contains(lower[i - 1]), "`", "~":
                return .strong
            case "'", "?", ".":
                if i + 1 < lower.count, lower[i + 1].isLetter { signal = .weak }
            default:
                break
            }
        }
        return signal
    }

    /// Maximal runs of scalars for which `isPart` holds.
    private static func tokens(of text: String, isPart: (Unicode.Scalar) -> Bool) -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if isPart(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// A sign of legacy text in a word: a Latin-1 character that is no Vietnamese letter
    /// (`© ¸ µ û ä ø ñ`), or a capital Vietnamese letter right after a small one (`ViÖt`, `thÕ`:
    /// TCVN3 puts small toned vowels on Latin-1 capitals).
    private static func hasMarker(_ token: [Unicode.Scalar]) -> Bool {
        for (i, scalar) in token.enumerated() where scalar.value >= 0x80 {
            if !latin1Vietnamese.contains(scalar) { return true }
            if i > 0, scalar.properties.isUppercase, token[i - 1].properties.isLowercase { return true }
        }
        return false
    }

    /// The Vietnamese letters that Latin-1 has, which genuine text uses all the time.
    private static let latin1Vietnamese = Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".unicodeScalars)

    /// Letters only Unicode (or a Vietnamese code page) has: Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư, Ạ … ỹ.
    private static func isVietnameseOnly(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0,
             0x1EA0...0x1EF9:
            return true
        default:
            return false
        }
    }

    /// Whether a character can be one byte shown through Windows-1252 or Latin-1.
    private static func couldBeByte(_ s: Unicode.Scalar) -> Bool {
        s.value <= 0xFF || LegacyTables.cp1252C1.contains(s.value)
    }

    private static func string<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s)
    }
}
