import Foundation
import Records
import Render
import Typesetting

/// The typesetting and rendering libraries' errors in the user's language: those libraries
/// are general and speak English only, so their errors are translated here, at the CLI.
extension Localized {
    /// An `errno` in plain words: what a clerk can act on, before the system's own wording.
    static func plainWords(errno code: Int32) -> Localized {
        switch code {
        case ENOSPC: return .errnoDiskFull
        case EDQUOT: return .errnoQuota
        case EROFS: return .errnoReadOnly
        case EACCES, EPERM: return .errnoPermission
        case EIO: return .errnoIO
        case EISDIR: return .errnoFolderInTheWay
        case ENOENT: return .errnoNoSuchFile
        case EFBIG: return .errnoTooLarge
        default: return .errnoOther(String(cString: strerror(code)))
        }
    }

    static func render(_ error: RenderError) -> Localized {
        switch error {
        case .emptyDocument:
            return Localized(vi: "tài liệu không có trang nào", en: "the document has no pages")
        case .invalidPageSize(let page, let width, let height):
            return Localized(vi: "trang \(page): khổ trang không hợp lệ \(width) x \(height) pt",
                             en: "page \(page): invalid page size \(width) x \(height) pt")
        case .invalidRun(let page, let text, let reason):
            return Localized(vi: "trang \(page): không vẽ được đoạn chữ \"\(text)\": \(reason)",
                             en: "page \(page): cannot draw the text \"\(text)\": \(reason)")
        case .invalidRule(let page, let reason):
            return Localized(vi: "trang \(page): không vẽ được đường kẻ: \(reason)", en: "page \(page): cannot draw a rule: \(reason)")
        case .invalidImage(let page, let path, let reason):
            return Localized(vi: "trang \(page): không vẽ được ảnh \(path): \(reason)",
                             en: "page \(page): cannot draw the image \(path): \(reason)")
        case .pixelBudgetExceeded(let page, let pixels, let budget):
            return Localized(vi: "trang \(page): các ảnh PNG của trang cần \(pixels / 1_000_000) triệu điểm ảnh cùng lúc, vượt hạn mức \(budget / 1_000_000) triệu (\(budget / 250_000) MB); hãy dùng tệp PNG nhỏ hơn (hoặc ảnh JPEG), hoặc nâng hạn mức bằng --pixel-budget N (triệu)",
                             en: "page \(page): its PNG images need \(pixels / 1_000_000) million decoded pixels at once, more than the pixel budget of \(budget / 1_000_000) million (\(budget / 250_000) MB); use smaller PNG files (or JPEG photos), or raise the budget with --pixel-budget N (millions)")
        case .invalidCreationDate(let value):
            return Localized(vi: "ngày tạo \"\(value)\" không hợp lệ: cần dạng ISO 8601, ví dụ 2023-07-03T16:30:00+07:00",
                             en: "invalid creation date \"\(value)\": expected ISO 8601, e.g. 2023-07-03T16:30:00+07:00")
        case .fontUnavailable(let path, let faceIndex, let reason):
            return Localized(vi: "không mở được phông chữ \(path) (mặt \(faceIndex)) để vẽ: \(reason)",
                             en: "cannot open font \(path) (face \(faceIndex)) for drawing: \(reason)")
        case .cannotCreate(let path, let reason):
            return Localized(vi: "không tạo được \(path): \(reason)", en: "cannot create \(path): \(reason)")
        case .invalidNavigation(let page?, let reason):
            return Localized(vi: "trang \(page): liên kết hoặc mục lục không hợp lệ: \(reason)", en: "page \(page): invalid navigation: \(reason)")
        case .invalidNavigation(nil, let reason):
            return Localized(vi: "liên kết hoặc mục lục không hợp lệ: \(reason)", en: "invalid navigation: \(reason)")
        case .drawingFailed(let page, let text?, let status):
            return Localized(vi: "trang \(page): vẽ đoạn chữ \"\(text)\" thất bại: \(status)",
                             en: "page \(page): drawing the text \"\(text)\" failed: \(status)")
        case .drawingFailed(let page, nil, let status):
            return Localized(vi: "trang \(page): vẽ thất bại: \(status)", en: "page \(page): drawing failed: \(status)")
        case .writeFailed(let path, let status):
            return Localized(vi: "ghi \(path) thất bại: \(status)", en: "writing \(path) failed: \(status)")
        case .fileFailed(let path, let operation, let code):
            let reason = plainWords(errno: code)
            return operation == .create
                ? Localized(vi: "không tạo được \(path): \(reason.vi)", en: "cannot create \(path): \(reason.en)")
                : Localized(vi: "không ghi được \(path): \(reason.vi)", en: "cannot write \(path): \(reason.en)")
        }
    }

    static func font(_ error: FontError) -> Localized {
        switch error {
        case .directoryUnreadable(let path):
            return Localized(vi: "không đọc được thư mục phông chữ \(path)", en: "cannot read the font folder \(path)")
        case .brokenFont(let path, let reason):
            return Localized(vi: "\(path): lỗi: không nạp được phông chữ: \(reason); hãy thay tệp này hoặc xoá nó khỏi thư mục phông chữ",
                             en: "\(path): error: cannot load the font: \(reason); replace the file or remove it from the font folder")
        case .noFonts(let path):
            return Localized(vi: "không có phông chữ .ttf hay .otf nào trong \(path)", en: "no .ttf or .otf fonts in \(path)")
        case .missingFace(let family, let bold, let italic):
            let style = [bold ? "Bold" : nil, italic ? "Italic" : nil].compactMap { $0 }.joined(separator: " ")
            let name = family + (style.isEmpty ? "" : " " + style)
            return Localized(vi: "không có phông chữ '\(name)' trong thư mục phông chữ", en: "no font '\(name)' in the font folder")
        }
    }
}
