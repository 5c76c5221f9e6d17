import Records

/// The meeting form's words: a short label for each field of the record schema (keyed by the
/// schema's mapping id and the field's name; the help under each field is the schema's own
/// description), the words of the choices, and the form's buttons.
extension Localized {
    /// `mapping.field` → the field's label on the form.
    static let fieldLabels: [String: Localized] = [
        "meeting.kind": Localized(vi: "Loại hồ sơ", en: "Record kind"),
        "meeting.regime": Localized(vi: "Thể thức văn bản", en: "Document regime"),
        "meeting.organization": Localized(vi: "Tổ chức ban hành", en: "Issuing organisation"),
        "meeting.number": Localized(vi: "Số biên bản", en: "Number"),
        "meeting.title": Localized(vi: "Tên cuộc họp", en: "Meeting title"),
        "meeting.meeting_type": Localized(vi: "Loại cuộc họp", en: "Kind of meeting"),
        "meeting.date": Localized(vi: "Ngày họp", en: "Date"),
        "meeting.start": Localized(vi: "Giờ bắt đầu", en: "Start time"),
        "meeting.end": Localized(vi: "Giờ kết thúc", en: "End time"),
        "meeting.end_date": Localized(vi: "Ngày kết thúc (nếu khác ngày họp)", en: "End date (if not the meeting's date)"),
        "meeting.venue": Localized(vi: "Địa điểm", en: "Venue"),
        "meeting.chair": Localized(vi: "Người chủ trì", en: "Chair"),
        "meeting.secretary": Localized(vi: "Thư ký (người ghi biên bản)", en: "Secretary"),
        "meeting.guests": Localized(vi: "Đại biểu mời dự", en: "Guests"),
        "meeting.attendance": Localized(vi: "Thành phần tham dự", en: "Attendance"),
        "meeting.agenda": Localized(vi: "Nội dung (chương trình) cuộc họp", en: "Agenda"),
        "meeting.proceedings": Localized(vi: "Diễn biến cuộc họp", en: "Proceedings"),
        "meeting.speeches": Localized(vi: "Ý kiến phát biểu", en: "Speeches"),
        "meeting.conclusion": Localized(vi: "Kết luận của người chủ trì", en: "Conclusion"),
        "meeting.votes": Localized(vi: "Biểu quyết", en: "Votes"),
        "meeting.photos": Localized(vi: "Ảnh đăng kèm tin", en: "Photos"),
        "meeting.article": Localized(vi: "Tin đăng bản tin", en: "News article"),
        "meeting.recipients": Localized(vi: "Nơi nhận", en: "Recipients"),
        "meeting.archive": Localized(vi: "Nơi lưu bản gốc", en: "Archive line"),
        "meeting.signers": Localized(vi: "Người ký (khi khác chủ trì, thư ký)", en: "Signers (when not the chair and secretary)"),
        "organization.name": Localized(vi: "Tên tổ chức", en: "Name"),
        "organization.code": Localized(vi: "Chữ viết tắt trong số văn bản", en: "Code in the number"),
        "organization.place": Localized(vi: "Địa danh", en: "Place"),
        "organization.parent": Localized(vi: "Tổ chức cấp trên", en: "Parent organisation"),
        "person.name": Localized(vi: "Họ và tên", en: "Name"),
        "person.role": Localized(vi: "Chức vụ", en: "Position"),
        "person.salutation": Localized(vi: "Danh xưng", en: "Form of address"),
        "absentee.name": Localized(vi: "Họ và tên", en: "Name"),
        "absentee.reason": Localized(vi: "Lý do vắng mặt", en: "Reason"),
        "absentee.salutation": Localized(vi: "Danh xưng", en: "Form of address"),
        "attendance.members": Localized(vi: "Tổng số được triệu tập", en: "Members called"),
        "attendance.present": Localized(vi: "Số có mặt", en: "Present"),
        "attendance.absent": Localized(vi: "Người vắng mặt", en: "Absentees"),
        "speech.speaker": Localized(vi: "Người phát biểu", en: "Speaker"),
        "speech.text": Localized(vi: "Nội dung phát biểu", en: "What was said"),
        "speech.role": Localized(vi: "Chức vụ người phát biểu", en: "Speaker's position"),
        "speech.salutation": Localized(vi: "Danh xưng", en: "Form of address"),
        "vote.motion": Localized(vi: "Nội dung biểu quyết", en: "Motion"),
        "vote.for": Localized(vi: "Tán thành", en: "For"),
        "vote.against": Localized(vi: "Không tán thành", en: "Against"),
        "vote.other": Localized(vi: "Ý kiến khác", en: "Other"),
        "vote.base": Localized(vi: "Số người tính tỷ lệ", en: "Base of the percentages"),
        "vote.base_label": Localized(vi: "Tên gọi số người đó", en: "What the base counts"),
        "photo.file": Localized(vi: "Tệp ảnh", en: "Image file"),
        "photo.caption": Localized(vi: "Chú thích ảnh", en: "Caption"),
        "photo.width": Localized(vi: "Chiều rộng ảnh", en: "Width"),
        "photo.after": Localized(vi: "Vị trí ảnh", en: "Placed after"),
        "article.section": Localized(vi: "Chuyên mục", en: "Section"),
        "article.headline": Localized(vi: "Tiêu đề tin", en: "Headline"),
        "article.published": Localized(vi: "Ngày giờ đăng", en: "Published"),
        "article.author": Localized(vi: "Người viết tin", en: "Author"),
        "article.unit": Localized(vi: "Đơn vị người viết", en: "Author's unit"),
        "article.lead": Localized(vi: "Đoạn mở đầu (sa-pô)", en: "Lead"),
        "article.body": Localized(vi: "Thân bài", en: "Body"),
        "signers.chair": Localized(vi: "Người ký bên phải (chủ trì)", en: "Right signer (chair)"),
        "signers.secretary": Localized(vi: "Người ký bên trái (thư ký)", en: "Left signer (secretary)"),
        "signer.title": Localized(vi: "Chức vụ người ký", en: "Title"),
        "signer.name": Localized(vi: "Họ và tên người ký", en: "Name"),
        "signer.authority": Localized(vi: "Thẩm quyền ký", en: "Authority"),
    ]

