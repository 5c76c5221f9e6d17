/// The catalogue's messages about a record's file, its dates and times, and the names of
/// its parts.
extension Localized {
    // MARK: The file

    static var fileDoesNotExist: Localized { Localized(vi: "tệp không tồn tại", en: "file does not exist") }
    static var recordIsAFolder: Localized { Localized(vi: "đây là thư mục, không phải tệp biên bản", en: "is a folder, not a record file") }
    static var recordUnreadable: Localized { Localized(vi: "không đọc được tệp (hãy kiểm tra quyền truy cập)", en: "cannot be read (check its permissions)") }
    static var unknownReadFailure: Localized { Localized(vi: "không đọc được vì một lý do không rõ", en: "could not be read for an unknown reason") }
    static var emptyRecord: Localized {
        Localized(vi: "tệp trống; hãy ghi các trường của biên bản", en: "the file is empty; expected the fields of a record")
    }

    static func recordTooBig(_ size: Localized, limit: Localized) -> Localized {
        Localized(vi: "tệp nặng \(size.vi), quá mức \(limit.vi) cho phép của một biên bản; biên bản chỉ có chữ (ảnh là các tệp riêng), hãy kiểm tra xem có đúng tệp không",
                  en: "is \(size.en), more than the \(limit.en) a record may have; a record is text only (photos are separate files), so check that this is the right file")
    }

    static func notUTF8(byte hex: String) -> Localized {
        Localized(vi: "tệp không phải chữ UTF-8 (byte 0x\(hex)); hãy lưu biên bản dưới dạng UTF-8",
                  en: "is not UTF-8 text (byte 0x\(hex)); save the record as UTF-8")
    }

    static func notText(_ problem: String) -> Localized {
        Localized(vi: "không đọc được tệp dưới dạng chữ (\(problem)); hãy lưu tệp dưới dạng chữ UTF-8",
                  en: "the file cannot be read as text (\(problem)); save it as UTF-8 text")
    }

    static func controlCharacter(_ character: String) -> Localized {
        Localized(vi: "đoạn chữ có ký tự điều khiển \(character), biên bản không được chứa ký tự này; hãy xóa nó",
                  en: "the text holds the control character \(character), which a record cannot hold; delete it")
    }

    static func yamlCannotReadFile(_ error: String) -> Localized {
        Localized(vi: "không đọc được tệp YAML (\(error)); hãy kiểm tra lề thụt đầu dòng và đặt trong ngoặc kép các câu có dấu : # hoặc dấu ngoặc kép",
                  en: "YAML cannot read the file (\(error)); check the indentation and quote texts with : # or quotes")
    }

    /// `300 bytes`: a size under a kilobyte (`2 MB` and `512 KB` read the same in both).
    static func bytes(_ count: Int) -> Localized { Localized(vi: "\(count) byte dữ liệu", en: "\(count) bytes") }

    // MARK: Dates and times

    static func notADate(_ quoted: String) -> Localized {
        Localized(vi: "\(quoted) không phải là ngày; hãy ghi ngày trước, ví dụ 19/9/2023 hoặc ngày 19 tháng 9 năm 2023, hoặc 2023-09-19",
                  en: "\(quoted) is not a date; write it day first as 19/9/2023 or ngày 19 tháng 9 năm 2023, or as 2023-09-19")
    }

    static func dateDoesNotExist(_ raw: String, _ problem: Localized) -> Localized {
        Localized(vi: "\(raw) không phải là ngày có thật (\(problem.vi))", en: "\(raw) is not a date (\(problem.en))")
    }

    static func noYear(_ year: Int) -> Localized { Localized(vi: "không có năm \(year)", en: "there is no year \(year)") }
    static func noMonth(_ month: Int) -> Localized { Localized(vi: "không có tháng \(month)", en: "there is no month \(month)") }

    static func monthHasDays(_ month: Localized, _ year: Int, _ days: Int) -> Localized {
        Localized(vi: "\(month.vi) năm \(year) có \(days) ngày", en: "\(month.en) \(year) has \(days) days")
    }

