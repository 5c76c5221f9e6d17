/// The limits on the image files a record names, in one place. Each message that enforces
/// one names it.
public enum ImageLimits {
    /// Bytes read from the start of a file to identify it (format, size, orientation): enough
    /// for a phone's Exif segment with its thumbnail and an ICC profile before the frame.
    public static let headerBytes = 1 << 20
    /// The largest image data (a JPEG up to its end marker, a PNG up to IEND) accepted.
    public static let largestFileBytes = 50 << 20
    /// The memory libjpeg may use to decode one JPEG (a progressive one keeps all its
    /// coefficients: about 6 bytes per pixel).
    public static let jpegDecodeMemory = 700 << 20
    /// More scans than this makes a progressive JPEG a decoding-time bomb, not a photo.
    public static let largestScanCount = 1000
    /// The smallest printed side of a photo, in points (5 mm): anything thinner is no photo
    /// and, far thinner, makes a drawing matrix Cairo cannot invert.
    public static let smallestSide = 5 * 72 / 25.4
    /// The most a photo's longer side may exceed its shorter one: beyond it, a photo as wide
    /// as a page column is under 5 mm tall (or one as tall as a page under 5 mm wide).
    public static let largestAspectRatio = 30.0
    /// The printed sizes a seal may have, in millimetres: a sanity bound on its PNG's
    /// resolution (real seals are a few centimetres across), not a rule on seals.
    public static let smallestSealMillimetres = 15.0
    public static let largestSealMillimetres = 80.0
    /// The smallest share of the column a photo's `width:` may give (10%).
    public static let smallestFraction = 0.1
}
