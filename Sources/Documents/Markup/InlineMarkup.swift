import Records
import Typesetting

/// The small inline markup of record text fields (docs/records.md, "Inline markup"), styled
/// for the page: `*nghiêng*` italic, `**đậm**` bold, `***cả hai***` both; every other star is
/// printed as written.
public enum InlineMarkup {
    /// A stretch of text with its emphasis.
    typealias Piece = EmphasisMarkup.Piece

    /// Splits `text` into emphasis pieces; the rules (and the warnings for unclosed
    /// emphasis, given at load) live with the records, see `EmphasisMarkup`.
    static func parse(_ text: String) -> [Piece] { EmphasisMarkup.parse(text).pieces }

    /// Spans of `text` in `style`, with markup turned into the style family's faces.
    static func spans(_ text: String, style: StyleSheet.Style) -> [TextSpan] {
        let source = style.uppercase ? text.uppercased() : text
        return parse(source).map { piece in
            var textStyle = style.text
            let bold = piece.bold || style.text.font.isBold
            let italic = piece.italic || style.text.font.isItalic
            textStyle.font = bold ? (italic ? style.boldItalic : style.bold) : (italic ? style.italic : style.regular)
            return TextSpan(piece.text, style: textStyle)
        }
    }

    /// The text a reader sees once markup is removed.
    public static func plainText(_ text: String) -> String { parse(text).map(\.text).joined() }
}
