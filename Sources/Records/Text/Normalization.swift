import CICUShim

/// Unicode normalisation at the record boundary (docs/formatting-rules.md §6.3): every string that
/// enters a Meeting is NFC, so equality, sorting and font coverage see one form of each letter.
public enum UnicodeNormalization {
    /// `text` in Normalization Form C, through ICU. Returns `text` unchanged when ICU fails,
    /// which only happens for malformed input that a Swift String cannot hold anyway.
    public static func nfc(_ text: String) -> String {
        // ASCII is always NFC; most keys and numbers take this path.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var source = Array(text.utf8)
        let count = Int32(source.count)
        var capacity = source.count + 16
        while true {
            var out = [CChar](repeating: 0, count: capacity)
            let needed = source.withUnsafeMutableBufferPointer { src in
                src.withMemoryRebound(to: CChar.self) { bantin_nfc_utf8($0.baseAddress, count, &out, Int32(capacity)) }
            }
            if needed < 0 { return text }
            if Int(needed) <= capacity {
                return String(decoding: out[0..<Int(needed)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity = Int(needed)
        }
    }

    /// True when `text` is already NFC (bytewise equal to its NFC form).
    public static func isNFC(_ text: String) -> Bool {
        Array(nfc(text).utf8) == Array(text.utf8)
    }
}
