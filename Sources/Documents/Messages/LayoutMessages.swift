import Records

/// What is wrong with a layout file, and how to fix it: every problem `Layout.load` and the
/// builders report. Key paths and values are quoted as written in the layout.
extension Localized {
    static var layoutErrorLabel: Localized { Localized(vi: "lỗi", en: "error") }

    // What a value was found to be.
    static var layoutFoundList: Localized { Localized(vi: "một danh sách", en: "a list") }
    static var layoutFoundMapping: Localized { Localized(vi: "một nhóm khoá", en: "a mapping") }
    static var layoutFoundAlias: Localized { Localized(vi: "một bí danh (alias)", en: "an alias") }

    // The file as a whole.
    static var layoutUnreadable: Localized {
        Localized(vi: "không đọc được tệp bố cục; hãy kiểm tra đường dẫn ghi sau --layout",
                  en: "cannot read the layout file; check the path given with --layout")
    }
    static func layoutTooLarge(_ size: Int, most: Int) -> Localized {
        Localized(vi: "tệp có \(size) byte, nhiều hơn mức \(most) của một bố cục; hãy dùng đúng tệp bố cục (vài KB)",
                  en: "the file has \(size) bytes, more than a layout's \(most); give a layout file (a few KB)")
    }
    static var layoutNotUTF8: Localized {
        Localized(vi: "tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8", en: "the file is not UTF-8 text; save it as UTF-8")
    }
    static var layoutEmpty: Localized {
        Localized(vi: "tệp trống; hãy chép một bố cục trong Layouts/ rồi sửa", en: "the file is empty; copy a layout from Layouts/ and edit it")
    }
    static func layoutCannotBeRead(_ reason: String) -> Localized {
        Localized(vi: "không đọc được: \(reason)", en: "cannot be read: \(reason)")
    }
    static func layoutWrongProduct(_ product: String, expected: String) -> Localized {
        Localized(vi: "bố cục này dành cho \(product), không phải \(expected); hãy dùng một bố cục \(expected) (xem Layouts/)",
                  en: "this layout is for \(product), not \(expected); give a \(expected) layout (see Layouts/)")
    }
    static func layoutNotValidYAML(_ problem: String) -> Localized {
        Localized(vi: "không phải YAML hợp lệ (\(problem)); hãy kiểm tra thụt lề và đặt trong ngoặc kép những đoạn chữ có ': ', ' #' hoặc dấu nháy",
                  en: "not valid YAML (\(problem)); check the indentation and put texts with ': ', ' #' or quotes inside them in double quotes")
    }
    static var layoutKeyTwice: Localized {
        Localized(vi: "khoá này được viết hai lần; hãy giữ một", en: "the key is written twice; keep one")
    }
    static func layoutNotALayout(_ found: String) -> Localized {
        Localized(vi: "cần các khoá của một bố cục (product, regime, page …), nhưng gặp \(found)",
                  en: "expected the keys of a layout (product, regime, page …), found \(found)")
    }
    static var layoutProductMissing: Localized {
        Localized(vi: "thiếu; hãy thêm `product:` (minutes, bulletin, compilation hoặc report) ở đầu tệp",
                  en: "missing; add `product:` (minutes, bulletin, compilation or report) at the top")
    }

    // Keys.
    static func layoutExpectedMapping(_ found: String) -> Localized {
        Localized(vi: "cần một nhóm khoá, nhưng gặp \(found); hãy viết các dòng `khoá: giá trị` thụt vào bên dưới",
                  en: "expected a mapping of keys, found \(found); write `key: value` lines indented under it")
    }
    static func layoutKeyNotAName(_ found: String) -> Localized {
        Localized(vi: "khoá phải là một tên đơn giản, nhưng gặp \(found)", en: "a key must be a plain name, found \(found)")
    }
    static func layoutUnknownKeyNear(_ nearest: String) -> Localized {
        Localized(vi: "không có khoá này; có phải ý bạn là '\(nearest)'?", en: "unknown key; did you mean '\(nearest)'?")
    }
    static func layoutUnknownKeyUnder(_ path: String) -> Localized {
        Localized(vi: "không có khoá này; hãy xoá nó (không được viết gì dưới \(path))",
                  en: "unknown key; remove it (nothing may be written under \(path))")
    }
    static var layoutUnknownKeyAtTop: Localized {
        Localized(vi: "không có khoá này; hãy xoá nó (không được viết gì ở đầu tệp)",
                  en: "unknown key; remove it (nothing may be written under the file)")
    }
    static func layoutMissingKeyUnder(_ key: String, under path: String) -> Localized {
        Localized(vi: "thiếu; hãy thêm `\(key):` dưới \(path)", en: "missing; add `\(key):` under \(path)")
    }
    static func layoutMissingKeyAtTop(_ key: String) -> Localized {
        Localized(vi: "thiếu; hãy thêm `\(key):` ở đầu tệp", en: "missing; add `\(key):` at the top of the file")
    }
    static var layoutMissingKey: Localized {
        Localized(vi: "thiếu; hãy thêm vào bố cục", en: "missing; add it to the layout")
    }

