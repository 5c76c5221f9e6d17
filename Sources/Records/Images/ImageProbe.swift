/// What a photo file holds, read from its first bytes alone: the format, pixel size and EXIF
/// orientation of a JPEG or PNG the renderer can embed, or the reason it cannot. Pure
/// functions, no file system; the image data itself is checked by `ImageDecodeCheck`.
///
/// A JPEG is walked from SOI through its marker segments to the frame header (SOFn), which
/// gives the size and the number of colour components; an Exif APP1 segment on the way gives
/// the orientation. A PNG must start with its signature and an IHDR chunk of 13 bytes; its
/// chunks are walked, CRCs checked, up to the first IDAT (a tRNS chunk comes before it).
public enum ImageProbe {
    /// The largest width or height accepted, in pixels.
    public static let largestSide = 10_000

    /// An image the renderer can embed.
    public struct Facts: Hashable, Sendable {
        /// `jpeg` or `png`.
        public var format: String
        public var pixelWidth: Int
        public var pixelHeight: Int
        /// A PNG with an alpha channel or a tRNS chunk: what lies under it shows through.
        public var hasTransparency = false
        /// The EXIF orientation of a JPEG (1–8; 1 = as stored).
        public var orientation = 1
        /// A greyscale PNG (colour type 0 or 4): it cannot hold a red seal.
        public var isGrey = false
        /// A PNG's physical resolution from its pHYs chunk, in pixels per metre across and
        /// down; nil when it has none or gives only an aspect ratio (unit 0).
        public var pixelsPerMetre: Resolution?
    }

    /// Pixels per metre across and down.
    public struct Resolution: Hashable, Sendable {
        public var x: Int
        public var y: Int
    }

    /// Why a file cannot be used as a photo. `message` is what follows the file's name:
    /// "photos/a.jpg " + message; `description` is it in the process's language.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        /// Neither JPEG nor PNG; `kind` names what it is when recognisable ("a GIF image").
        case notJPEGOrPNG(kind: Localized?)
        /// The file stops before a segment, chunk or the end marker it announces.
        case truncated(format: String, detail: String)
        /// The structure is wrong in a way no cut explains.
        case corrupt(format: String, detail: String)
        case cmyk
        /// A JPEG coding process PDF viewers cannot decode (lossless, arithmetic, hierarchical)
        /// or a sample precision other than 8 bits.
        case unsupportedJPEG(detail: Localized)
        case zeroSize(format: String, width: Int, height: Int)
        case tooLarge(width: Int, height: Int)
        /// The segments or chunks before the image data are larger than the head read.
        case headersTooLarge(format: String)

        public var description: String { message.text() }

        public var message: Localized {
            switch self {
            case .empty: return .imageEmpty
            case .notJPEGOrPNG(let kind?): return .imageIsOther(kind)
            case .notJPEGOrPNG(nil): return .imageNotJPEGOrPNG
            case .truncated(let format, let detail): return .imageTruncated(Self.name(format), detail)
            case .corrupt(let format, let detail): return .imageCorrupt(Self.name(format), detail)
            case .cmyk: return .imageCMYK
            case .unsupportedJPEG(let kind): return .imageUnsupportedJPEG(kind)
            case .zeroSize(let format, let width, let height): return .imageZeroSize(Self.name(format), width, height)
            case .tooLarge(let width, let height): return .imageTooLarge(width, height, ImageProbe.largestSide)
            case .headersTooLarge(let format): return .imageHeadersTooLarge(Self.name(format), ImageLimits.headerBytes / 1024)
            }
        }