    /// The months, January first.
    static let months: [Localized] = [
        Localized(vi: "tháng 1", en: "January"), Localized(vi: "tháng 2", en: "February"),
        Localized(vi: "tháng 3", en: "March"), Localized(vi: "tháng 4", en: "April"),
        Localized(vi: "tháng 5", en: "May"), Localized(vi: "tháng 6", en: "June"),
        Localized(vi: "tháng 7", en: "July"), Localized(vi: "tháng 8", en: "August"),
        Localized(vi: "tháng 9", en: "September"), Localized(vi: "tháng 10", en: "October"),
        Localized(vi: "tháng 11", en: "November"), Localized(vi: "tháng 12", en: "December"),
    ]

    static func notATime(_ quoted: String) -> Localized {
        Localized(vi: "\(quoted) không phải là giờ; hãy ghi như 13h30, 13 giờ 30 hoặc \"13:30\" (giờ từ 0 đến 23, phút từ 00 đến 59)",
                  en: "\(quoted) is not a time of day; write it as 13h30, 13 giờ 30 or \"13:30\" (hours 0–23, minutes 00–59)")
    }

    static func notATimestamp(_ quoted: String) -> Localized {
        Localized(vi: "\(quoted) không phải là ngày giờ; hãy ghi như 19/9/2023 13h30 hoặc 2023-09-19T13:30",
                  en: "\(quoted) is not a date and time; write it as 19/9/2023 13h30 or 2023-09-19T13:30")
    }

    // MARK: Photo fields

    static var captionWithoutPhoto: Localized {
        Localized(vi: "có chú thích (caption) nhưng thiếu tệp ảnh (file)", en: "a caption without a photo file")
    }

    static func notAWidthValue(_ quoted: String) -> Localized {
        Localized(vi: "ở đây cần độ rộng như 80mm, 8cm, 200pt hoặc 60% (của cột), nhưng lại là \(quoted)",
                  en: "expected a width such as 80mm, 8cm, 200pt or 60% (of the column), found \(quoted)")
    }

    static func widthNotPositive(_ raw: String) -> Localized {
        Localized(vi: "\(raw) không phải là độ rộng: phải lớn hơn 0", en: "\(raw) is not a width: it must be more than 0")
    }

    static func widthOverColumn(_ raw: String) -> Localized {
        Localized(vi: "\(raw) rộng hơn cột (tối đa 100%)", en: "\(raw) is wider than the column (at most 100%)")
    }

    static func notAPhotoPlace(_ quoted: String) -> Localized {
        Localized(vi: "ở đây cần lead hoặc số thứ tự đoạn (0, 1, 2 …), nhưng lại là \(quoted)",
                  en: "expected lead or a paragraph number (0, 1, 2 …), found \(quoted)")
    }

    // MARK: What the mappings of a record are called (after "unknown field")

    static var meetingRecordName: Localized { Localized(vi: "biên bản cuộc họp", en: "a meeting record") }
    static var organizationName: Localized { Localized(vi: "thông tin cơ quan, tổ chức", en: "an organization") }
    static var personName: Localized { Localized(vi: "thông tin một người", en: "a person") }
    static var absenteeName: Localized { Localized(vi: "thông tin người vắng mặt", en: "an absent member") }
    static var attendanceName: Localized { Localized(vi: "phần điểm danh", en: "the attendance") }
    static var speechName: Localized { Localized(vi: "một ý kiến phát biểu", en: "a speech") }
    static var voteName: Localized { Localized(vi: "một lần biểu quyết", en: "a vote") }
    static var photoName: Localized { Localized(vi: "một ảnh", en: "a photo") }
    static var articleName: Localized { Localized(vi: "phần bài đăng bản tin", en: "an article") }
    static var signersName: Localized { Localized(vi: "phần người ký", en: "the signers") }
    static var signerName: Localized { Localized(vi: "thông tin người ký", en: "a signer") }
    static var reportRecordName: Localized { Localized(vi: "báo cáo", en: "a report record") }
    static var reportPartName: Localized { Localized(vi: "một phần của báo cáo", en: "a part") }
    static var bodyItemName: Localized { Localized(vi: "một mục nội dung", en: "a body item") }
    static var tableName: Localized { Localized(vi: "một bảng", en: "a table") }
}
