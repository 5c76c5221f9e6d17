/// Every tunable of line and page breaking, with its default, in one place.
///
/// Values follow TeX's plain format where TeX has one (Knuth, *The TeXbook*, ch. 14 and 15);
/// the Vietnamese-specific ones say why beside them.
public struct TypesettingSettings: Sendable, Hashable {
    /// Line breaking (Knuth & Plass 1981).
    public var lineBreaking = LineBreakSettings()
    /// Page building.
    public var pageBreaking = PageBreakSettings()
    /// Tables and layout grids.
    public var tables = TableSettings()

    public init() {}
    public static let `default` = TypesettingSettings()
}

/// Knuth–Plass parameters; badness and demerits as in TeX (tex.web §108, §859;
/// docs/typesetting.md).
public struct LineBreakSettings: Sendable, Hashable {
    /// First pass: the largest badness accepted before trying harder (TeX's \pretolerance).
    public var pretolerance: Double = 100
    /// Second pass (TeX's \tolerance). Justified lines never stretch past this badness when a
    /// feasible breaking exists.
    public var tolerance: Double = 200
    /// Extra stretch per line offered in the third pass (TeX's \emergencystretch), as a
    /// fraction of the font size.
    public var emergencyStretchEm: Double = 1.5
    /// Added to every line's badness before squaring (TeX's \linepenalty, 10 in plain TeX).
    /// Raised so that a line more weighs against the small badness differences of near-natural
    /// lines: on the spacing corpus (Scripts/measure-spacing.py) the inter-word gap's
    /// deviation falls from 0.58 to 0.54 pt with the rules of Vietnamese text on.
    public var linePenalty: Double = 50
    /// Demerits for adjacent lines of incompatible fitness classes (TeX's \adjdemerits).
    public var adjacentDemerits: Double = 10_000
    /// Demerits for a paragraph whose last line holds a single syllable (a runt, as typst
    /// calls it; TeX's \finalhyphendemerits plays this part for hyphens): in Vietnamese one
    /// syllable alone on the last line reads as a stray word (`ủy.`, `tỉnh.`). As much as a
    /// broken tie (`tiePenalty`²) and more than any resetting of a paragraph within tolerance
    /// costs, so the runt goes whenever the paragraph can be set otherwise within tolerance
    /// (75 000, one line at the tolerance instead of natural, left some where several lines
    /// had to change). A first pass that ends in a runt hands over to the second.
    public var runtDemerits: Double = 1_000_000
    /// Inter-word glue: stretch and shrink as fractions of the space's width (TeX's
    /// Computer Modern ratios, 1/2 and 1/3).
    public var spaceStretch: Double = 0.5
    public var spaceShrink: Double = 1.0 / 3.0
    /// Letter spacing of justified lines, per gap between two letters, as a fraction of the
    /// font size: how much it may grow (at a line's full stretch) and shrink (at its full
    /// shrink). Word spaces alone cannot set Vietnamese text as evenly as TeX sets English:
    /// names, numbers with their units and compound words bind many of its spaces, and a
    /// line has few good places left to end. Letting the letters take a small share of the
    /// slack, as Hàn Thế Thành's font expansion does in pdfTeX and the letter-spacing range
    /// of a desktop publishing program's justification settings does, brings the word gap on
    /// the spacing corpus from 3.41 ± 0.57 pt to 3.33 ± 0.44 pt with no line looser than 1.5
    /// spaces, and halves the breaks inside compound words (docs/typesetting.md, "Spacing").
    /// At 13 pt a gap moves by at most 0.33 pt (0.20 pt tighter), typically under 0.1 pt, far
    /// below what the eye reads as spaced letters; a line loosened past the tolerance (an
    /// emergency) puts the excess in the word spaces only.
    public var letterStretch: Double = 0.02
    public var letterShrink: Double = 0.015
    /// Stretch used only to judge ragged (left, centre, right) lines; the spaces themselves
    /// are set at their natural width.
    public var raggedStretch: Double = 3.0
    /// Cost of breaking inside a word wider than the whole measure (a long URL or code),
    /// the only case where a word is ever split.
    public var overlongWordPenalty: Int = 5_000
    /// Cost of a break inside a word of several tokens that `ParagraphStyle.words` knows
    /// (`Thương binh`) in justified text: more than a break between words, TeX's
    /// \hyphenpenalty (50) for a break inside a word, so the spacing decides only between
    /// otherwise close breakings. Most spaces of Vietnamese text are inside some word of the
    /// list, so a larger cost (it was 200) leaves too few good breaks: the gap's deviation on
    /// the spacing corpus grows from 0.54 to 0.68 pt. (Ragged and centred text never breaks
    /// inside such a word unless it is wider than the measure.)
    public var wordJoinPenalty: Int = 50
    /// Cost of a break at a space that `ParagraphStyle.ties` ties (a number and the word it
    /// counts or dates, `8 tháng`, `năm 2023`) in justified text: far above a line's demerits
    /// within tolerance, so a tie breaks only where no breaking within tolerance avoids it (a
    /// first pass that breaks one hands over to the second); below `Penalty.never`, so it
    /// never makes a line run past the margin. In ragged and centred text a tie binds, as a
    /// compound word does, unless the tied run is wider than the measure.
    public var tiePenalty: Int = 1_000
    /// The penalty a tie's break carries: `tiePenalty`, kept below `Penalty.never` so that the
    /// break stays legal. Also how the breaker tells a broken tie among a pass's breaks.
    public var tieCost: Int { min(tiePenalty, Penalty.never - 1) }
    /// In centred text, the cost of a break between words that is not a phrase boundary (after
    /// `,` `;` `:` `.` or a spaced dash), so that centred lines break where a clerk would.
    public var centredWordBreakPenalty: Int = 50