    /// A choice's value → its words in a drop-down list.
    static let choiceLabels: [String: Localized] = [
        "party": Localized(vi: "Văn bản Đảng (HD 36-HD/VPTW)", en: "Party document (HD 36-HD/VPTW)"),
        "state": Localized(vi: "Văn bản nhà nước (Nghị định 30, Mẫu 1.9)", en: "State document (Decree 30, form 1.9)"),
        "meeting": Localized(vi: "cuộc họp", en: "meeting"),
        "report": Localized(vi: "báo cáo", en: "report"),
        "conference": Localized(vi: "hội nghị", en: "conference"),
        "cell-meeting": Localized(vi: "buổi sinh hoạt chi bộ", en: "cell meeting"),
        "workshop": Localized(vi: "hội thảo", en: "workshop"),
        "ông": Localized(vi: "ông", en: "ông (Mr)"),
        "bà": Localized(vi: "bà", en: "bà (Ms)"),
    ]

    static let choiceUnset = Localized(vi: "(để trống)", en: "(not given)")
    static let addItem = Localized(vi: "Thêm", en: "Add")
    static let removeItem = Localized(vi: "Xoá", en: "Remove")
    static let moveUp = Localized(vi: "Chuyển lên", en: "Move up")
    static let requiredMark = Localized(vi: "bắt buộc", en: "required")
    static let uploadPhoto = Localized(vi: "Tải ảnh lên", en: "Upload a photo")
    static let meetingFormTitle = Localized(vi: "Biên bản cuộc họp", en: "Meeting record")
    static let newMeetingTitle = Localized(vi: "Biên bản mới", en: "New meeting record")
    static let reportEditorTitle = Localized(vi: "Hồ sơ báo cáo", en: "Report record")
    static let reportEditorHelp = Localized(vi: "Hồ sơ báo cáo được sửa dưới dạng văn bản YAML; lỗi hiện ngay bên dưới và bản xem trước ở bên phải.", en: "A report record is edited as YAML text; problems show below it and the preview on the right.")
    static let recordFile = Localized(vi: "Lưu vào tệp", en: "Save to file")
    static let recordFileHelp = Localized(vi: "Tên tệp trong thư mục hồ sơ, ví dụ 2024/2024-03-15.yaml; bỏ trống thì đặt theo ngày họp.", en: "The file's name in the records folder, e.g. 2024/2024-03-15.yaml; empty: named after the date.")
    static let save = Localized(vi: "Lưu hồ sơ", en: "Save the record")
    static let previewHeading = Localized(vi: "Xem trước", en: "Preview")
    static let previewTitle = Localized(vi: "Bản xem trước PDF của hồ sơ", en: "PDF preview of the record")
    static let formNotice = Localized(vi: "Khi lưu, biểu mẫu ghi lại tệp theo bố cục chuẩn của BanTin; lời chú thích (#) viết tay trong tệp sẽ mất, nên BanTin sẽ hỏi trước.", en: "Saving writes the file in BanTin's own layout; comments (#) written by hand are lost, so BanTin asks first.")
}