    // Values.
    static func layoutExpectedText(_ found: String) -> Localized {
        Localized(vi: "cần một đoạn chữ, nhưng gặp \(found); hãy viết nó trên cùng dòng với khoá, trong ngoặc kép",
                  en: "expected a text, found \(found); write it on the key's line, in quotes")
    }
    static func layoutNotANumber(_ found: String, example: String) -> Localized {
        Localized(vi: "\(found) không phải một số; hãy viết một số, ví dụ \(example)",
                  en: "\(found) is not a number; write a number such as \(example)")
    }
    static func layoutNotWhole(_ found: String, example: Int) -> Localized {
        Localized(vi: "\(found) không phải số nguyên; hãy viết một số như \(example)",
                  en: "\(found) is not a whole number; write one such as \(example)")
    }
    static func layoutBelowMinimum(_ value: Int, minimum: Int) -> Localized {
        Localized(vi: "\(value) nhỏ hơn \(minimum); hãy viết từ \(minimum) trở lên", en: "\(value) is less than \(minimum); write \(minimum) or more")
    }
    static func layoutNotAFlag(_ found: String) -> Localized {
        Localized(vi: "\(found) không phải true hay false; hãy viết true (có) hoặc false (không)",
                  en: "\(found) is not true or false; write true or false")
    }
    static func layoutUnknownValue(_ value: String, nearest: String, choices: String) -> Localized {
        Localized(vi: "không có giá trị \(value); có phải ý bạn là '\(nearest)'? (một trong: \(choices))",
                  en: "unknown value \(value); did you mean '\(nearest)'? (one of \(choices))")
    }
    static func layoutNotALength(_ found: String, examples: String) -> Localized {
        Localized(vi: "\(found) không phải độ dài; hãy viết ví dụ \(examples)", en: "\(found) is not a length; write e.g. \(examples)")
    }
    static func layoutEmHere(_ text: String) -> Localized {
        Localized(vi: "\(text): đơn vị em tính theo cỡ chữ mà ở đây không có cỡ chữ nào; hãy viết mm, cm hoặc pt",
                  en: "\(text): em is relative to a font size and there is none here; write mm, cm or pt")
    }
    static func layoutNegative(_ text: String) -> Localized {
        Localized(vi: "\(text) là số âm; hãy viết từ 0 trở lên", en: "\(text) is negative; write 0 or more")
    }
    static func layoutLengthText(_ text: String) -> Localized {
        Localized(vi: "'\(text)' không phải độ dài; hãy viết ví dụ 20mm, 1cm, 6pt hoặc 1.25em",
                  en: "'\(text)' is not a length; write e.g. 20mm, 1cm, 6pt or 1.25em")
    }
    static func layoutShareOutside(_ found: String) -> Localized {
        Localized(vi: "\(found) nằm ngoài khoảng (0, 1]; hãy viết một tỉ lệ như 0.8", en: "\(found) is outside (0, 1]; write a share such as 0.8")
    }
    static var layoutUnclosedPlaceholder: Localized {
        Localized(vi: "có dấu '{' chưa đóng; hãy viết chỗ điền dạng {tên}", en: "a '{' is not closed; write placeholders as {name}")
    }
    static func layoutUnknownPlaceholder(_ name: String, hint: Localized, known: String) -> Localized {
        Localized(vi: "không có chỗ điền {\(name)}; \(hint.vi)(đoạn này dùng được \(known))",
                  en: "unknown placeholder {\(name)}; \(hint.en)(this text may use \(known))")
    }
    static func layoutPlaceholderNear(_ name: String) -> Localized {
        Localized(vi: "có phải ý bạn là {\(name)}? ", en: "did you mean {\(name)}? ")
    }
    static var layoutZeroRule: Localized {
        Localized(vi: "đường kẻ dày 0 sẽ không được vẽ; hãy viết ví dụ 0.5pt, hoặc xoá đường kẻ",
                  en: "a rule of thickness 0 is not drawn; write e.g. 0.5pt, or remove the rule")
    }
    static func layoutExpectedWidths(_ count: Int, example: String) -> Localized {
        Localized(vi: "cần một danh sách \(count) độ rộng tương đối, ví dụ [\(example)]",
                  en: "expected a list of \(count) relative widths, e.g. [\(example)]")
    }
    static func layoutWidthCount(_ given: Int, name: String, count: Int) -> Localized {
        Localized(vi: "đã ghi \(given) độ rộng nhưng bảng \(name) có \(count) cột; hãy viết \(count) số dương",
                  en: "\(given) widths given but the \(name) columns are \(count); write \(count) positive numbers")
    }
    static func layoutWidthNotPositive(_ found: String) -> Localized {
        Localized(vi: "\(found) không phải độ rộng dương; hãy viết một số lớn hơn 0", en: "\(found) is not a positive width; write a number above 0")
    }
    static var layoutExpectedSections: Localized {
        Localized(vi: "cần một danh sách các phần, mỗi phần bắt đầu bằng `- kind:`", en: "expected a list of sections, each starting with `- kind:`")
    }
    static func layoutSectionNeedsText(_ kind: String) -> Localized {
        Localized(vi: "thiếu; phần \(kind) cần có `text:`", en: "missing; a \(kind) section needs `text:`")
    }

