import CImageCheck

/// The full decode of an image file at check time (libjpeg-turbo, libpng), so a photo whose
/// data is damaged is reported at its record's field instead of failing when Cairo draws it.
/// Memory stays bounded (a row at a time); the file is read once, from its start.
enum ImageDecodeCheck {
    /// What the decode found.
    enum Outcome: Equatable {
        /// The image decoded; `dataBytes` is where its end marker ends (EOI, IEND); `ink` is a
        /// PNG's average colour weighted by alpha (nil for a JPEG or a fully clear PNG).
        case sound(dataBytes: Int, ink: InkColour?)
        case truncated(detail: String)
        case corrupt(detail: String)
        case tooLarge
        case needsTooMuchMemory
    }

    /// Decodes the image in `fd` (at offset 0) of `format` `jpeg` or `png`.
    static func check(fd: Int32, format: String) -> Outcome {
        var result = bantin_image_check()
        if format == "jpeg" {
            bantin_check_jpeg(fd, Int64(ImageLimits.largestFileBytes), Int64(ImageLimits.jpegDecodeMemory),
                              Int32(ImageLimits.largestScanCount), &result)
        } else {
            bantin_check_png(fd, Int64(ImageLimits.largestFileBytes), Int32(ImageProbe.largestSide), &result)
        }
        if result.ok == 1 {
            let (red, green, blue, weight) = result.ink
            let ink = weight == 0 ? nil : InkColour(red: Double(red) / Double(weight), green: Double(green) / Double(weight),
                                                    blue: Double(blue) / Double(weight))
            return .sound(dataBytes: Int(result.consumed), ink: ink)
        }
        if result.limit_hit == 1 { return .tooLarge }
        if result.out_of_memory == 1 { return .needsTooMuchMemory }
        let message = withUnsafeBytes(of: result.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        // Only printable ASCII of the library's message reaches the terminal.
        let clean = String(message.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F }.map(Character.init))
        return result.truncated == 1 ? .truncated(detail: clean) : .corrupt(detail: clean)
    }
}

/// The average colour of what an image draws (0–255 a channel), its transparent pixels left out.
struct InkColour: Equatable {
    var red: Double
    var green: Double
    var blue: Double

    /// Red ink, as a seal's: red well above green and blue (a stamp's red, from vermilion to
    /// crimson, not a brown or an orange-yellow).
    var isRed: Bool { red >= 120 && red >= 1.6 * green && red >= 1.6 * blue }

    /// `#DC1E28`.
    var hex: String {
        [red, green, blue].map { value in
            let byte = Int(value.rounded())
            return String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }.reduce("#", +)
    }
}
