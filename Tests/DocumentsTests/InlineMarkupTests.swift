import Testing
@testable import Documents
import Records

/// The record text markup: `*italic*`, `**bold**`, stray asterisks kept.
@Suite(.englishMessages) struct InlineMarkupTests {
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

/// Markup never loses a character (issue 10, point 5).
@Suite(.englishMessages) struct InlineMarkupKeepsEveryCharacterTests {
    @Test func starsThatCannotOpenOrClosePrintAsWritten() {
        for text in ["95% (*)", "giao (*) và (*) nữa", "2*3*4 = 24", "*", "a * b", "x ** y", "(**)"] {
            #expect(InlineMarkup.parse(text) == [InlineMarkup.Piece(text: text, bold: false, italic: false)], "\(text)")
        }
    }

    @Test func anEscapedStarIsOneLiteralStar() {
        #expect(InlineMarkup.parse("\\*không nghiêng\\*") == [InlineMarkup.Piece(text: "*không nghiêng*", bold: false, italic: false)])
        #expect(InlineMarkup.parse("\\**a*").map(\.text) == ["*", "a"])
        #expect(InlineMarkup.parse("\\**a*").map(\.italic) == [false, true])
    }

    @Test func threeStarsAreBoldItalic() {
        #expect(InlineMarkup.parse("***x***") == [InlineMarkup.Piece(text: "x", bold: true, italic: true)])
        #expect(InlineMarkup.parse("a ***x*** b").map(\.text) == ["a ", "x", " b"])
    }

    @Test func quotedTextCanBeEmphasised() {
        #expect(InlineMarkup.parse("*“Khẩu hiệu”* đã nêu") == [
            InlineMarkup.Piece(text: "“Khẩu hiệu”", bold: false, italic: true),
            InlineMarkup.Piece(text: " đã nêu", bold: false, italic: false),
        ])
    }

    @Test func anUnclosedEmphasisKeepsItsStar() {
        #expect(InlineMarkup.plainText("*chưa đóng") == "*chưa đóng")
        #expect(EmphasisMarkup.parse("*chưa đóng").unclosed.map(\.offset) == [0])
        #expect(EmphasisMarkup.parse("(*) và 2*3").unclosed.isEmpty)
    }
}
