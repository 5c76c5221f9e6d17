import Records

/// The messages of `bantin serve` and `bantin watch` on the terminal, and their help.
extension Localized {
    static func productNotMade(_ product: String) -> Localized {
        Localized(vi: "không làm được \(product): các hồ sơ có lỗi; hãy xem thông báo của từng hồ sơ (POST /api/check) rồi sửa",
                  en: "could not make the \(product): the records have errors; see each record's messages (POST /api/check) and fix them")
    }

    static var serveAbstract: Localized {
        Localized(vi: "Mở ứng dụng web trên một thư mục hồ sơ: danh sách, biểu mẫu, xem trước bản in.",
                  en: "Serve the web app over a folder of records: list, forms, live preview.")
    }

    static var serveDiscussion: Localized {
        Localized(vi: "Mặc định chỉ máy này truy cập được (127.0.0.1). Muốn cho máy khác trong cơ quan dùng, hãy đặt --host 0.0.0.0 và --password-file; tạo tệp mật khẩu bằng `bantin serve --hash-password --password-file mat-khau.txt`.",
                  en: "By default only this machine can connect (127.0.0.1). To let other machines in the office use it, give --host 0.0.0.0 and --password-file; make the password file with `bantin serve --hash-password --password-file password.txt`.")
    }

    static var serveFolderHelp: Localized {
        Localized(vi: "Thư mục hồ sơ (thư mục làm việc); mặc định là thư mục hiện tại.",
                  en: "The folder of records (the workspace); the current folder by default.")
    }

    static var serveHostHelp: Localized {
        Localized(vi: "Địa chỉ nghe; khác 127.0.0.1 thì bắt buộc có --password-file.",
                  en: "Address to listen on; any but 127.0.0.1 requires --password-file.")
    }

    static var servePortHelp: Localized { Localized(vi: "Cổng nghe.", en: "Port to listen on.") }

    static var servePortRange: Localized {
        Localized(vi: "--port phải là số từ 1 đến 65535, ví dụ --port 8080", en: "--port must be a number from 1 to 65535, e.g. --port 8080")
    }

    static var servePasswordFileHelp: Localized {
        Localized(vi: "Tệp chứa mật khẩu đã băm (bcrypt); có tệp này thì phải đăng nhập.",
                  en: "File holding the hashed password (bcrypt); with it, users must log in.")
    }

    static var serveHashPasswordHelp: Localized {
        Localized(vi: "Đọc mật khẩu từ đầu vào chuẩn, ghi bản băm vào --password-file rồi thoát.",
                  en: "Read a password from standard input, write its hash to --password-file and exit.")
    }

    static func serveNeedsPassword(_ host: String) -> Localized {
        Localized(vi: "--host \(host): máy khác truy cập được nên cần mật khẩu; hãy thêm --password-file (tạo bằng bantin serve --hash-password --password-file TỆP)",
                  en: "--host \(host): other machines can connect, so a password is needed; add --password-file (made with bantin serve --hash-password --password-file FILE)")
    }

    static var hashPasswordNeedsFile: Localized {
        Localized(vi: "--hash-password cần --password-file TỆP để ghi bản băm vào",
                  en: "--hash-password needs --password-file FILE to write the hash to")
    }

    static var passwordEmpty: Localized {
        Localized(vi: "mật khẩu trống hoặc dài quá 72 byte; hãy nhập mật khẩu từ 8 ký tự trở lên",
                  en: "the password is empty or longer than 72 bytes; enter one of 8 characters or more")
    }

    static func passwordWritten(_ path: String) -> Localized {
        Localized(vi: "đã ghi bản băm mật khẩu vào \(path)", en: "wrote the password hash to \(path)")
    }

    static func passwordFileUnusable(_ path: String) -> Localized {
        Localized(vi: "\(path): không đọc được bản băm mật khẩu; hãy tạo lại bằng bantin serve --hash-password --password-file \(path)",
                  en: "\(path): no password hash could be read; make it again with bantin serve --hash-password --password-file \(path)")
    }

    static func serving(_ url: String, _ folder: String) -> Localized {
        Localized(vi: "BanTin đang chạy tại \(url) trên thư mục \(folder); nhấn Ctrl+C để dừng",
                  en: "BanTin is serving \(folder) at \(url); press Ctrl+C to stop")
    }
}

/// `bantin watch`.
extension Localized {
    static var watchAbstract: Localized {
        Localized(vi: "In lại biên bản mỗi khi hồ sơ, ảnh, bố cục hay tệp cài đặt thay đổi.",
                  en: "Render the minutes again whenever a record, photo, layout or settings file changes.")
    }

    static var watchDiscussion: Localized {
        Localized(vi: "Kiểm tra các tệp 3 lần mỗi giây; nhấn Ctrl+C để dừng.",
                  en: "Looks at the files three times a second; press Ctrl+C to stop.")
    }

    static func watchStarted(_ files: Int) -> Localized {
        Localized(vi: "đang theo dõi \(files) tệp; sửa và lưu hồ sơ để in lại, nhấn Ctrl+C để dừng",
                  en: "watching \(files) files; edit and save a record to render again, press Ctrl+C to stop")
    }

    static func watchChanged(_ names: String, more: Int) -> Localized {
        let rest = more > 0 ? " (+\(more))" : ""
        return Localized(vi: "có thay đổi: \(names)\(rest); đang in lại…", en: "changed: \(names)\(rest); rendering again…")
    }

    static var watchRendered: Localized { Localized(vi: "đã in lại xong", en: "rendered") }

    static var watchFailed: Localized {
        Localized(vi: "chưa in được; hãy sửa các lỗi ở trên rồi lưu lại", en: "not rendered; fix the errors above and save again")
    }
}
