import Records

/// Messages of `bantin schema` and of the schema file `bantin new` writes beside a template.
extension Localized {
    static var schemaAbstract: Localized {
        Localized(vi: "In lược đồ JSON Schema của hồ sơ (biên bản, báo cáo) để trình soạn thảo gợi ý và kiểm tra các mục.",
                  en: "Print the JSON Schema of records (minutes, reports) for editors to complete and check them.")
    }

    static var schemaDiscussion: Localized {
        Localized(vi: "Không có -o thì in ra màn hình. Các mẫu của bantin new ghi dòng \"# yaml-language-server: $schema=bantin.schema.json\", nên VS Code (phần mở rộng YAML của Red Hat) dùng tệp này khi nó nằm cạnh hồ sơ.",
                  en: "Without -o the schema is printed. Templates from bantin new carry \"# yaml-language-server: $schema=bantin.schema.json\", so VS Code (Red Hat's YAML extension) uses this file when it sits beside the record.")
    }

    static var schemaOutputHelp: Localized {
        Localized(vi: "Tệp cần ghi (mặc định: in ra màn hình); tệp cũ được ghi đè.",
                  en: "The file to write (default: print the schema); an existing file is replaced.")
    }

    /// `bantin schema -o FILE` wrote the file.
    static func schemaWritten(_ path: String) -> Localized {
        Localized(vi: "\(path): đã ghi lược đồ hồ sơ (JSON Schema) cho trình soạn thảo",
                  en: "\(path): schema written (JSON Schema for editors)")
    }

    /// `bantin new` wrote the schema beside the template, where the modeline finds it.
    static func schemaWrittenBesideTemplate(_ path: String) -> Localized {
        Localized(vi: "\(path): đã ghi lược đồ cạnh mẫu; VS Code (phần mở rộng YAML) dùng nó để gợi ý và kiểm tra các mục khi soạn",
                  en: "\(path): schema written beside the template; VS Code's YAML extension uses it to complete and check the record")
    }

    /// The schema file could not be written: the system refused it.
    static func schemaNotWritten(_ path: String, reason: Localized) -> Localized {
        Localized(vi: "\(path): lỗi: không ghi được lược đồ: \(reason.vi); chọn thư mục khác hoặc kiểm tra quyền ghi",
                  en: "\(path): error: cannot write the schema: \(reason.en); choose another folder or check the permissions")
    }

    static var noSuchFolder: Localized { Localized(vi: "thư mục không tồn tại", en: "no such folder") }
    static var noPermission: Localized { Localized(vi: "không có quyền ghi vào đó", en: "permission denied") }
    static var diskFull: Localized { Localized(vi: "ổ đĩa đã đầy", en: "disk full") }
    static var readOnlyDisk: Localized { Localized(vi: "ổ đĩa chỉ cho đọc", en: "read-only disk") }
}
