@testable import Records

/// Image files built byte by byte, with exactly the structure the photo checks read: a JPEG's
/// marker segments up to its frame header and its end marker, a PNG's chunks with real CRCs.
enum TestImages {
    /// A JPEG: SOI, a JFIF APP0, a frame header `sof` (C0 baseline, C2 progressive …) of the
    /// given size and components, a scan header and a few bytes of "compressed data", EOI.
    static func jpeg(width: Int, height: Int, components: Int = 3, sof: UInt8 = 0xC0,
                     precision: UInt8 = 8, end: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]
        let length = 8 + 3 * components
        bytes += [0xFF, sof, UInt8(length >> 8), UInt8(length & 0xFF), precision,
                  UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), UInt8(components)]
        for component in 0..<components { bytes += [UInt8(component + 1), component == 0 ? 0x22 : 0x11, 0x00] }
        bytes += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]
        bytes += [0x12, 0x34, 0xFF, 0x00, 0x56, 0x78]
        if end { bytes += [0xFF, 0xD9] }
        return bytes
    }

    /// The seed record's photo.
    static let seedJPEG = jpeg(width: 1200, height: 800)

    /// A PNG of the given size: signature, IHDR (13 bytes), one IDAT, IEND.
    static func png(width: Int, height: Int, depth: UInt8 = 8, colour: UInt8 = 2) -> [UInt8] {
        ImageProbe.pngSignature
            + chunk("IHDR", be32(width) + be32(height) + [depth, colour, 0, 0, 0])
            + chunk("IDAT", [0x78, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01])
            + chunk("IEND", [])
    }

    /// One PNG chunk: length, type, data, CRC of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return be32(data.count) + typed + be32(Int(CRC32.checksum(typed)))
    }

    static func be32(_ value: Int) -> [UInt8] {
        [UInt8((value >> 24) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
