/// Real, decodable image files built byte by byte in the tests (no image tools needed): a
/// flat grey baseline JPEG whose every 8×8 block is coded as "DC unchanged, end of block"
/// with one-code Huffman tables, and a PNG whose image data is stored (uncompressed)
/// deflate blocks. Variants break exactly one thing for the tests of each failure.
public enum ImageBytes {
    /// How the Exif segment's TIFF header orders its bytes.
    public enum ByteOrder: Sendable { case little, big }

    /// A JPEG `width` × `height`: SOI, an optional Exif APP1 with `orientation`, JFIF APP0,
    /// DQT, the frame header `sof` (C0 baseline decodes; others only probe), DHT, SOS, the
    /// coded blocks, EOI (unless `end` is false).
    public static func jpeg(width: Int, height: Int, components: Int = 3, sof: UInt8 = 0xC0, precision: UInt8 = 8,
                            end: Bool = true, orientation: Int? = nil, byteOrder: ByteOrder = .big) -> [UInt8] {
        var bytes: [UInt8] = [0xFF, 0xD8]
        if let orientation { bytes += exif(orientation: orientation, byteOrder: byteOrder) }
        bytes += [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]
        bytes += [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)
        let length = 8 + 3 * components
        bytes += [0xFF, sof, UInt8(length >> 8), UInt8(length & 0xFF), precision,
                  UInt8((height >> 8) & 0xFF), UInt8(height & 0xFF), UInt8((width >> 8) & 0xFF), UInt8(width & 0xFF), UInt8(components)]
        for component in 0..<components { bytes += [UInt8(component + 1), 0x11, 0x00] }
        // One code ("0") in each table: DC category 0, AC end of block.
        bytes += [0xFF, 0xC4, 0x00, 0x14, 0x00, 1] + [UInt8](repeating: 0, count: 15) + [0x00]
        bytes += [0xFF, 0xC4, 0x00, 0x14, 0x10, 1] + [UInt8](repeating: 0, count: 15) + [0x00]
        let scanLength = 6 + 2 * components
        bytes += [0xFF, 0xDA, 0x00, UInt8(scanLength), UInt8(components)]
        for component in 0..<components { bytes += [UInt8(component + 1), 0x00] }
        bytes += [0x00, 0x3F, 0x00]
        bytes += scanData(width: width, height: height, components: components)
        if end { bytes += [0xFF, 0xD9] }
        return bytes
    }

    /// The coded blocks: two zero bits per block, padded with one bits.
    public static func scanData(width: Int, height: Int, components: Int) -> [UInt8] {
        let blocks = ((width + 7) / 8) * ((height + 7) / 8) * max(components, 1)
        let bits = 2 * blocks
        var data = [UInt8](repeating: 0, count: (bits + 7) / 8)
        if bits % 8 != 0 { data[data.count - 1] = UInt8(0xFF >> (bits % 8)) }
        return data
    }

    /// A JPEG whose scan data is garbage: every bit 1, which no code of its tables starts.
    public static func jpegWithGarbageScan(width: Int, height: Int) -> [UInt8] {
        let good = jpeg(width: width, height: height, components: 1)
        let scan = scanData(width: width, height: height, components: 1).count
        let start = good.count - 2 - scan
        var garbage: [UInt8] = []
        while garbage.count < scan { garbage += [0xFF, 0x00] }
        return Array(good[..<start]) + garbage + [0xFF, 0xD9]
    }

    /// An Exif APP1 segment whose IFD0 holds an Orientation tag (and a tag before it).
    public static func exif(orientation: Int, byteOrder: ByteOrder) -> [UInt8] {
        func u16(_ v: Int) -> [UInt8] { byteOrder == .little ? [UInt8(v & 0xFF), UInt8(v >> 8)] : [UInt8(v >> 8), UInt8(v & 0xFF)] }
        func u32(_ v: Int) -> [UInt8] { byteOrder == .little ? u16(v & 0xFFFF) + u16(v >> 16) : u16(v >> 16) + u16(v & 0xFFFF) }
        var tiff: [UInt8] = byteOrder == .little ? [0x49, 0x49] : [0x4D, 0x4D]
        tiff += u16(42) + u32(8) + u16(2)
        tiff += u16(0x010F) + u16(2) + u32(4) + Array("Cam\u{0}".utf8)    // Make: "Cam"
        tiff += u16(0x0112) + u16(3) + u32(1) + u16(orientation) + u16(0)
        tiff += u32(0)
        let payload = Array("Exif".utf8) + [0, 0] + tiff
        return [0xFF, 0xE1, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
    }

    public static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A PNG `width` × `height` (8-bit, colour type 2 RGB or 6 RGBA), grey, its rows filtered
    /// with `filter` (0–4 are valid), its data stored in deflate blocks.
    public static func png(width: Int, height: Int, colour: UInt8 = 2, filter: UInt8 = 0) -> [UInt8] {
        let channels = colour == 6 ? 4 : colour == 4 ? 2 : colour == 0 ? 1 : 3
        var raw: [UInt8] = []
        raw.reserveCapacity((width * channels + 1) * height)
        for _ in 0..<height {
            raw.append(filter)
            raw += [UInt8](repeating: 0x80, count: width * channels)
        }
        return pngFile(width: width, height: height, colour: colour, idat: zlibStored(raw))
    }

    /// A PNG with sound chunks (every CRC right) whose IDAT is a zlib stream that does not
    /// inflate: a deflate block of the reserved type 3.
    public static func pngWithBadDeflate(width: Int, height: Int) -> [UInt8] {
        pngFile(width: width, height: height, colour: 2, idat: [0x78, 0x01, 0x07, 0x00, 0x00, 0x00, 0x00])
    }

    public static func pngFile(width: Int, height: Int, colour: UInt8, idat: [UInt8]) -> [UInt8] {
        pngSignature
            + chunk("IHDR", be32(width) + be32(height) + [8, colour, 0, 0, 0])
            + chunk("IDAT", idat)
            + chunk("IEND", [])
    }

    /// A zlib stream of stored blocks holding `data`.
    public static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let last: UInt8 = offset + count == data.count ? 1 : 0
            out += [last, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += data[offset..<(offset + count)]
            offset += count
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        return out + be32(Int(b << 16 | a))
    }

    /// One PNG chunk: length, type, data, CRC of type and data.
    public static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return be32(data.count) + typed + be32(Int(crc32(typed)))
    }

    public static func be32(_ value: Int) -> [UInt8] {
        [UInt8((value >> 24) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            c ^= UInt32(byte)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }
}
