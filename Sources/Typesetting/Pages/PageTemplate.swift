/// The geometry of a page: its size and the margins around the text area.
public struct PageTemplate: Sendable, Hashable {
    public var size: Size
    public var margins: Insets
    /// Columns of the text area, and the gap between two of them.
    public var columns: Int
    public var columnGap: Double

    public init(size: Size = .a4, margins: Insets, columns: Int = 1, columnGap: Double = 0) {
        self.size = size; self.margins = margins; self.columns = max(1, columns); self.columnGap = columnGap
    }

    public var textWidth: Double { size.width - margins.left - margins.right }
    public var textHeight: Double { size.height - margins.top - margins.bottom }
    /// The measure of one column.
    public var columnWidth: Double {
        (textWidth - columnGap * Double(columns - 1)) / Double(columns)
    }
    /// The left edge of column `index`.
    public func columnX(_ index: Int) -> Double { margins.left + Double(index) * (columnWidth + columnGap) }
}

/// Page numbers: Arabic numerals centred over the text area, on a baseline in the top or
/// bottom margin (both regulations: top centre, hidden on page 1).
public struct PageNumbering: Sendable, Hashable {
    /// How numbers are written: `1, 2, 3` or, for front matter, `i, ii, iii`.
    public enum Format: String, Sendable, Hashable { case arabic, roman }

    public var style: TextStyle
    /// Baseline distance from the page's top edge.
    public var baseline: Double
    public var showOnFirstPage: Bool
    public var firstNumber: Int
    public var format: Format

    public init(style: TextStyle, baseline: Double, showOnFirstPage: Bool = false, firstNumber: Int = 1,
                format: Format = .arabic) {
        self.style = style; self.baseline = baseline; self.showOnFirstPage = showOnFirstPage
        self.firstNumber = firstNumber; self.format = format
    }

    /// `number` in this numbering's format.
    public func text(_ number: Int) -> String {
        switch format {
        case .arabic: return String(number)
        case .roman: return Self.roman(number).lowercased()
        }
    }

    /// Roman numerals (1 → I, 4 → IV, 1990 → MCMXC).
    public static func roman(_ number: Int) -> String {
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = max(0, number), result = ""
        for (value, letters) in values { while rest >= value { result += letters; rest -= value } }
        return result
    }
}

/// A running head: the current section's title in the top margin of every page but the
/// first (TeX's marks: the first mark on the page, else the last one before it).
public struct RunningHead: Sendable, Hashable {
    public var style: TextStyle
    /// Baseline distance from the page's top edge.
    public var baseline: Double
    public var alignment: Alignment
    /// A rule under the head, this thick (0 for none), this far below the baseline.
    public var rule: Double
    public var ruleOffset: Double
    public var showOnFirstPage: Bool

    public init(style: TextStyle, baseline: Double, alignment: Alignment = .center, rule: Double = 0,
                ruleOffset: Double = 4, showOnFirstPage: Bool = false) {
        self.style = style; self.baseline = baseline; self.alignment = alignment; self.rule = rule
        self.ruleOffset = ruleOffset; self.showOnFirstPage = showOnFirstPage
    }
}

/// Text set large and light across every page, under the page's content (`DỰ THẢO` on a
/// draft).
public struct Watermark: Sendable, Hashable {
    public var text: String
    public var style: TextStyle
    /// Degrees, counter-clockwise as the page is seen.
    public var angle: Double
    /// 0 is black, 1 white.
    public var gray: Double
    public init(text: String, style: TextStyle, angle: Double, gray: Double) {
        self.text = text; self.style = style; self.angle = angle; self.gray = gray
    }
}

/// The page templates of a document: the first page may differ from the rest.
public struct PageSetup: Sendable, Hashable {
    public var first: PageTemplate
    public var rest: PageTemplate
    public var numbering: PageNumbering?
    public var runningHead: RunningHead?
    public var watermark: Watermark?

    public init(first: PageTemplate, rest: PageTemplate? = nil, numbering: PageNumbering? = nil,
                runningHead: RunningHead? = nil, watermark: Watermark? = nil) {
        self.first = first; self.rest = rest ?? first; self.numbering = numbering; self.runningHead = runningHead
        self.watermark = watermark
    }

    public func template(forPage index: Int) -> PageTemplate { index == 0 ? first : rest }
}
