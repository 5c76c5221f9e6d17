/// Messages about settings files (`bantin.yaml`, docs/settings.md) and the fields they fill.
extension Localized {
    /// Appended to "missing required field" for a field a settings file may hold.
    public static func settingsCanHoldField() -> Localized {
        Localized(vi: "; ghi trường này trong hồ sơ, hoặc ghi một lần cho mọi hồ sơ trong tệp bantin.yaml (xem docs/settings.md)",
                  en: "; write it in the record, or once for every record in bantin.yaml (see docs/settings.md)")
    }

    public static func settingsNotAMapping(found: String) -> Localized {
        Localized(vi: "tệp cài đặt phải gồm các dòng khóa: giá trị (như organization: …), nhưng ở đây là \(found)",
                  en: "expected the settings as key: value lines (such as organization: …), found \(found)")
    }

    public static func settingsLayoutMissing(_ path: String) -> Localized {
        Localized(vi: "không có tệp bố cục \(path); đường dẫn tính từ thư mục chứa bantin.yaml, hãy sửa lại cho đúng",
                  en: "there is no layout file \(path); the path is relative to the folder of bantin.yaml, so correct it")
    }

    public static func settingsLayoutNoRegimes(_ product: String) -> Localized {
        Localized(vi: "bố cục \(product) dùng chung cho cả hai thể thức; ghi một đường dẫn tệp, không ghi party:/state:",
                  en: "a \(product) layout serves both regimes; write one file path, not party:/state:")
    }

    public static func settingsLayoutExpected() -> Localized {
        Localized(vi: "cần một đường dẫn tệp bố cục (như mau/bien-ban.yaml) hoặc party: và state: với mỗi đường dẫn",
                  en: "expected a layout file path (such as mau/bien-ban.yaml) or party: and state: with a path each")
    }

    public static func settingsFolderMissing(_ path: String) -> Localized {
        Localized(vi: "không có thư mục \(path); đường dẫn tính từ thư mục chứa bantin.yaml, hãy sửa lại cho đúng",
                  en: "there is no folder \(path); the path is relative to the folder of bantin.yaml, so correct it")
    }

    public static func settingsEmptyPath() -> Localized {
        Localized(vi: "đường dẫn trống; ghi tên thư mục hoặc xóa dòng này", en: "an empty path; write the folder's name or delete the line")
    }

    /// A record whose settings file could not be read.
    public static func settingsBroken(_ file: String) -> Localized {
        Localized(vi: "hồ sơ này dùng tệp cài đặt \(file), nhưng tệp đó có lỗi (xem ở trên); hãy sửa tệp cài đặt trước",
                  en: "this record uses the settings in \(file), which have errors (shown above); fix the settings first")
    }

    /// A publisher from the settings with a character no font has.
    public static func settingsPublisherField() -> Localized {
        Localized(vi: "publisher (trong tệp bantin.yaml)", en: "publisher (in bantin.yaml)")
    }

    /// The summary's addition when `check` also read settings files.
    public static func settingsChecked(_ count: Int, withErrors bad: Int) -> Localized {
        count == 1
            ? Localized(vi: "\(count) tệp cài đặt bantin.yaml, \(bad) tệp có lỗi", en: "\(count) settings file (bantin.yaml), \(bad) with errors")
            : Localized(vi: "\(count) tệp cài đặt bantin.yaml, \(bad) tệp có lỗi", en: "\(count) settings files (bantin.yaml), \(bad) with errors")
    }

    /// `bantin schema --settings`: the option's help.
    public static func settingsSchemaHelp() -> Localized {
        Localized(vi: "In lược đồ của tệp cài đặt bantin.yaml thay cho lược đồ hồ sơ.",
                  en: "Print the schema of a bantin.yaml settings file instead of the records'.")
    }

    /// `bantin schema --settings -o FILE` wrote the file.
    public static func settingsSchemaWritten(_ path: String) -> Localized {
        Localized(vi: "\(path): đã ghi lược đồ tệp cài đặt bantin.yaml (JSON Schema) cho trình soạn thảo",
                  en: "\(path): settings schema written (JSON Schema of bantin.yaml for editors)")
    }

    // MARK: What the mappings of a settings file are called (after "unknown field")

    static var settingsRootName: Localized { Localized(vi: "tệp thiết lập bantin.yaml", en: "the settings (bantin.yaml)") }
    static var settingsOrganizationName: Localized { Localized(vi: "thông tin tổ chức trong thiết lập", en: "an organization") }
    static var settingsSignersName: Localized { Localized(vi: "danh sách người ký", en: "the signers") }
    static var settingsSignerName: Localized { Localized(vi: "thông tin một người ký", en: "a signer") }
    static var layoutChoiceName: Localized { Localized(vi: "lựa chọn mẫu trình bày", en: "the layout choice") }
    static var layoutByRegimeName: Localized { Localized(vi: "mẫu trình bày theo thể thức", en: "a layout per regime") }
}
