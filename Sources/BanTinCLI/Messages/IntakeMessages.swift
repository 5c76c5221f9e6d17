import Records

/// The catalogue's messages for the problems the command line finds in a record once it is
/// read: a record of the wrong kind, a character no font has, a layout for another regime.
extension Localized {
    static var minutesProduct: Localized { Localized(vi: "bản in biên bản", en: "minutes") }
    static var bulletinItemsProduct: Localized { Localized(vi: "các tin của bản tin", en: "bulletin items") }
    static var reportFiguresProduct: Localized { Localized(vi: "số liệu của báo cáo", en: "a report's figures") }

    static func recordOfWrongKind(_ kind: String, _ product: Localized) -> Localized {
        Localized(vi: "tệp này có kind: \(kind); \(product.vi) chỉ làm được từ biên bản cuộc họp (kind: meeting)",
                  en: "this record is a \(kind); \(product.en) are made from meeting records")
    }

    static func characterNotInFont(_ character: String, _ code: String, _ fonts: String) -> Localized {
        Localized(vi: "ký tự '\(character)' (\(code)) không có trong phông chữ \(fonts); hãy thay ký tự đó hoặc thêm một phông chữ có nó",
                  en: "the character '\(character)' (\(code)) is not in the font \(fonts); replace it or add a font that has it")
    }

    static func layoutForOtherRegime(_ layout: String, _ regime: String) -> Localized {
        Localized(vi: "mẫu trình bày (layout) dành cho văn bản \(layout) nhưng báo cáo này có regime: \(regime)",
                  en: "the layout is for \(layout) documents but this report's regime is \(regime)")
    }
}
