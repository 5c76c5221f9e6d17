/// The sane ranges a layout's values are checked against when it is loaded (tunables, in one place).
public enum LayoutLimits {
    /// The narrowest text area, and text column, a page may leave (in mm).
    public static let minimumTextMillimetres = 30.0
    /// Font sizes a style may have (in points).
    public static let fontSizes: ClosedRange<Double> = 4...72
    /// A watermark's style is larger: a word across the page.
    public static let watermarkSizes: ClosedRange<Double> = 4...200
    /// A style's leading as a multiple of its size.
    public static let leadingFactors: ClosedRange<Double> = 0.8...4
    /// The largest layout file read (the shipped ones are about 5 KB).
    public static let maximumFileBytes = 1_000_000
    /// How many text columns a page may have.
    public static let pageColumns: ClosedRange<Int> = 1...4
    /// Bleed a booklet's imposed sheets may have (in mm; `compile --bleed`).
    public static let bleedMillimetres: ClosedRange<Double> = 0...10
}