    // Page and styles.
    static func layoutColumnCount(_ count: Int, least: Int, most: Int) -> Localized {
        Localized(vi: "\(count) cột; hãy viết từ \(least) đến \(most)", en: "\(count) columns; write \(least) to \(most)")
    }
    static func layoutColumnsFound(_ columns: Int) -> Localized {
        Localized(vi: "cần từ 1 đến 4 cột, nhưng gặp \(columns)", en: "expected 1 to 4 columns, found \(columns)")
    }
    static func layoutGrayOutside(_ found: String) -> Localized {
        Localized(vi: "\(found) nằm ngoài khoảng 0 (đen) đến 1 (trắng); hãy viết ví dụ 0.85",
                  en: "\(found) is outside 0 (black) to 1 (white); write e.g. 0.85")
    }
    static func layoutOffThePage(_ found: String, height: String) -> Localized {
        Localized(vi: "\(found) nằm ngoài trang (cao \(height)); hãy viết một khoảng cách tính từ mép trên, trong trang",
                  en: "\(found) is off the page (height \(height)); write a distance from the top edge inside the page")
    }
    static func layoutTextAreaNarrow(_ text: String, page: String, least: String) -> Localized {
        Localized(vi: "vùng chữ chỉ rộng \(text) (trang \(page) trừ lề trái và phải); hãy để ít nhất \(least)",
                  en: "the text area is \(text) wide (page \(page) less left and right margins); leave at least \(least)")
    }
    static func layoutColumnsNarrow(_ columns: Int, width: String, least: String) -> Localized {
        Localized(vi: "\(columns) cột, mỗi cột rộng \(width); hãy dùng ít cột hơn hoặc column-gap nhỏ hơn để mỗi cột rộng ít nhất \(least)",
                  en: "\(columns) columns of \(width) each; use fewer columns or a smaller column-gap so each is at least \(least)")
    }
    static func layoutTextAreaLow(_ text: String, page: String, least: String) -> Localized {
        Localized(vi: "vùng chữ chỉ cao \(text) (trang \(page) trừ lề trên và dưới); hãy để ít nhất \(least)",
                  en: "the text area is \(text) high (page \(page) less top and bottom margins); leave at least \(least)")
    }
    static func layoutSizeOutside(_ found: String, least: Int, most: Int) -> Localized {
        Localized(vi: "\(found) nằm ngoài khoảng \(least)–\(most)pt; hãy viết một cỡ chữ trong khoảng đó",
                  en: "\(found) is outside \(least)–\(most)pt; write a size in that range")
    }
    static func layoutLeadingOutside(_ found: String, points: String, size: String, least: String, low: String, most: String, high: Int) -> Localized {
        Localized(vi: "\(found) là \(points) với cỡ chữ \(size); hãy viết khoảng cách dòng từ \(least) (\(low) × cỡ chữ) đến \(most) (\(high) × cỡ chữ)",
                  en: "\(found) is \(points) for a \(size) size; write a leading from \(least) (\(low) × size) to \(most) (\(high) × size)")
    }
    static func layoutNoStyle(_ name: String, hint: Localized) -> Localized {
        Localized(vi: "không có kiểu chữ nào tên '\(name)' trong styles; \(hint.vi)thêm nó vào styles",
                  en: "no style named '\(name)' under styles; \(hint.en)add it under styles")
    }
    static func layoutNearOr(_ name: String) -> Localized {
        Localized(vi: "có phải ý bạn là '\(name)'? hoặc ", en: "did you mean '\(name)'? or ")
    }
    static func layoutNoFontRole(_ role: String, hint: Localized) -> Localized {
        Localized(vi: "vai trò phông '\(role)' không có trong fonts; \(hint.vi)thêm `\(role): TÊN_PHÔNG` vào fonts",
                  en: "font role '\(role)' is not under fonts; \(hint.en)add `\(role): FAMILY` under fonts")
    }
    static func layoutFontRoleMissing(_ role: String) -> Localized {
        Localized(vi: "vai trò phông '\(role)' không có trong fonts", en: "font role '\(role)' is not under fonts")
    }
    static func layoutNoFontFamily(_ family: String, hint: Localized, families: String) -> Localized {
        Localized(vi: "không có họ phông '\(family)' trong thư mục phông chữ; \(hint.vi)(thư mục có \(families))",
                  en: "no font family '\(family)' in the font folder; \(hint.en)(the folder has \(families))")
    }
    static func layoutNear(_ name: String) -> Localized {
        Localized(vi: "có phải ý bạn là '\(name)'? ", en: "did you mean '\(name)'? ")
    }
    static func layoutNoFace(_ family: String, face: String) -> Localized {
        Localized(vi: "'\(family)' không có kiểu \(face) trong thư mục phông chữ; hãy thêm tệp phông hoặc đổi kiểu chữ",
                  en: "'\(family)' has no \(face) face in the font folder; add the font file or change the style")
    }
    static var layoutAlignment: Localized {
        Localized(vi: "cần justify (đều hai bên), left (trái), center (giữa) hoặc right (phải)", en: "expected justify, left, center or right")
    }
    static func layoutUnknownStyle(_ name: String) -> Localized {
        Localized(vi: "không có kiểu chữ nào tên '\(name)'; hãy thêm nó vào styles", en: "no style named '\(name)'; add it under styles")
    }
    static func layoutUndeclared(_ product: String) -> Localized {
        Localized(vi: "BanTin đọc một khoá mà lược đồ bố cục \(product) không khai báo (lỗi của chương trình; xin hãy báo lại)",
                  en: "BanTin read a key the \(product) layout schema does not declare (a defect; please report it)")
    }

