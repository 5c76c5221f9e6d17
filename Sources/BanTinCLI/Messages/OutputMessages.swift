import Records

/// Why an output file, an input path or an installed resource failed, with what to do.
extension Localized {
    // Output files (OutputError): always exit 3, the earlier file left as it was.
    static func outputNotAFolder(_ path: String) -> Localized {
        Localized(vi: "\(path): lỗi: đây là một tệp, không phải thư mục; hãy chọn thư mục khác bằng -o",
                  en: "\(path): error: this is a file, not a folder; choose another output folder with -o")
    }
    static func outputFolderNotCreated(_ path: String, reason: Localized) -> Localized {
        Localized(vi: "\(path): lỗi: không tạo được thư mục để ghi: \(reason.vi)",
                  en: "\(path): error: cannot create the output folder: \(reason.en)")
    }
    static func outputFolderInTheWay(_ path: String) -> Localized {
        Localized(vi: "\(path): lỗi: có một thư mục trùng tên với tệp PDF; hãy đổi tên hoặc xoá thư mục đó, hoặc chọn -o khác",
                  en: "\(path): error: a folder is in the way of the PDF; rename or remove it, or choose another -o")
    }
    static func outputReadOnly(_ path: String) -> Localized {
        Localized(vi: "\(path): lỗi: tệp PDF cũ chỉ cho đọc; hãy cho phép ghi vào nó (chmod u+w) hoặc chọn -o khác",
                  en: "\(path): error: the existing PDF is read-only; make it writable (chmod u+w) or choose another -o")
    }
    static func outputOutsideFolder(_ path: String, resolved: String, root: String) -> Localized {
        Localized(vi: "\(path): lỗi: thư mục của tệp này dẫn ra ngoài thư mục ghi \(root) qua một liên kết tượng trưng (tới \(resolved)); hãy xoá liên kết hoặc chọn -o khác",
                  en: "\(path): error: its folder leads outside the output folder \(root) through a symbolic link (to \(resolved)); remove the link or choose another -o")
    }
    static func outputNotWritten(_ path: String, reason: Localized, fix: Localized, kept: Localized) -> Localized {
        Localized(vi: "\(path): lỗi: không ghi được tệp PDF: \(reason.vi); \(fix.vi)\(kept.vi)",
                  en: "\(path): error: cannot write the PDF: \(reason.en); \(fix.en)\(kept.en)")
    }
    static func outputRenderFailed(_ path: String, reason: String) -> Localized {
        Localized(vi: "\(path): lỗi: không ghi được tệp PDF: \(reason)", en: "\(path): error: cannot write the PDF: \(reason)")
    }
    /// A document for `source` (a record, an option, the output) failed.
    static func sourceError(_ source: String, _ message: String) -> Localized {
        Localized(vi: "\(source): lỗi: \(message)", en: "\(source): error: \(message)")
    }
    static func earlierFileKept(_ name: String) -> Localized {
        Localized(vi: " (tệp \(name) cũ vẫn giữ nguyên)", en: " (the earlier \(name) is unchanged)")
    }
    static var fixDiskFull: Localized {
        Localized(vi: "hãy giải phóng dung lượng hoặc chọn thư mục khác bằng -o, rồi chạy lại",
                  en: "free some space or choose another -o, then run again")
    }
    static var fixReadOnlyDisk: Localized {
        Localized(vi: "hãy chọn bằng -o một thư mục trên ổ đĩa ghi được", en: "choose a folder on a writable disk with -o")
    }
    static var fixPermission: Localized {
        Localized(vi: "hãy chọn bằng -o một thư mục bạn được phép ghi", en: "choose a folder you may write to with -o")
    }
    static var fixDisk: Localized {
        Localized(vi: "hãy kiểm tra ổ đĩa rồi chạy lại", en: "check the disk and run again")
    }
    static var fixOther: Localized {
        Localized(vi: "hãy chạy lại hoặc chọn -o khác", en: "run again or choose another -o")
    }

    // An errno in plain words.
    static var errnoDiskFull: Localized { Localized(vi: "đĩa đã đầy", en: "disk full") }
    static var errnoQuota: Localized { Localized(vi: "đã hết hạn mức dung lượng trên đĩa", en: "disk quota exceeded") }
    static var errnoReadOnly: Localized { Localized(vi: "ổ đĩa chỉ cho đọc", en: "read-only file system") }
    static var errnoPermission: Localized { Localized(vi: "không có quyền ghi", en: "permission denied") }
    static var errnoIO: Localized {
        Localized(vi: "lỗi đọc ghi (ổ đĩa hoặc dây nối bị hỏng)", en: "input/output error (the disk or its connection failed)")
    }
    static var errnoFolderInTheWay: Localized { Localized(vi: "có một thư mục trùng tên", en: "a folder is in the way") }
    static var errnoNoSuchFile: Localized { Localized(vi: "không có tệp hoặc thư mục này", en: "no such file or folder") }
    static var errnoTooLarge: Localized {
        Localized(vi: "tệp quá lớn với hệ thống tệp này", en: "file too large for this file system")
    }
    static func errnoOther(_ systemWords: String) -> Localized {
        Localized(vi: "lỗi hệ thống (\(systemWords))", en: "\(systemWords)")
    }

