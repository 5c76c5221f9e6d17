import Documents
import Foundation
import Testing
import TestSupport

/// Values that would make a page with no room, unreadable text or a crash later are refused when
/// the layout is loaded, at the value's line and column, with what to write instead.
@Suite(.englishMessages) struct LayoutValueTests {
    /// The one message loading a copy of `layout` with `old` replaced by `new` gives, at `needle`.
    func expectOne(_ layout: String, _ old: String, _ new: String, at needle: String, plus offset: Int = 0, _ message: String,
                   sourceLocation: SourceLocation = #_sourceLocation) throws {
        let copy = try LayoutCopy(layout, [(old, new)], sourceLocation: sourceLocation)
        #expect(copy.problems() == ["layout.yaml:\(copy.at(needle, plus: offset)): error: \(message)"], sourceLocation: sourceLocation)
    }

    @Test func marginsThatLeaveNoRoom() throws {
        try expectOne("bulletin", "left: 25mm, right: 20mm", "left: 95mm, right: 90mm", at: "margins",
                      "page.margins: the text area is 25mm wide (page 210mm less left and right margins); leave at least 30mm")
        try expectOne("party-minutes", "margins: { top: 20mm, bottom: 20mm,", "margins: { top: 150mm, bottom: 130mm,", at: "margins",
                      "page.margins: the text area is 17mm high (page 297mm less top and bottom margins); leave at least 30mm")
    }

    @Test func columnsTooNarrow() throws {
        let copy = try LayoutCopy("bulletin-two-columns", [("  columns: 2", "  columns: 4"), ("column-gap: 8mm", "column-gap: 20mm")])
        #expect(copy.problems() == ["layout.yaml:\(copy.at("columns: 4")): error: page.columns: 4 columns of 26.2mm each; use fewer columns or a smaller column-gap so each is at least 30mm"])
        try expectOne("bulletin", "  columns: 1", "  columns: 7", at: "columns: 7", plus: 9, "page.columns: 7 columns; write 1 to 4")
    }

    @Test func fontSizesAndLeadingOutOfRange() throws {
        try expectOne("bulletin", "headline:              { size: 17,", "headline:              { size: 90,", at: "90",
                      "styles.headline.size: '90' is outside 4–72pt; write a size in that range")
        try expectOne("bulletin", "caption:               { size: 12,", "caption:               { size: 2,", at: "{ size: 2,", plus: 8,
                      "styles.caption.size: '2' is outside 4–72pt; write a size in that range")
        try expectOne("bulletin", "size: 17, bold: true, align: left, leading: 1.2em", "size: 17, bold: true, align: left, leading: 0.5em",
                      at: "0.5em", "styles.headline.leading: '0.5em' is 8.5pt for a 17pt size; write a leading from 13.6pt (0.8 × size) to 68pt (4 × size)")
    }

    @Test func negativeSpacing() throws {
        try expectOne("bulletin", "  item-gap: 8pt", "  item-gap: -8pt", at: "-8pt", "spacing.item-gap: '-8pt' is negative; write 0 or more")
        try expectOne("bulletin", "leading: 1.3em, space-before: 10pt", "leading: 1.3em, space-before: -10pt", at: "-10pt",
                      "styles.kicker.space-before: '-10pt' is negative; write 0 or more")
    }

    @Test func columnWidthsAndFractionsThatAreNotPositive() throws {
        try expectOne("compilation", "summary: [46, 16, 20, 18]", "summary: [46, 0, 20, 18]", at: "0,",
                      "columns.summary[1]: '0' is not a positive width; write a number above 0")
        try expectOne("compilation", "summary: [46, 16, 20, 18]", "summary: [46, 16, 20]", at: "[46",
                      "columns.summary: 3 widths given but the summary columns are 4; write 4 positive numbers")
        try expectOne("bulletin", "photo-width: 0.8", "photo-width: 0", at: "0 ",
                      "fractions.photo-width: '0' is outside (0, 1]; write a share such as 0.8")
    }

    @Test func keepCountsBelowZero() throws {
        try expectOne("state-report", "keep-together-rows: 6", "keep-together-rows: -1", at: "-1",
                      "keep-together-rows: -1 is less than 0; write 0 or more")
    }

    @Test func lengthsThatDoNotParsePointAtTheValue() throws {
        try expectOne("bulletin", "column-gap: 8mm", "column-gap: 8 millimetres", at: "8 millimetres",
                      "page.column-gap: '8 millimetres' is not a length; write e.g. 20mm, 1cm, 6pt")
        try expectOne("bulletin", "indent: 8mm", "indent: 8xx", at: "8xx",
                      "styles.body.indent: '8xx' is not a length; write e.g. 20mm, 1cm, 6pt or 1.25em")
        try expectOne("bulletin", "left: 25mm", "left: 2em", at: "2em",
                      "page.margins.left: '2em': em is relative to a font size and there is none here; write mm, cm or pt")
    }

    @Test func aWatermarkGreyOutsideBlackToWhite() throws {
        try expectOne("state-report", "gray: 0.85", "gray: 2", at: "2 }",
                      "page.watermark.gray: '2' is outside 0 (black) to 1 (white); write e.g. 0.85")
    }

    @Test func anUnknownAlignmentNamesTheNearest() throws {
        try expectOne("bulletin", "italic: true, align: right", "italic: true, align: rigth", at: "rigth",
                      "styles.byline.align: unknown value 'rigth'; did you mean 'right'? (one of justify, left, center, right)")
    }
}
