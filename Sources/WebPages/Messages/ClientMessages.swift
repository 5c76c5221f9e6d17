import Records

/// What the pages' scripts say while the clerk works (status lines, confirmations); the page
/// hands them to the script in its language, so no script holds a message of its own.
extension Localized {
    static let clientMessages: [String: Localized] = [
        "checking": Localized(vi: "Đang kiểm tra…", en: "Checking…"),
        "rendering": Localized(vi: "Đang dựng bản xem trước…", en: "Rendering the preview…"),
        "valid": Localized(vi: "Hồ sơ không có lỗi.", en: "The record has no problem."),
        "hasErrors": Localized(vi: "Hồ sơ còn lỗi, chưa in được. Sửa các mục được đánh dấu:", en: "The record has problems and cannot be printed yet. Fix the marked fields:"),
        "warnings": Localized(vi: "Cảnh báo:", en: "Warnings:"),
        "saving": Localized(vi: "Đang lưu…", en: "Saving…"),
        "saved": Localized(vi: "Đã lưu vào tệp", en: "Saved to"),
        "notSaved": Localized(vi: "Chưa lưu: hồ sơ còn lỗi, không có gì được ghi.", en: "Not saved: the record has problems; nothing was written."),
        "confirmOverwrite": Localized(vi: "Tệp này có lời chú thích (#) viết tay. Lưu từ biểu mẫu sẽ ghi lại tệp theo bố cục chuẩn và làm mất các chú thích đó. Vẫn lưu?", en: "This file has comments (#) written by hand. Saving from the form rewrites it in BanTin's layout and loses them. Save anyway?"),
        "confirmReplace": Localized(vi: "Đã có một hồ sơ khác tên này. Ghi đè lên hồ sơ đó? (Chọn Huỷ rồi đổi tên tệp để giữ cả hai.)", en: "Another record already has this name. Replace it? (Cancel and rename the file to keep both.)"),
        "cancelled": Localized(vi: "Đã huỷ, tệp không thay đổi.", en: "Cancelled; the file is unchanged."),
        "needFile": Localized(vi: "Hãy ghi tên tệp để lưu (ví dụ 2024-03-15.yaml) hoặc ghi ngày họp.", en: "Give a file name to save to (e.g. 2024-03-15.yaml) or the meeting's date."),
        "serverError": Localized(vi: "Máy chủ không trả lời được; thử lại sau giây lát.", en: "The server could not answer; try again in a moment."),
        "sessionExpired": Localized(vi: "Phiên làm việc đã hết hạn; hãy tải lại trang.", en: "The session has expired; reload the page."),
        "uploading": Localized(vi: "Đang tải ảnh lên…", en: "Uploading the photo…"),
        "uploaded": Localized(vi: "Đã tải ảnh lên:", en: "Uploaded:"),
        "making": Localized(vi: "Đang tạo PDF…", en: "Making the PDF…"),
        "made": Localized(vi: "Đã tạo PDF, đang tải xuống.", en: "The PDF is made and downloading."),
        "chooseRecords": Localized(vi: "Hãy chọn ít nhất một cuộc họp.", en: "Choose at least one meeting."),
        "loadFailed": Localized(vi: "Không đọc được hồ sơ:", en: "Could not read the record:"),
        "line": Localized(vi: "dòng", en: "line"),
        "unsaved": Localized(vi: "Có thay đổi chưa lưu.", en: "There are unsaved changes."),
        "errorWord": Localized(vi: "lỗi", en: "error"),
        "warningWord": Localized(vi: "cảnh báo", en: "warning"),
    ]
}