    // Record paths on the command line (InputError).
    static func inputMissing(_ path: String) -> Localized {
        Localized(vi: "\(path): không có tệp hoặc thư mục này", en: "\(path): no such file or folder")
    }
    static func inputCollision(_ first: String, _ second: String, output: String) -> Localized {
        Localized(vi: "\(first) và \(second) sẽ cùng được ghi vào \(output); hãy đổi tên một tệp",
                  en: "\(first) and \(second) would both be written to \(output); rename one")
    }
    static var inputNoRecords: Localized {
        Localized(vi: "không tìm thấy hồ sơ nào (*.yaml, *.yml, *.json)", en: "no records (*.yaml, *.yml, *.json) found")
    }
    static func inputReportIsFolder(_ path: String) -> Localized {
        Localized(vi: "\(path) là một thư mục; hãy ghi tệp hồ sơ báo cáo trước, rồi đến các hồ sơ cuộc họp",
                  en: "\(path) is a folder; name the report record file first, then the meeting records")
    }

    // The installation.
    static func resourcesNotFound(_ looked: String) -> Localized {
        Localized(vi: "không tìm thấy thư mục Fonts/ và Layouts/ đi kèm BanTin; đã tìm ở \(looked); hãy cài BanTin bằng `make install` hoặc đặt BANTIN_HOME là thư mục chứa chúng",
                  en: "cannot find the bundled Fonts/ and Layouts/ folders; looked in \(looked); install BanTin with `make install` or set BANTIN_HOME to the folder that holds them")
    }
    static func wordListUnusable(_ path: String, problem: WordListUnusable.Problem) -> Localized {
        let reason: Localized
        switch problem {
        case .missing: reason = Localized(vi: "không có tệp này", en: "the file does not exist")
        case .notAFile: reason = Localized(vi: "đây không phải một tệp", en: "this is not a file")
        case .unreadable: reason = Localized(vi: "không đọc được tệp", en: "the file cannot be read")
        case .tooLarge(let most): reason = Localized(vi: "tệp lớn hơn \(most) byte", en: "the file is larger than \(most) bytes")
        case .notUTF8: reason = Localized(vi: "tệp không phải văn bản UTF-8", en: "the file is not UTF-8 text")
        case .empty: reason = Localized(vi: "tệp không có từ nào", en: "the file holds no words")
        }
        return Localized(vi: "không dùng được danh sách từ tiếng Việt \(path): \(reason.vi); hãy cài lại BanTin (`make install`) hoặc đặt BANTIN_HOME là thư mục chứa Fonts/, Layouts/ và Words/",
                         en: "cannot use the Vietnamese word list \(path): \(reason.en); reinstall BanTin (`make install`) or set BANTIN_HOME to the folder that holds Fonts/, Layouts/ and Words/")
    }
    static func templateMissing(_ path: String) -> Localized {
        Localized(vi: "không đọc được mẫu \(path); hãy cài lại BanTin (make install)",
                  en: "cannot read the template \(path); reinstall BanTin (make install)")
    }

    // bantin new
    static func templateExists(_ path: String) -> Localized {
        Localized(vi: "bantin: \(path): tệp đã có; hãy chọn tên khác", en: "bantin: \(path): the file already exists; choose another name")
    }
    static func templateNotCreated(_ path: String, reason: Localized) -> Localized {
        Localized(vi: "bantin: \(path): không tạo được tệp: \(reason.vi)", en: "bantin: \(path): \(reason.en)")
    }
    static func templateNotWritten(_ path: String, reason: Localized) -> Localized {
        Localized(vi: "bantin: \(path): không ghi được: \(reason.vi)", en: "bantin: \(path): cannot be written: \(reason.en)")
    }
    static func templateWritten(_ path: String) -> Localized {
        Localized(vi: "\(path): đã ghi mẫu; hãy sửa nó, rồi chạy: bantin check \(path)",
                  en: "\(path): template written; edit it, then: bantin check \(path)")
    }

    // bantin fonts
    static func fontsIn(_ folder: String) -> Localized {
        Localized(vi: "Phông chữ trong \(folder):", en: "Fonts in \(folder):")
    }
    static func fontCoversAll(_ count: Int) -> Localized {
        Localized(vi: "đủ cả \(count) chữ cái tiếng Việt", en: "all \(count) Vietnamese letters")
    }
    static func fontCoversSome(_ covered: Int, of count: Int, missing: String) -> Localized {
        Localized(vi: "có \(covered)/\(count) chữ cái tiếng Việt, thiếu \(missing)",
                  en: "\(covered)/\(count) Vietnamese letters, missing \(missing)")
    }
    static func fontBroken(_ file: String, reason: String) -> Localized {
        Localized(vi: "  HỎNG (\(file)): \(reason); hãy thay tệp này hoặc xoá nó đi",
                  en: "  BROKEN (\(file)): \(reason); replace the file or remove it")
    }
    static func fontsBroken(_ count: Int) -> Localized {
        count == 1
            ? Localized(vi: "\(count) tệp phông chữ bị hỏng; chưa làm được tài liệu nào cho đến khi thay hoặc xoá nó",
                        en: "\(count) broken font file; documents cannot be made until it is replaced or removed")
            : Localized(vi: "\(count) tệp phông chữ bị hỏng; chưa làm được tài liệu nào cho đến khi thay hoặc xoá chúng",
                        en: "\(count) broken font files; documents cannot be made until they are replaced or removed")
    }
}
