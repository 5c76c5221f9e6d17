/// The catalogue's messages about photo and signature files. Each follows the file's name
/// (`photos/a.gif là một ảnh GIF, …`); technical details in parentheses (byte offsets,
/// segment and chunk names) stay as the probe found them.
extension Localized {
    // MARK: Finding and opening the file

    static func imageOutsideFolder(_ file: String) -> Localized {
        Localized(vi: "\(file) nằm ngoài thư mục của biên bản; hãy dùng tệp trong thư mục đó, hoặc cho phép thư mục của nó bằng --allow-folder DIR",
                  en: "\(file) is outside the record's folder; use a file inside it, or allow its folder with --allow-folder DIR")
    }

    static func imageMissing(_ file: String) -> Localized { Localized(vi: "không có tệp \(file)", en: "\(file) does not exist") }

    static func imageUnreadable(_ file: String) -> Localized {
        Localized(vi: "không đọc được \(file) (hãy kiểm tra quyền truy cập)", en: "\(file) cannot be read (check its permissions)")
    }

    static func imageIsFolder(_ file: String) -> Localized {
        Localized(vi: "\(file) là thư mục, không phải ảnh", en: "\(file) is a folder, not an image")
    }

    static func imageNotRegularFile(_ file: String) -> Localized {
        Localized(vi: "\(file) không phải tệp thông thường, không phải ảnh", en: "\(file) is not a regular file, not an image")
    }

    static func imageIOError(_ file: String) -> Localized {
        Localized(vi: "không đọc được \(file) (lỗi đọc ổ đĩa)", en: "\(file) cannot be read (an I/O error)")
    }

    // MARK: Decoding the image data

    static func imageUndecodable(_ file: String, _ format: String, _ detail: String) -> Localized {
        Localized(vi: "\(file) là tệp \(format) có dữ liệu ảnh không giải mã được (\(detail)); hãy lưu hoặc chép lại tệp",
                  en: "\(file) is a \(format) whose image data cannot be decoded (\(detail)); save or copy it again")
    }

    static func imageDataTooBig(_ file: String, _ megabytes: Int) -> Localized {
        Localized(vi: "\(file) có hơn \(megabytes) MB dữ liệu ảnh, vượt giới hạn cho một ảnh; hãy lưu ảnh nhỏ hơn",
                  en: "\(file) has more than \(megabytes) MB of image data, the limit for one image; save it smaller")
    }

    static func jpegNeedsTooMuchMemory(_ file: String, _ megabytes: Int) -> Localized {
        Localized(vi: "\(file) cần hơn \(megabytes) MB bộ nhớ để giải mã (ảnh JPEG lũy tiến rất lớn); hãy lưu lại thành ảnh JPEG thường (baseline)",
                  en: "\(file) needs more than \(megabytes) MB to decode (a huge progressive JPEG); save it as a baseline JPEG")
    }

    static func bytesAfterJPEGEnd(_ file: String, _ count: Int) -> Localized {
        Localized(vi: "\(file) có \(count) byte sau dấu kết thúc của ảnh JPEG; phần này không được đưa vào PDF",
                  en: "\(file) has \(count) bytes after the JPEG's end marker; they are left out of the PDF")
    }

    // MARK: What the probe found (after the file's name)

    static var imageEmpty: Localized {
        Localized(vi: "là tệp rỗng (0 byte), không phải ảnh JPEG hay PNG", en: "is an empty file (0 bytes), not a JPEG or PNG image")
    }

    static func imageIsOther(_ kind: Localized) -> Localized {
        Localized(vi: "là \(kind.vi), không phải ảnh JPEG hay PNG", en: "is \(kind.en), not a JPEG or PNG image")
    }

    static var imageNotJPEGOrPNG: Localized { Localized(vi: "không phải ảnh JPEG hay PNG", en: "is not a JPEG or PNG image") }

    static func imageTruncated(_ format: String, _ detail: String) -> Localized {
        Localized(vi: "là tệp \(format) bị cắt cụt (\(detail)); hãy chép lại tệp", en: "is a truncated \(format) (\(detail)); copy the file again")
    }

    static func imageCorrupt(_ format: String, _ detail: String) -> Localized {
        Localized(vi: "là tệp \(format) bị hỏng (\(detail))", en: "is a corrupt \(format) (\(detail))")
    }

    static var imageCMYK: Localized { Localized(vi: "là ảnh JPEG hệ màu CMYK; hãy lưu lại ở hệ màu RGB", en: "is a CMYK JPEG; save it as RGB") }

    static func imageUnsupportedJPEG(_ kind: Localized) -> Localized {
        Localized(vi: "là \(kind.vi), loại mà trình xem PDF không hiển thị được; hãy lưu lại thành ảnh JPEG RGB thường (baseline)",
                  en: "is \(kind.en), which PDF viewers cannot show; save it as a baseline RGB JPEG")
    }

    static func imageZeroSize(_ format: String, _ width: Int, _ height: Int) -> Localized {
        Localized(vi: "là tệp \(format) bị hỏng (kích thước \(width) × \(height) điểm ảnh)",
                  en: "is a corrupt \(format) (its size is \(width) × \(height) pixels)")
    }

    static func imageTooLarge(_ width: Int, _ height: Int, _ largest: Int) -> Localized {
        Localized(vi: "có \(width) × \(height) điểm ảnh; mỗi cạnh tối đa \(largest)", en: "is \(width) × \(height) pixels; at most \(largest) on a side")
    }

    static func imageHeadersTooLarge(_ format: String, _ kilobytes: Int) -> Localized {
        Localized(vi: "là tệp \(format) có phần đầu (trước dữ liệu ảnh) lớn hơn \(kilobytes) KB; hãy lưu lại tệp mà không kèm siêu dữ liệu (metadata)",
                  en: "is a \(format) whose headers before the image data exceed \(kilobytes) KB; save it again without extra metadata")
    }

    // MARK: Kinds of file and of JPEG

    static var losslessJPEG: Localized { Localized(vi: "ảnh JPEG nén không mất dữ liệu (lossless)", en: "a lossless JPEG") }
    static var arithmeticJPEG: Localized { Localized(vi: "ảnh JPEG mã hóa số học", en: "an arithmetic-coded JPEG") }
    static var hierarchicalJPEG: Localized { Localized(vi: "ảnh JPEG phân cấp", en: "a hierarchical JPEG") }
    static func jpegBits(_ precision: Int) -> Localized { Localized(vi: "ảnh JPEG \(precision) bit", en: "a \(precision)-bit JPEG") }

    static var gifImage: Localized { Localized(vi: "một ảnh GIF", en: "a GIF image") }
    static var webpImage: Localized { Localized(vi: "một ảnh WebP", en: "a WebP image") }
    static var pdfDocument: Localized { Localized(vi: "một tài liệu PDF", en: "a PDF document") }
    static var tiffImage: Localized { Localized(vi: "một ảnh TIFF", en: "a TIFF image") }
    static var avifImage: Localized { Localized(vi: "một ảnh AVIF", en: "an AVIF image") }
    static var heicImage: Localized { Localized(vi: "một ảnh HEIC (ảnh của iPhone)", en: "a HEIC image") }
    static var bmpImage: Localized { Localized(vi: "một ảnh BMP", en: "a BMP image") }
    static var textFile: Localized { Localized(vi: "một tệp chữ", en: "a text file") }
    static func isoMediaFile(brand: String) -> Localized {
        Localized(vi: "một tệp đa phương tiện ISO (loại \(brand))", en: "an ISO media file (brand \(brand))")
    }
}
