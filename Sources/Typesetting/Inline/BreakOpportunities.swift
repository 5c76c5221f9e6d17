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
    /// For each UTF-8 offset of the text (and its end), whether a new line may start there.
    private let allowedAt: [Bool]
    private let mandatoryAt: [Bool]

    public init(text: String, locale: String = "vi") {
        let scalars = Array(text.unicodeScalars)
        var utf16: [UInt16] = []
        utf16.reserveCapacity(scalars.count)
        // UTF-16 offset → (UTF-8 offset, scalar index), for every scalar boundary.
        var byteAt: [Int32] = []
        var indexAt: [Int32] = []
        var u8 = 0
        for (index, scalar) in scalars.enumerated() {
            for unit in scalar.utf16 {
                utf16.append(unit)
                byteAt.append(Int32(u8)); indexAt.append(Int32(index))
            }
            u8 += UTF8.width(scalar)
        }
        byteAt.append(Int32(u8)); indexAt.append(Int32(scalars.count))

        var offsets = [Int32](repeating: 0, count: utf16.count + 1)
        var hard = [UInt8](repeating: 0, count: utf16.count + 1)
        let count = utf16.withUnsafeBufferPointer { buffer in
            bantin_line_breaks(buffer.baseAddress, Int32(buffer.count), locale, &offsets, &hard, Int32(offsets.count))
        }
        var allowed = [Bool](repeating: false, count: u8 + 1)
        var mandatory = allowed
        for i in 0..<max(0, min(Int(count), offsets.count)) {
            let unit = Int(offsets[i])
            guard unit < byteAt.count else { continue }
            let position = Int(byteAt[unit]), index = Int(indexAt[unit])
            guard position < u8, index > 0 else { continue }
            if hard[i] != 0 {
                mandatory[position] = true
                continue
            }
            guard BreakOpportunities.isBreakingSpace(scalars[index - 1]) else { continue }
            if BreakOpportunities.isSpacedDash(at: index, in: scalars) { continue }
            allowed[position] = true
        }
        self.allowedAt = allowed
        self.mandatoryAt = mandatory
    }

    /// Whether a new line may start at UTF-8 offset `offset`.
    public func allows(_ offset: Int) -> Bool { offset < allowedAt.count && allowedAt[offset] }

    /// Whether a new line must start at `offset` (after a newline).
    public func requires(_ offset: Int) -> Bool { offset < mandatoryAt.count && mandatoryAt[offset] }

    /// Every offset at which a new line may start, ascending.
    public var allowed: [Int] { allowedAt.indices.filter { allowedAt[$0] } }

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