        private static func name(_ format: String) -> String { format == "png" ? "PNG" : "JPEG" }
    }

    /// The facts of a JPEG or PNG from its first bytes `bytes` (the whole file when
    /// `isWholeFile`), or the first problem found. Running out of a partial head is reported
    /// as headers too large to read, never as a truncated file.
    public static func probe(_ bytes: [UInt8], isWholeFile: Bool = true) -> Result<Facts, Problem> {
        if bytes.isEmpty { return .failure(.empty) }
        var facts: Facts
        do {
            if bytes.starts(with: [0xFF, 0xD8]) {
                facts = try jpeg(bytes)
            } else if bytes.starts(with: pngSignature) {
                facts = try png(bytes)
            } else {
                return .failure(.notJPEGOrPNG(kind: otherKind(bytes)))
            }
        } catch {
            if !isWholeFile, case .truncated(let format, _) = error {
                return .failure(.headersTooLarge(format: format))
            }
            return .failure(error)
        }
        if facts.format == "jpeg" { facts.orientation = ExifOrientation.find(in: bytes) ?? 1 }
        if facts.pixelWidth == 0 || facts.pixelHeight == 0 {
            return .failure(.zeroSize(format: facts.format, width: facts.pixelWidth, height: facts.pixelHeight))
        }
        if facts.pixelWidth > largestSide || facts.pixelHeight > largestSide {
            return .failure(.tooLarge(width: facts.pixelWidth, height: facts.pixelHeight))
        }
        return .success(facts)
    }

    // MARK: JPEG

    /// Walks the marker segments from SOI to the first frame header.
    static func jpeg(_ bytes: [UInt8]) throws(Problem) -> Facts {
        var offset = 2   // after SOI
        while true {
            guard offset < bytes.count else {
                throw .truncated(format: "jpeg", detail: "it ends before the frame header")
            }
            guard bytes[offset] == 0xFF else {
                throw .corrupt(format: "jpeg", detail: "no marker at byte \(offset)")
            }
            // Any number of 0xFF fill bytes may precede a marker.
            while offset < bytes.count, bytes[offset] == 0xFF { offset += 1 }
            guard offset < bytes.count else {
                throw .truncated(format: "jpeg", detail: "it ends before the frame header")
            }
            let marker = bytes[offset]
            offset += 1
            switch marker {
            case 0xD9:
                throw .corrupt(format: "jpeg", detail: "it has no SOF frame header")
            case 0xD8, 0x00:
                throw .corrupt(format: "jpeg", detail: "unexpected marker FF \(hex(marker)) at byte \(offset - 2)")
            case 0x01, 0xD0...0xD7:
                continue   // markers without a length
            default:
                break
            }
            guard offset + 2 <= bytes.count else {
                throw .truncated(format: "jpeg", detail: "it ends inside segment FF \(hex(marker))")
            }
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            guard length >= 2 else {
                throw .corrupt(format: "jpeg", detail: "segment FF \(hex(marker)) at byte \(offset - 2) has length \(length)")
            }
            guard offset + length <= bytes.count else {
                throw .truncated(format: "jpeg", detail: "segment FF \(hex(marker)) at byte \(offset - 2) runs past the end")
            }
            if isFrameHeader(marker) {
                return try frame(marker: marker, bytes[offset..<(offset + length)])
            }
            offset += length
        }
    }

    /// SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    private static func isFrameHeader(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
    }

    /// Reads a frame header (its two length bytes included) and checks the file's end.
    private static func frame(marker: UInt8, _ segment: ArraySlice<UInt8>) throws(Problem) -> Facts {
        let s = Array(segment)
        guard s.count >= 8 else {
            throw .corrupt(format: "jpeg", detail: "frame header of \(s.count) bytes")
        }
        let precision = Int(s[2])
        let height = Int(s[3]) << 8 | Int(s[4])
        let width = Int(s[5]) << 8 | Int(s[6])
        let components = Int(s[7])
        guard s.count >= 8 + 3 * components else {
            throw .corrupt(format: "jpeg", detail: "frame header too short for \(components) components")
        }
        switch marker {
        case 0xC0, 0xC1, 0xC2: break
        case 0xC3, 0xC7, 0xCB, 0xCF: throw .unsupportedJPEG(detail: .losslessJPEG)
        case 0xC9, 0xCA: throw .unsupportedJPEG(detail: .arithmeticJPEG)
        default: throw .unsupportedJPEG(detail: .hierarchicalJPEG)
        }
        guard precision == 8 else { throw .unsupportedJPEG(detail: .jpegBits(precision)) }
        switch components {
        case 1, 3: break
        case 4: throw .cmyk
        default: throw .corrupt(format: "jpeg", detail: "\(components) colour components")
        }
        return Facts(format: "jpeg", pixelWidth: width, pixelHeight: height)
    }

    // MARK: PNG

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Reads IHDR and walks the chunks to the first IDAT, checking each CRC.
    static func png(_ bytes: [UInt8]) throws(Problem) -> Facts {
        func be32(_ at: Int) -> Int {
            Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
        }
        var offset = 8
        var facts: Facts?
        while true {
            guard offset + 8 <= bytes.count else {
                throw .truncated(format: "png", detail: facts == nil ? "it ends before the IHDR chunk" : "it ends before its image data")
            }
            let length = be32(offset)
            let typeBytes = Array(bytes[(offset + 4)..<(offset + 8)])
            let type = String(decoding: typeBytes, as: UTF8.self)
            guard typeBytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
                throw .corrupt(format: "png", detail: "no chunk type at byte \(offset + 4)")
            }
            if facts == nil {
                guard type == "IHDR" else {
                    throw .corrupt(format: "png", detail: "the first chunk is \(type), not IHDR")
                }
                guard length == 13 else {
                    throw .corrupt(format: "png", detail: "its IHDR chunk has \(length) bytes, not 13")
                }
            }
            // The image data is checked by the full decode; the head may end inside it.
            if type == "IDAT", let facts { return facts }
            guard length <= bytes.count - offset - 12 else {
                throw .truncated(format: "png", detail: "chunk \(type) at byte \(offset) runs past the end")
            }
            let data = offset + 8
            let stored = UInt32(truncatingIfNeeded: be32(data + length))
            guard CRC32.checksum(bytes[(offset + 4)..<(data + length)]) == stored else {
                throw .corrupt(format: "png", detail: "chunk \(type) at byte \(offset) fails its CRC check")
            }
            switch type {
            case "IHDR" where facts == nil:
                let depth = bytes[data + 8], colour = bytes[data + 9]
                guard validDepths[colour]?.contains(depth) == true else {
                    throw .corrupt(format: "png", detail: "bit depth \(depth) with colour type \(colour)")
                }
                facts = Facts(format: "png", pixelWidth: be32(data), pixelHeight: be32(data + 4),
                              hasTransparency: colour == 4 || colour == 6, isGrey: colour == 0 || colour == 4)
            case "IHDR":
                throw .corrupt(format: "png", detail: "a second IHDR chunk at byte \(offset)")
            case "tRNS":
                facts?.hasTransparency = true
            case "pHYs" where length == 9 && bytes[data + 8] == 1:
                // Unit 1 is the metre; unit 0 gives only the pixels' aspect ratio.
                facts?.pixelsPerMetre = Resolution(x: be32(data), y: be32(data + 4))
            case "IEND":
                throw .corrupt(format: "png", detail: "it has no IDAT image data")
            default:
                break
            }
            offset = data + length + 4
        }
    }

    /// PNG colour type → allowed bit depths.
    private static let validDepths: [UInt8: Set<UInt8>] = [
        0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16],
    ]

    // MARK: Other formats

    /// What a file that is neither JPEG nor PNG is, when its first bytes say so.
    static func otherKind(_ bytes: [UInt8]) -> Localized? {
        func ascii(_ range: Range<Int>) -> String? {
            guard range.upperBound <= bytes.count else { return nil }
            return String(decoding: bytes[range], as: UTF8.self)
        }
        if ascii(0..<4) == "GIF8" { return .gifImage }
        if ascii(0..<4) == "RIFF", ascii(8..<12) == "WEBP" { return .webpImage }
        if ascii(0..<4) == "%PDF" { return .pdfDocument }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            return .tiffImage
        }
        if ascii(4..<8) == "ftyp", let brand = ascii(8..<12) {
            switch brand {
            case "avif", "avis": return .avifImage
            case "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1": return .heicImage
            default: return .isoMediaFile(brand: brand.filter { $0 != " " })
            }
        }
        // "BM" and the size of a known info header (a text file may start with "BM" too).
        if ascii(0..<2) == "BM", bytes.count >= 18, bytes[15] == 0, bytes[16] == 0, bytes[17] == 0,
           [12, 40, 52, 56, 64, 108, 124].contains(bytes[14]) {
            return .bmpImage
        }
        if looksLikeText(bytes.prefix(512)) { return .textFile }
        return nil
    }

    /// True when the first bytes are UTF-8 with no control characters other than tab, CR
    /// and LF. `head` may end in the middle of a character.
    static func looksLikeText(_ head: ArraySlice<UInt8>) -> Bool {
        var sample = Array(head)
        // Drop a character the sample cut: a lead byte near the end without all its bytes.
        if let lead = sample.indices.suffix(3).last(where: { sample[$0] >= 0xC0 }) {
            let needed = sample[lead] >= 0xF0 ? 4 : sample[lead] >= 0xE0 ? 3 : 2
            if sample.count - lead < needed { sample.removeSubrange(lead...) }
        }
        var scalars = 0
        var iterator = sample.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let value = scalar.value
                if value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D { return false }
                if value == 0x7F || (0x80..<0xA0).contains(value) { return false }
                scalars += 1
            case .emptyInput:
                return scalars > 0
            case .error:
                return false
            }
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

/// CRC-32 (ISO 3309, as PNG uses it).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
