/// VNI decoding: a base letter followed by a mark byte (`oä` = ộ, `aù` = á), plus a few
/// single-byte letters (`ô` = ơ, `ö` = ư, `ñ` = đ, `ó` = ĩ). No published standard exists;
/// the table follows VNI-Windows fonts and GNU recode, checked against recode's vectors.
enum VNIDecoder {
    /// Decodes byte values (0–255; anything larger passes through unchanged) to NFC text.
    static func decode(_ input: [UInt32]) -> String {
        var out: [UInt32] = []
        // Index in `out` of a vowel that may still take a mark byte, and what it is.
        var openVowel: (index: Int, base: Character)?
        for value in input {
            if let vowel = openVowel, let mark = marks[value], mark.allows(vowel.base) {
                out.append(contentsOf: mark.combining)
                openVowel = nil
                continue
            }
            if let letter = letters[value] {
                out.append(letter.scalar)
                openVowel = letter.takesTone ? (out.count - 1, letter.takesToneAs) : nil
                continue
            }
            let scalar = (0x80...0x9F).contains(value) ? LegacyTables.cp1252C1[Int(value) - 0x80] : value
            out.append(scalar)
            let c = Unicode.Scalar(value).map(Character.init)
            if let c, "aeiouyAEIOUY".contains(c) {
                openVowel = (out.count - 1, Character(c.lowercased()))
            } else {
                openVowel = nil
            }
        }
        return nfcString(out)
    }

    /// What a mark byte adds: an optional modifier (circumflex, breve) and an optional tone.
    private struct Mark {
        var modifier: UInt32?
        var tone: UInt32?
        var combining: [UInt32] { [modifier, tone].compactMap { $0 } }

        /// Circumflex sits on a, e, o; breve on a; tones on any vowel (ơ, ư included).
        func allows(_ base: Character) -> Bool {
            switch modifier {
            case 0x302: return "aeo".contains(base)
            case 0x306: return base == "a"
            default: return true
            }
        }
    }

    /// A single-byte letter; ơ and ư may still take a tone byte after them.
    private struct Letter {
        var scalar: UInt32
        var takesTone: Bool = false
        var takesToneAs: Character = "o"
    }

    private static let grave: UInt32 = 0x300, acute: UInt32 = 0x301, tilde: UInt32 = 0x303
    private static let hook: UInt32 = 0x309, dot: UInt32 = 0x323

    /// Mark bytes, lower-case (0xE0–0xFC) and upper-case (0xC0–0xDC) forms.
    private static let marks: [UInt32: Mark] = {
        var table: [UInt32: Mark] = [:]
        let lower: [(UInt32, UInt32?, UInt32?)] = [
            (0xF9, nil, acute), (0xF8, nil, grave), (0xFB, nil, hook), (0xF5, nil, tilde), (0xEF, nil, dot),
            (0xE2, 0x302, nil), (0xE1, 0x302, acute), (0xE0, 0x302, grave), (0xE5, 0x302, hook),
            (0xE3, 0x302, tilde), (0xE4, 0x302, dot),
            (0xEA, 0x306, nil), (0xE9, 0x306, acute), (0xE8, 0x306, grave), (0xFA, 0x306, hook),
            (0xFC, 0x306, tilde), (0xEB, 0x306, dot),
        ]
        for (byte, modifier, tone) in lower {
            table[byte] = Mark(modifier: modifier, tone: tone)
            table[byte - 0x20] = Mark(modifier: modifier, tone: tone)
        }
        return table
    }()

    /// Single-byte letters, lower-case and upper-case.
    private static let letters: [UInt32: Letter] = [
        0xF4: Letter(scalar: 0x1A1, takesTone: true, takesToneAs: "ơ"), 0xD4: Letter(scalar: 0x1A0, takesTone: true, takesToneAs: "ơ"),
        0xF6: Letter(scalar: 0x1B0, takesTone: true, takesToneAs: "ư"), 0xD6: Letter(scalar: 0x1AF, takesTone: true, takesToneAs: "ư"),
        0xF1: Letter(scalar: 0x111), 0xD1: Letter(scalar: 0x110),
        0xEE: Letter(scalar: 0x1EF5), 0xCE: Letter(scalar: 0x1EF4),
        0xED: Letter(scalar: 0xED), 0xCD: Letter(scalar: 0xCD),
        0xEC: Letter(scalar: 0xEC), 0xCC: Letter(scalar: 0xCC),
        0xE6: Letter(scalar: 0x1EC9), 0xC6: Letter(scalar: 0x1EC8),
        0xF3: Letter(scalar: 0x129), 0xD3: Letter(scalar: 0x128),
        0xF2: Letter(scalar: 0x1ECB), 0xD2: Letter(scalar: 0x1ECA),
    ]
}
