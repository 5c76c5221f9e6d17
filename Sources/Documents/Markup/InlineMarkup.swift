import Typesetting

/// The small inline markup of record text fields (docs/records.md, "Inline markup"): `*nghiêng*`
/// for italic and `**đậm**` for bold. An asterisk without a partner is literal text.
public enum InlineMarkup {
    /// A stretch of text with its emphasis.
    struct Piece: Equatable {
        var text: String
        var bold: Bool
        var italic: Bool
    }

    /// Splits `text` into emphasis pieces.
    static func parse(_ text: String) -> [Piece] {
        // Most fields have no markup at all.
        guard text.utf8.contains(UInt8(ascii: "*")) else { return [Piece(text: text, bold: false, italic: false)] }
        let scalars = Array(text.unicodeScalars)
        // Where each run of one or two asterisks could close: a marker opens only if a
        // matching one follows, so stray asterisks stay text.
        var pieces: [Piece] = []
        var bold = false, italic = false
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { pieces.append(Piece(text: String(current), bold: bold, italic: italic)); current = .init() }
        }
        func isSpace(_ i: Int) -> Bool { i < 0 || i >= scalars.count || scalars[i].properties.isWhitespace }
        func stars(at i: Int) -> Int {
            var n = 0
            while i + n < scalars.count && scalars[i + n] == "*" { n += 1 }
            return n
        }
        // Markdown's flanking rule, simplified: a marker opens before text and closes after
        // text, and a single `*` is a marker only when it stands alone (not part of `**`).
        func closes(double: Bool, from start: Int) -> Bool {
            var i = start
            while i < scalars.count {
                let run = stars(at: i)
                if run > 0 {
                    if (double ? run >= 2 : run == 1) && !isSpace(i - 1) { return true }
                    i += run
                } else {
                    i += 1
                }
            }
            return false
        }
        var i = 0
        while i < scalars.count {
            let run = stars(at: i)
            if run >= 2 {
                if bold ? !isSpace(i - 1) : (!isSpace(i + 2) && closes(double: true, from: i + 2)) {
                    flush(); bold.toggle(); i += 2; continue
                }
            } else if run == 1 {
                if italic ? !isSpace(i - 1) : (!isSpace(i + 1) && closes(double: false, from: i + 1)) {
                    flush(); italic.toggle(); i += 1; continue
                }
            }
            current.append(scalars[i])
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
