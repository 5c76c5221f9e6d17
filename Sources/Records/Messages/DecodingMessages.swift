/// The catalogue's messages about reading a record: its file, its fields and their values.
extension Localized {
    /// The word after a diagnostic's position for an error.
    static var errorWord: Localized { Localized(vi: "lỗi", en: "error") }
    /// The word after a diagnostic's position for a warning.
    static var warningWord: Localized { Localized(vi: "cảnh báo", en: "warning") }

    // MARK: What a value should be, and what was found

    static func expected(_ what: Localized, found: Localized) -> Localized {
        Localized(vi: "ở đây cần \(what.vi), nhưng lại là \(found.vi)", en: "expected \(what.en), found \(found.en)")
    }

    static var textValue: Localized { Localized(vi: "một đoạn chữ", en: "text") }
    static var wholeNumberValue: Localized { Localized(vi: "một số nguyên", en: "a whole number") }
    static var dateValue: Localized { Localized(vi: "một ngày", en: "a date") }
    static var timeValue: Localized { Localized(vi: "một giờ", en: "a time") }
    static var timestampValue: Localized { Localized(vi: "ngày và giờ", en: "a timestamp") }
    static var filePathValue: Localized { Localized(vi: "đường dẫn của một tệp", en: "a file path") }
    static var widthValue: Localized { Localized(vi: "một độ rộng", en: "a width") }
    static var photoPlaceValue: Localized { Localized(vi: "lead hoặc số thứ tự của một đoạn", en: "lead or a paragraph number") }
    static var trueOrFalseValue: Localized { Localized(vi: "true (có) hoặc false (không)", en: "true or false") }
    static var mappingValue: Localized { Localized(vi: "một nhóm trường (các dòng tên: giá trị)", en: "a mapping (key: value lines)") }
    static var listFound: Localized { Localized(vi: "một danh sách", en: "a list") }
    static var mappingFound: Localized { Localized(vi: "một nhóm trường", en: "a mapping") }
    static var aliasFound: Localized { Localized(vi: "một tham chiếu (*tên)", en: "an alias") }
    static var singleValueFound: Localized { Localized(vi: "một giá trị đơn", en: "a single value") }

    /// `a, b or c`: the values an enumeration accepts.
    static func oneOf(_ head: String, or last: String) -> Localized {
        Localized(vi: "\(head) hoặc \(last)", en: "\(head) or \(last)")
    }

    static func notRecordFields(found: Localized) -> Localized {
        Localized(vi: "ở đây cần các trường của biên bản (các dòng tên: giá trị), nhưng lại là \(found.vi)",
                  en: "expected the fields of a record (key: value lines), found \(found.en)")
    }

    static func tooLarge(_ value: String, atMost limit: Int) -> Localized {
        Localized(vi: "\(value) quá lớn (tối đa \(limit))", en: "\(value) is too large (at most \(limit))")
    }

    static func wholeNumberAtLeast(_ minimum: Int, found value: Int) -> Localized {
        Localized(vi: "ở đây cần một số nguyên từ \(minimum) trở lên, nhưng lại là \(value)",
                  en: "expected a whole number of at least \(minimum), found \(value)")
    }

    /// `: the ": " after "X" made a field …`, appended to a type error on text.
    static func colonMadeAField(after key: String, fix: String) -> Localized {
        Localized(vi: ": dấu \": \" sau \(key) đã biến đoạn chữ thành một trường; hãy đặt cả câu trong ngoặc kép\(fix)",
                  en: ": the \": \" after \(key) made a field of the text; put the whole text in quotes\(fix)")
    }

    // MARK: Fields

    static var missingRequiredField: Localized { Localized(vi: "thiếu trường bắt buộc", en: "missing required field") }
    static var requiredFieldEmpty: Localized { Localized(vi: "trường bắt buộc này đang để trống", en: "required field is empty") }
    static var emptyListItem: Localized { Localized(vi: "mục này của danh sách để trống", en: "empty list item") }
    static var duplicatedKey: Localized { Localized(vi: "trường này được ghi hai lần", en: "duplicated key") }

    static func duplicatedKey(alsoAtLine line: Int) -> Localized {
        Localized(vi: "trường này được ghi hai lần (đã có ở dòng \(line))", en: "duplicated key (also given at line \(line))")
    }

    static func unknownField(didYouMean nearest: String) -> Localized {
        Localized(vi: "không có trường này; có phải là “\(nearest)”?", en: "unknown field; did you mean \(nearest)?")
    }

    static func unknownField(didYouMeanMissing nearest: String) -> Localized {
        Localized(vi: "không có trường này; có phải là “\(nearest)”? (\(nearest) là trường bắt buộc và đang thiếu)",
                  en: "unknown field; did you mean \(nearest)? (\(nearest) is required and missing)")
    }

    static func unknownField(of schema: Localized, listing names: String) -> Localized {
        Localized(vi: "không có trường này; \(schema.vi) chỉ gồm các trường \(names)",
                  en: "unknown field; \(schema.en) has \(names)")
    }

    static func unknownField(of schema: Localized, reference: String) -> Localized {
        Localized(vi: "\(schema.vi) không có trường này; các trường có thể viết được liệt kê trong \(reference)",
                  en: "unknown field of \(schema.en); see \(reference) for the fields")
    }

    static func commaSplitsValue(_ key: String, field previousKey: String, joined: String) -> Localized {
        Localized(vi: "dấu phẩy trong { } kết thúc giá trị, nên \(key) bị tách thành một trường riêng; hãy đặt cả câu trong ngoặc kép: \(previousKey): \(joined)",
                  en: "the comma ends the value inside { }, so \(key) became a field of its own; quote the whole text: \(previousKey): \(joined)")
    }

    static func invisibleName(_ codes: String, more: String) -> Localized {
        Localized(vi: "tên này chỉ có các ký tự không nhìn thấy (\(codes)\(more)); hãy ghi tên",
                  en: "the name holds only invisible characters (\(codes)\(more)); write the name")
    }

    // MARK: Text

    static func legacyConverted(from encoding: String, _ converted: String) -> Localized {
        Localized(vi: "đã chuyển từ bảng mã \(encoding) sang Unicode: \(converted)",
                  en: "converted from \(encoding) text: \(converted)")
    }

    static func legacyText(_ encoding: String, converted: String) -> Localized {
        Localized(vi: "chữ này có vẻ được gõ bằng bảng mã cũ \(encoding), không phải Unicode; chuyển đổi ra là \(converted) (chạy lại với --convert-legacy để chuyển)",
                  en: "looks like \(encoding) text read as Unicode; converted it reads \(converted) (convert with --convert-legacy)")
    }

    static var italicText: Localized { Localized(vi: "nghiêng", en: "italic") }
    static var boldText: Localized { Localized(vi: "đậm", en: "bold") }
    static var boldItalicText: Localized { Localized(vi: "đậm nghiêng", en: "bold italic") }

    static func unclosedEmphasis(_ marker: String, _ style: Localized) -> Localized {
        Localized(vi: "\(marker) mở chữ \(style.vi) nhưng không được đóng, nên được in nguyên như đã viết; hãy đóng bằng \(marker) sau các chữ, hoặc viết \\* để in dấu sao",
                  en: "\(marker) opens \(style.en) text that is never closed, so it prints as written; close it with \(marker) after the words, or write \\* for a star")
    }
}
