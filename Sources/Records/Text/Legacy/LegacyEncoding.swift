/// The pre-Unicode Vietnamese encodings records still arrive in (docs/formatting-rules.md §6): text
/// typed in old Word files with `.VnTime` (TCVN3) or `VNI-Times` (VNI) fonts, or written in VIQR.
public enum LegacyEncoding: String, Sendable, Hashable, CaseIterable {
    /// TCVN 5712:1993 (ABC / VN3 layout; decoded with the full VN1 table).
    case tcvn3 = "TCVN3"
    /// VNI: base letter + mark byte (proprietary, common in the south).
    case vni = "VNI"
    /// VIQR (RFC 1456): ASCII with marks such as `^` `(` `+` `'` `` ` `` `?` `~` `.`.
    case viqr = "VIQR"
    /// Windows-1258: precomposed base letters plus combining tone bytes.
    case cp1258 = "CP1258"

    /// Decodes bytes in this encoding to NFC text (VIQR bytes are ASCII).
    public func decode(_ bytes: [UInt8]) -> String {
        switch self {
        case .tcvn3:
            return nfcString(bytes.map { LegacyTables.tcvn3[Int($0)] })
        case .cp1258:
            return nfcString(bytes.map { $0 < 0x80 ? UInt32($0) : LegacyTables.cp1258High[Int($0) - 0x80] })
        case .vni:
            return VNIDecoder.decode(bytes.map { UInt32($0) })
        case .viqr:
            return VIQRDecoder.decode(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Repairs text whose legacy bytes were shown as Windows-1252/Latin-1 characters (what a
    /// copy from an old Word file pastes): `Uû ban nh©n d©n` → `Uỷ ban nhân dân`. Characters
    /// that cannot come from a byte, and Windows-1252 punctuation such as `“ ” –`, are kept.
    public func repair(_ text: String) -> String {
        let scalars = text.unicodeScalars.map(\.value)
        switch self {
        case .tcvn3:
            return nfcString(scalars.map { $0 <= 0xFF && $0 >= 0x80 ? LegacyTables.tcvn3[Int($0)] : $0 })
        case .cp1258:
            return nfcString(scalars.map { $0 <= 0xFF && $0 >= 0x80 ? LegacyTables.cp1258High[Int($0) - 0x80] : $0 })
        case .vni:
            return VNIDecoder.decode(scalars)
        case .viqr:
            return VIQRDecoder.decode(text)
        }
    }
}

/// NFC text from Unicode scalar values; invalid values become U+FFFD.
func nfcString(_ values: [UInt32]) -> String {
    var text = String.UnicodeScalarView()
    for value in values { text.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
    return UnicodeNormalization.nfc(String(text))
}
