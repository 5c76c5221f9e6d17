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
    public var style: TextStyle
    /// Baseline distance from the page's top edge.
    public var baseline: Double
    public var showOnFirstPage: Bool
    public var firstNumber: Int

    public init(style: TextStyle, baseline: Double, showOnFirstPage: Bool = false, firstNumber: Int = 1) {
        self.style = style; self.baseline = baseline; self.showOnFirstPage = showOnFirstPage; self.firstNumber = firstNumber
    }
}

/// The page templates of a document: the first page may differ from the rest.
public struct PageSetup: Sendable, Hashable {
    public var first: PageTemplate
    public var rest: PageTemplate
    public var numbering: PageNumbering?

    public init(first: PageTemplate, rest: PageTemplate? = nil, numbering: PageNumbering? = nil) {
        self.first = first; self.rest = rest ?? first; self.numbering = numbering
    }

    public func template(forPage index: Int) -> PageTemplate { index == 0 ? first : rest }
}
