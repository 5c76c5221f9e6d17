import Testing
@testable import Documents

/// The record text markup: `*italic*`, `**bold**`, stray asterisks kept.
@Suite struct InlineMarkupTests {
    typealias Piece = InlineMarkup.Piece

    @Test func plainTextIsOnePiece() {
        #expect(InlineMarkup.parse("Hội nghị sơ kết") == [Piece(text: "Hội nghị sơ kết", bold: false, italic: false)])
    }

    @Test func italicAndBold() {
        #expect(InlineMarkup.parse("a *nghiêng* b **đậm** c") == [
            Piece(text: "a ", bold: false, italic: false), Piece(text: "nghiêng", bold: false, italic: true),
            Piece(text: " b ", bold: false, italic: false), Piece(text: "đậm", bold: true, italic: false),
            Piece(text: " c", bold: false, italic: false),
        ])
    }

    @Test func boldInsideItalic() {
        #expect(InlineMarkup.parse("*a **b** c*").map(\.text) == ["a ", "b", " c"])
        #expect(InlineMarkup.parse("*a **b** c*").map(\.bold) == [false, true, false])
        #expect(InlineMarkup.parse("*a **b** c*").allSatisfy { $0.italic })
    }

    @Test func aLoneAsteriskBeforeBoldStaysText() {
        let pieces = InlineMarkup.parse("2 * 3 = 6, **mục hai** còn lại")
        #expect(pieces.map(\.text) == ["2 * 3 = 6, ", "mục hai", " còn lại"])
        #expect(pieces.map(\.bold) == [false, true, false])
        #expect(pieces.allSatisfy { !$0.italic })
    }

    @Test func strayAsterisksStayText() {
        #expect(InlineMarkup.plainText("5 * 3 = 15") == "5 * 3 = 15")
        #expect(InlineMarkup.plainText("ghi chú**") == "ghi chú**")
        #expect(InlineMarkup.plainText("*") == "*")
    }
}
