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

    static func sealNotInLayout(_ regime: String, _ layout: String) -> Localized {
        if regime == "party" {
            return Localized(vi: "văn bản Đảng không in ảnh con dấu trừ khi mẫu trình bày cho phép; hãy bỏ seal:, hoặc (nếu cấp ủy dùng dấu) chép mẫu \(layout), ghi allows-seal: true và dùng bản chép với --layout",
                             en: "a Party document prints no seal image unless its layout allows it; remove seal:, or (if the committee uses a seal) copy \(layout), write allows-seal: true in the copy and pass it with --layout")
        }
        return Localized(vi: "mẫu trình bày \(layout) không in con dấu (allows-seal: false); hãy bỏ seal:, hoặc ghi allows-seal: true trong mẫu đó",
                         en: "the layout \(layout) prints no seal (allows-seal: false); remove seal:, or write allows-seal: true in it")
    }
}
