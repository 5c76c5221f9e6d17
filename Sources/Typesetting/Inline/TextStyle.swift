/// How a run of text looks: a face, a size, and decorations.
public struct TextStyle: Hashable, Sendable {
    public var font: Font
    public var size: Double
    public var underline: Bool

    public init(font: Font, size: Double, underline: Bool = false) {
        self.font = font; self.size = size; self.underline = underline
    }
}

/// Text in one style: the unit of inline content.
public struct TextSpan: Hashable, Sendable {
    public var text: String
    public var style: TextStyle
    /// Never break a line inside this span (TeX's `\mbox`, typst's `box`): its spaces still
    /// stretch and shrink. A span wider than the measure gives this up rather than overflow.
    public var unbreakable: Bool

    public init(_ text: String, style: TextStyle, unbreakable: Bool = false) {
        self.text = text; self.style = style; self.unbreakable = unbreakable
    }
}

/// How a paragraph's lines sit in their measure.
public enum Alignment: String, Sendable, Hashable {
    case justify, left, center, right
}

/// The block-level look of a paragraph; all lengths in points.
public struct ParagraphStyle: Hashable, Sendable {
    public var alignment: Alignment
    /// Indent of the first line, relative to `leftIndent` (negative for hanging).
    public var firstLineIndent: Double
    public var leftIndent: Double
    public var rightIndent: Double
    /// Baseline-to-baseline distance.
    public var leading: Double
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// Never break a page between this paragraph and the next block (headings, titles).
    public var keepWithNext: Bool
    /// Never break a page inside this paragraph.
    public var keepTogether: Bool
    /// Ragged lines of similar length instead of full lines and a short last one (for
    /// centred headers and titles that wrap): the last line is judged like the others.
    public var balanced: Bool = false
    /// Words of several tokens that a line should not break inside (a language's compounds);
    /// nil: every space is an equal break.
    public var words: WordJoins? = nil
    /// Tokens that belong on one line (a number and the word it counts), as a cost; nil: none.
    public var ties: TieRules? = nil

    public init(alignment: Alignment = .justify, firstLineIndent: Double = 0, leftIndent: Double = 0,
                rightIndent: Double = 0, leading: Double, spaceBefore: Double = 0, spaceAfter: Double = 0,
                keepWithNext: Bool = false, keepTogether: Bool = false) {
        self.alignment = alignment; self.firstLineIndent = firstLineIndent; self.leftIndent = leftIndent
        self.rightIndent = rightIndent; self.leading = leading; self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter; self.keepWithNext = keepWithNext; self.keepTogether = keepTogether
    }
}
