/// The text of a dashed list item (Nơi nhận, Kính gửi) as a clerk may have typed it, reduced
/// to what the layout's templates wrap in their own dash and end punctuation.
enum ListItem {
    /// What the archive keeps, without the `Lưu` (and the state `VT`) the layout's archive
    /// line writes itself: `Lưu: VT, VP.` given in full still prints once.
    static func archive(_ text: String) -> String {
        var text = Substring(Self.text(text))
        for prefix in ["Lưu:", "Lưu", "VT,", "VT"] where text.hasPrefix(prefix + " ") || text == prefix {
            text = text.dropFirst(prefix.count).drop { $0 == " " }
        }
        return String(text)
    }

    /// A recipient or an addressee without the dash or the end punctuation a clerk may have
    /// typed, which the layout's template adds.
    static func text(_ text: String) -> String {
        var text = Substring(text)
        if text.hasPrefix("- ") { text = text.dropFirst(2) }
        while let last = text.last, last == ";" || last == "." { text = text.dropLast() }
        return String(text)
    }
}
