import CICUShim

/// Where a line may end inside a paragraph's text: UAX #14 (through ICU), tailored for
/// Vietnamese official text.
///
/// Tailoring, on top of ICU's opportunities:
/// - a line may only start after a space or a mandatory break. UAX #14 also allows breaks
///   after `-` and `/` inside tokens, which would split document codes (`05-CT/TW`), dates
///   (`15/6/1933`) and transcribed names (`Lê-nin`); Vietnamese needs none of them because
///   every syllable is already space-delimited and nothing is hyphenated;
/// - a line never starts with the spaced hyphen of a compound name (`Lao động - Thương
///   binh`): the hyphen stays at the end of the previous line.
public struct BreakOpportunities: Sendable {
    /// UTF-8 offsets at which a new line may start.
    public let allowed: Set<Int>
    /// UTF-8 offsets at which a new line must start (after a newline).
    public let mandatory: Set<Int>

    public init(text: String, locale: String = "vi") {
        let utf16 = Array(text.utf16)
        // UTF-16 offset → UTF-8 offset, for every scalar boundary.
        var byteOffset: [Int: Int] = [:]
        var scalars: [Unicode.Scalar] = []
        var u16 = 0, u8 = 0
        for scalar in text.unicodeScalars {
            byteOffset[u16] = u8
            scalars.append(scalar)
            u16 += UTF16.width(scalar)
            u8 += UTF8.width(scalar)
        }
        byteOffset[u16] = u8
        // Scalar at each byte offset, to look at the characters around a break.
        var scalarAt: [Int: Int] = [:]
        var offset = 0
        for (index, scalar) in scalars.enumerated() {
            scalarAt[offset] = index
            offset += UTF8.width(scalar)
        }

        var offsets = [Int32](repeating: 0, count: utf16.count + 1)
        var hard = [UInt8](repeating: 0, count: utf16.count + 1)
        let count = utf16.withUnsafeBufferPointer { buffer in
            bantin_line_breaks(buffer.baseAddress, Int32(buffer.count), locale, &offsets, &hard, Int32(offsets.count))
        }
        var allowed = Set<Int>()
        var mandatory = Set<Int>()
        for i in 0..<max(0, Int(count)) {
            guard let position = byteOffset[Int(offsets[i])], position < u8, let index = scalarAt[position],
                  index > 0 else { continue }
            if hard[i] != 0 {
                mandatory.insert(position)
                continue
            }
            guard BreakOpportunities.isBreakingSpace(scalars[index - 1]) else { continue }
            if BreakOpportunities.isSpacedDash(at: index, in: scalars) { continue }
            allowed.insert(position)
        }
        self.allowed = allowed
        self.mandatory = mandatory
    }

    /// Spaces that separate words and may end a line (not U+00A0 or U+202F, which bind).
    public static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x2000...0x2006, 0x2008...0x200A, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A hyphen or dash standing alone between spaces, as in `Lao động - Thương binh`.
    static func isSpacedDash(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index + 1 < scalars.count else { return false }
        switch scalars[index].value {
        case 0x2D, 0x2010, 0x2013, 0x2014: return isBreakingSpace(scalars[index + 1])
        default: return false
        }
    }
}