    // Builders: what a layout lacks, named where a key path would stand.
    static func layoutMinutesForRegime(_ regime: String) -> Localized {
        Localized(vi: "một bố cục biên bản cho thể thức \(regime)", en: "a minutes layout for the \(regime) regime")
    }
    static var layoutBulletinNeeded: Localized { Localized(vi: "bố cục bản tin", en: "the bulletin layout") }
    static var layoutPartyDateLine: Localized {
        Localized(vi: "dòng địa danh, ngày tháng ở phần đầu văn bản của Đảng", en: "a date line for the Party header")
    }
    static func layoutRegime(_ regime: String) -> Localized {
        Localized(vi: "cần party (Đảng) hoặc state (nhà nước), nhưng gặp \(regime)", en: "expected party or state, found \(regime)")
    }
    static func layoutUnknownSectionKind(_ kind: String) -> Localized {
        Localized(vi: "không có loại phần '\(kind)'", en: "unknown section kind '\(kind)'")
    }
    static func templateUnclosed(_ template: String) -> Localized {
        Localized(vi: "có dấu '{' chưa đóng trong \"\(template)\"", en: "unclosed '{' in \"\(template)\"")
    }
    static func templateUnknownPlaceholder(_ key: String, template: String) -> Localized {
        Localized(vi: "không có chỗ điền {\(key)} trong \"\(template)\"", en: "unknown placeholder {\(key)} in \"\(template)\"")
    }
    static var bulletinItemWithoutArticle: Localized {
        Localized(vi: "không có tin bài (article): tin được làm từ tiêu đề, ngày, địa điểm và diễn biến cuộc họp",
                  en: "no article: the item is made from the meeting's title, date, venue and proceedings")
    }
}
