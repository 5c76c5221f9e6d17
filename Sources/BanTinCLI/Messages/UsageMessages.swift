import Records

/// ArgumentParser's usage errors (which it writes in English) in the user's language; the
/// usage synopsis itself stays as ArgumentParser prints it.
extension Localized {
    static var usageErrorLabel: Localized { Localized(vi: "Lỗi: ", en: "Error: ") }
    static var usageHelpLabel: Localized { Localized(vi: "Trợ giúp: ", en: "Help: ") }
    static var usageLabel: Localized { Localized(vi: "Cách dùng: ", en: "Usage: ") }
    static func usageSeeHelp(_ command: String) -> Localized {
        Localized(vi: "  Xem '\(command)' để biết thêm.", en: "  See '\(command)' for more information.")
    }
    static func usageMissingArgument(_ name: String) -> Localized {
        Localized(vi: "thiếu \(name) trên dòng lệnh", en: "Missing expected argument \(name)")
    }
    static func usageMissingOneOf(_ names: String) -> Localized {
        Localized(vi: "thiếu một trong các mục: \(names)", en: "Missing one of: \(names)")
    }
    static func usageUnknownOption(_ name: String) -> Localized {
        Localized(vi: "không có tuỳ chọn \(name)", en: "Unknown option \(name)")
    }
    static func usageMissingValue(_ name: String) -> Localized {
        Localized(vi: "thiếu giá trị cho \(name)", en: "Missing value for \(name)")
    }
    static func usageUnexpectedArgument(_ name: String) -> Localized {
        Localized(vi: "không hiểu đối số \(name)", en: "Unexpected argument \(name)")
    }
    static func usageInvalidValue(_ value: String, for name: String) -> Localized {
        Localized(vi: "giá trị \(value) không dùng được cho \(name)", en: "The value \(value) is invalid for \(name)")
    }
    static func usageProvideOneOf(_ values: String) -> Localized {
        Localized(vi: "; hãy ghi một trong các giá trị: \(values)", en: ". Please provide one of \(values)")
    }
    static func usageDidYouMean(_ name: String) -> Localized {
        Localized(vi: "; có phải ý bạn là \(name)?", en: ". Did you mean \(name)?")
    }
}
