@testable import Records
import TestSupport

/// Image files built byte by byte (see `ImageBytes`): real JPEGs and PNGs that decode, and
/// variants with exactly the structure the photo checks read.
enum TestImages {
    static func jpeg(width: Int, height: Int, components: Int = 3, sof: UInt8 = 0xC0,
                     precision: UInt8 = 8, end: Bool = true) -> [UInt8] {
        ImageBytes.jpeg(width: width, height: height, components: components, sof: sof, precision: precision, end: end)
    }

    /// The seed record's photo.
    static let seedJPEG = jpeg(width: 1200, height: 800)

    /// A PNG of the given size (colour type 2 RGB or 6 RGBA decode; other depths only probe).
    static func png(width: Int, height: Int, depth: UInt8 = 8, colour: UInt8 = 2) -> [UInt8] {
        if depth == 8, [2, 6].contains(colour), width > 0, width <= 2000, height > 0, height <= 2000 {
            return ImageBytes.png(width: width, height: height, colour: colour)
        }
        return ImageProbe.pngSignature
            + chunk("IHDR", be32(width) + be32(height) + [depth, colour, 0, 0, 0])
            + chunk("IDAT", [0x78, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01])
            + chunk("IEND", [])
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] { ImageBytes.chunk(type, data) }

    static func be32(_ value: Int) -> [UInt8] { ImageBytes.be32(value) }
}
