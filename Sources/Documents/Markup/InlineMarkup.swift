import Typesetting

/// The small inline markup of record text fields (DESIGN.md): `*nghiêng*` for italic and
/// `**đậm**` for bold. An asterisk without a partner is literal text.
public enum InlineMarkup {
    /// A stretch of text with its emphasis.
    struct Piece: Equatable {
        var text: String
        var bold: Bool
        var italic: Bool
    }

    /// Splits `text` into emphasis pieces.
    static func parse(_ text: String) -> [Piece] {
        let chars = Array(text)
        var pieces: [Piece] = []
        var bold = false, italic = false
        var current = ""
        func flush() {
            if !current.isEmpty { pieces.append(Piece(text: current, bold: bold, italic: italic)); current = "" }
        }
        func closes(_ marker: String, from start: Int) -> Bool {
            // A marker opens only if a matching one follows, so stray asterisks stay text.
            let rest = String(chars[start...])
            return rest.range(of: marker) != nil
        }
        var i = 0
        while i < chars.count {
            if chars[i] == "*" && i + 1 < chars.count && chars[i + 1] == "*" {
                if bold || closes("**", from: i + 2) {
                    flush(); bold.toggle(); i += 2; continue
                }
            } else if chars[i] == "*" {
                if italic || closes("*", from: i + 1) {
                    flush(); italic.toggle(); i += 1; continue
                }
            }
            current.append(chars[i])
            i += 1
        }
        flush()
        return pieces
    }

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
