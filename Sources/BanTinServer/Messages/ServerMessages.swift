import Records

/// The messages of `bantin serve`'s API and login page.
extension Localized {
    static func workspaceNotAFolder(_ folder: String) -> Localized {
        Localized(vi: "\(folder): không phải là thư mục; hãy chỉ ra thư mục chứa các hồ sơ",
                  en: "\(folder): not a folder; name the folder that holds the records")
    }

    static func pathOutsideWorkspace(_ path: String) -> Localized {
        Localized(vi: "\(path): đường dẫn không hợp lệ; chỉ dùng đường dẫn tương đối nằm trong thư mục làm việc, không có `..`, không bắt đầu bằng `/` hay `.`",
                  en: "\(path): invalid path; use a path relative to the workspace, without `..`, not starting with `/` or `.`")
    }

    static var csrfMissing: Localized {
        Localized(vi: "thiếu hoặc sai mã chống giả mạo (X-CSRF-Token); hãy lấy mã ở GET /api/token rồi gửi lại",
                  en: "missing or wrong anti-forgery token (X-CSRF-Token); get one from GET /api/token and send it again")
    }

    static var loginRequired: Localized {
        Localized(vi: "cần đăng nhập; hãy mở trang /login và nhập mật khẩu",
                  en: "login required; open /login and enter the password")
    }

    static var wrongPassword: Localized {
        Localized(vi: "mật khẩu không đúng; hãy nhập lại", en: "wrong password; enter it again")
    }

    static func bodyTooLarge(_ limit: Int) -> Localized {
        Localized(vi: "nội dung gửi lên quá lớn (tối đa \(limit >> 20) MB); hãy gửi tệp nhỏ hơn",
                  en: "request body too large (at most \(limit >> 20) MB); send a smaller file")
    }

    static var bodyNotUTF8: Localized {
        Localized(vi: "nội dung gửi lên không phải văn bản UTF-8; hãy lưu hồ sơ với bảng mã UTF-8",
                  en: "request body is not UTF-8 text; save the record as UTF-8")
    }

    static func recordNotFound(_ path: String) -> Localized {
        Localized(vi: "\(path): không có hồ sơ này trong thư mục làm việc; hãy kiểm tra lại tên tệp",
                  en: "\(path): no such record in the workspace; check the file name")
    }

    static func notARecordName(_ path: String) -> Localized {
        Localized(vi: "\(path): tên hồ sơ phải kết thúc bằng .yaml, .yml hoặc .json",
                  en: "\(path): a record's name must end in .yaml, .yml or .json")
    }

    static func recordHasComments(_ path: String) -> Localized {
        Localized(vi: "\(path): tệp có lời chú thích viết tay (dòng bắt đầu bằng #) sẽ mất khi biểu mẫu ghi lại theo bố cục chuẩn; gửi lại với ?overwrite=1 nếu vẫn muốn ghi",
                  en: "\(path): the file has hand-written comments (lines starting with #) that the form's canonical layout would drop; send again with ?overwrite=1 to write anyway")
    }

    static func cannotWrite(_ path: String) -> Localized {
        Localized(vi: "\(path): không ghi được tệp; tệp cũ vẫn giữ nguyên. Hãy kiểm tra quyền ghi và dung lượng đĩa",
                  en: "\(path): could not write the file; the earlier file is unchanged. Check permissions and disk space")
    }

    static var uploadNeedsName: Localized {
        Localized(vi: "ảnh tải lên cần tên tệp (?name=anh.jpg hoặc tên trong biểu mẫu); chỉ nhận .jpg, .jpeg, .png",
                  en: "an upload needs a file name (?name=photo.jpg or the form's file name); only .jpg, .jpeg, .png are accepted")
    }

    static func uploadNotAnImage(_ name: String) -> Localized {
        Localized(vi: "\(name): chỉ nhận ảnh JPEG hoặc PNG (tên tệp .jpg, .jpeg, .png)",
                  en: "\(name): only JPEG or PNG images are accepted (.jpg, .jpeg, .png)")
    }

