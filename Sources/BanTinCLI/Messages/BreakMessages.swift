import Records

/// The catalogue's messages about line breaks in a written document.
extension Localized {
    /// A text wider than its column, which the line breaker had to break inside.
    static func textWiderThanColumn(_ path: String, _ text: String) -> Localized {
        let shown = SafeText.escaped(text)
        return Localized(vi: "\(path): cảnh báo: “\(shown)” dài hơn cột chữ nên bị ngắt dòng ở giữa; hãy rút ngắn hoặc thêm dấu cách",
                         en: "\(path): warning: “\(shown)” is wider than its column, so it is broken inside; shorten it or add spaces")
    }
}
