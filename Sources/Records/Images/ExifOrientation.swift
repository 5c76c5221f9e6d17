/// The Orientation tag (0x0112) of a JPEG's Exif APP1 segment: how the stored pixels must be
/// turned to stand upright (1 = as stored; 5–8 swap width and height). Phones store the
/// sensor's pixels and say in this tag which way up the phone was held.
enum ExifOrientation {
    /// The orientation in the Exif segment found among the marker segments before the frame
    /// header of `jpeg`; nil without one or when it is malformed (the photo is then used as
    /// stored).
    static func find(in jpeg: [UInt8]) -> Int? {
        var offset = 2
        while offset + 4 <= jpeg.count, jpeg[offset] == 0xFF {
            let marker = jpeg[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            if marker == 0xDA || marker == 0xD9 || (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return nil
            }
            let length = Int(jpeg[offset + 2]) << 8 | Int(jpeg[offset + 3])
            guard length >= 2, offset + 2 + length <= jpeg.count else { return nil }
            if marker == 0xE1, let value = parse(jpeg[(offset + 4)..<(offset + 2 + length)]) { return value }
            offset += 2 + length
        }
        return nil
    }

    /// The orientation in an APP1 payload starting `Exif\0\0`, then a TIFF header (`II*\0`
    /// little-endian or `MM\0*` big-endian) and IFD0; nil when absent or out of range.
    static func parse(_ payload: ArraySlice<UInt8>) -> Int? {
        let bytes = Array(payload)
        guard bytes.count >= 14, bytes.starts(with: Array("Exif".utf8) + [0, 0]) else { return nil }
        let tiff = 6
        let little: Bool
        switch (bytes[tiff], bytes[tiff + 1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= bytes.count else { return nil }
            return little ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : Int(bytes[at]) << 8 | Int(bytes[at + 1])
        }
        func u32(_ at: Int) -> Int? {
            guard let a = u16(at), let b = u16(at + 2) else { return nil }
            return little ? a | b << 16 : a << 16 | b
        }
        guard u16(tiff + 2) == 42, let ifd = u32(tiff + 4), let count = u16(tiff + ifd) else { return nil }
        for entry in 0..<min(count, 1000) {
            let at = tiff + ifd + 2 + 12 * entry
            guard let tag = u16(at) else { return nil }
            guard tag == 0x0112 else { continue }
            // Type SHORT (3), count 1: the value sits in the first two bytes of the field.
            guard u16(at + 2) == 3, u32(at + 4) == 1, let value = u16(at + 8), (1...8).contains(value) else { return nil }
            return value
        }
        return nil
    }
}