    static func uploadExists(_ name: String) -> Localized {
        Localized(vi: "\(name): đã có tệp cùng tên; hãy đổi tên ảnh hoặc gửi lại với ?overwrite=1",
                  en: "\(name): a file of that name exists; rename the photo or send again with ?overwrite=1")
    }

    static var multipartMalformed: Localized {
        Localized(vi: "biểu mẫu tải lên (multipart) không đọc được; hãy gửi một tệp ảnh",
                  en: "the upload form (multipart) could not be read; send one image file")
    }

    static func unknownOption(_ name: String, _ product: String, _ known: [String]) -> Localized {
        Localized(vi: "\(name): lệnh \(product) không có tùy chọn này; các tùy chọn là: \(known.joined(separator: ", "))",
                  en: "\(name): the \(product) command has no such option; its options are: \(known.joined(separator: ", "))")
    }

    static func badOptionValue(_ name: String) -> Localized {
        Localized(vi: "\(name): giá trị không hợp lệ; hãy dùng chuỗi, số, true/false hoặc danh sách đường dẫn",
                  en: "\(name): invalid value; use a string, a number, true/false or a list of paths")
    }

    static var optionsNotJSON: Localized {
        Localized(vi: "tùy chọn phải là một đối tượng JSON, ví dụ {\"records\": [\"2024\"], \"period\": \"2024-H1\"}",
                  en: "options must be a JSON object, e.g. {\"records\": [\"2024\"], \"period\": \"2024-H1\"}")
    }

    static var notFound: Localized {
        Localized(vi: "không có trang này", en: "no such page")
    }

    static var tooManyRequests: Localized {
        Localized(vi: "máy chủ đang bận; hãy thử lại sau giây lát", en: "the server is busy; try again in a moment")
    }

    static func hostRefused(_ host: String) -> Localized {
        Localized(vi: "\(host): máy chủ chỉ phục vụ máy này; hãy mở http://127.0.0.1 hoặc http://localhost",
                  en: "\(host): this server serves this machine only; open http://127.0.0.1 or http://localhost")
    }

    static func tooManyLogins(_ seconds: Int) -> Localized {
        let minutes = max(1, (seconds + 59) / 60)
        return Localized(vi: "đã nhập sai mật khẩu quá nhiều lần; hãy đợi khoảng \(minutes) phút rồi thử lại",
                         en: "too many wrong passwords; wait about \(minutes) min and try again")
    }

    static func renderTooSlow(_ seconds: Int) -> Localized {
        Localized(vi: "hồ sơ quá lớn hoặc quá phức tạp để xem trước hay kiểm tra trên máy chủ (quá \(seconds) giây); hãy dùng lệnh bantin trên dòng lệnh: bantin check HỒ-SƠ.yaml để kiểm tra, bantin minutes HỒ-SƠ.yaml -o ra/ (biên bản) hoặc bantin report BÁO-CÁO.yaml ho-so/ -o ra/ (báo cáo) để dàn trang",
                  en: "the record is too large or complex to preview or check on the server (over \(seconds) seconds); use bantin on the command line: bantin check RECORD.yaml to check, bantin minutes RECORD.yaml -o out/ (minutes) or bantin report REPORT.yaml records/ -o out/ (report) to set it")
    }

    static func productTooSlow(_ seconds: Int) -> Localized {
        Localized(vi: "tài liệu này quá lớn hoặc quá phức tạp để làm trên máy chủ (quá \(seconds) giây); hãy dùng lệnh bantin trên dòng lệnh, ví dụ bantin compile ho-so/ -o ra/",
                  en: "this document is too large or complex to make on the server (over \(seconds) seconds); use bantin on the command line, e.g. bantin compile records/ -o out/")
    }

    static var serverBusy: Localized {
        Localized(vi: "máy chủ đang bận dàn trang cho nhiều người cùng lúc; hãy thử lại sau vài giây",
                  en: "the server is busy typesetting for many people at once; try again in a few seconds")
    }
}