    public init() {}
}

/// Page-builder parameters.
public struct PageBreakSettings: Sendable, Hashable {
    /// A paragraph never leaves fewer than this many lines at a page foot (orphans) …
    public var orphanLines: Int = 2
    /// … nor carries fewer than this many to the next page (widows). Both regulations' practice.
    public var widowLines: Int = 2
    /// Boxes of what follows that a heading keeps on its page: two, the first two lines of the
    /// paragraph under it or a table's header and first row (the heading's \nobreak and the
    /// next paragraph's \clubpenalty in TeX; typst's `block(sticky: true)`).
    public var headingKeepsBoxes: Int = 2
    /// Boxes of what follows that a paragraph ending in ":" keeps on its page: what it
    /// introduces, the first two lines of a list or a table's header and first row.
    public var introductionKeepsBoxes: Int = 2
    /// Cost of breaking between two ordinary lines of a paragraph (TeX's \interlinepenalty).
    public var interlinePenalty: Int = 0
    /// Cost of leaving a page completely empty; a break's fill cost is this times the empty
    /// fraction cubed (TeX's badness shape), so of two legal breaks the fuller page wins.
    public var emptyPageCost: Double = 1_000
    /// The part of a page (0…1) that a discouraged break (`AvoidBreak`) is taken to avoid
    /// leaving empty. A quarter, under the 30% that continuous documents allow at most: the
    /// page that the discouraged break ends is itself not quite full, and a reader measures
    /// the hole from the last line's ink, not from its line box.
    public var holeLimit: Double = 0.25
    /// How far (points) material may exceed the text area and still count as fitting:
    /// rounding of positions, never visible.
    public var fitTolerance: Double = 0.001
    /// Space (points) between a float carried to the top of a page and the text under it.
    public var floatGap: Double = 8
    /// Step (points) by which balancing raises the column height until a segment fits.
    public var balanceStep: Double = 1

    public init() {}

    /// The cost of a discouraged break (`AvoidBreak`): what a page `holeLimit` empty costs,
    /// so the page builder prefers it only to breaks that leave a larger hole (16).
    public var avoidPenalty: Int { Int((emptyPageCost * holeLimit * holeLimit * holeLimit).rounded(.up)) }
}

/// Table and layout-grid parameters.
public struct TableSettings: Sendable, Hashable {
    /// Room (points) added to a column widened to hold its widest unbreakable line
    /// (`Table.fitsUnbreakableLines`), so that rounding never pushes that line past the column.
    public var columnFitAllowance: Double = 2

    public init() {}
}

/// Penalty values with TeX's meaning: at or above `never` a break is forbidden; at or below
/// `always` it is forced.
public enum Penalty {
    public static let never = 10_000
    public static let always = -10_000
    /// A break allowed between the columns of one page and forbidden as a page break (from
    /// `Keep.onPageWithNext`); on one-column pages it forbids, as `never` does.
    public static let columnOnly = 9_999
}
