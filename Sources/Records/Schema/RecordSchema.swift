/// The schema of every mapping of a meeting or report record (docs/records.md), in one place:
/// the keys the decoders accept and what `bantin schema` tells an editor about them. The
/// descriptions are Vietnamese, the language of the clerks who read them in their editor.
public enum RecordSchema {
    private static let regime = ValueKind.choice(Regime.allCases.map(\.rawValue), anyCase: true)
    private static let salutation = ValueKind.choice(Salutation.allCases.map(\.rawValue), anyCase: true)
    private static let body = ValueKind.list(.either([.text, .mapping("bodyItem")]))

    public static let meeting = MappingSchema(
        .meetingRecordName, id: "meeting",
        description: "Biên bản một hội nghị, cuộc họp (kind: meeting)",
        fields: [
            .required("kind", .choice(RecordKind.allCases.map(\.rawValue), anyCase: true), "Loại hồ sơ: meeting (biên bản cuộc họp) hoặc report (báo cáo)"),
            .required("regime", regime, "Thể thức văn bản: party (văn bản Đảng) hoặc state (văn bản của cơ quan nhà nước)"),
            .required("organization", .mapping("organization"), "Tổ chức ban hành biên bản"),
            .required("title", .text, "Tên cuộc họp, in dưới chữ BIÊN BẢN"),
            .required("date", .date, "Ngày họp: 19/9/2023, ngày 19 tháng 9 năm 2023 hoặc 2023-09-19"),
            .required("venue", .text, "Địa điểm họp"),
            .required("chair", .mapping("person"), "Người chủ trì"),
            .required("secretary", .mapping("person"), "Người ghi biên bản (thư ký)"),
            .required("attendance", .mapping("attendance"), "Số người được triệu tập, có mặt và vắng mặt"),
            .optional("number", .wholeNumber(minimum: 1), "Số biên bản; bỏ trống khi chưa có số"),
            .optional("meeting_type", .choice(MeetingType.allCases.map(\.rawValue), anyCase: true),
                      "Loại cuộc họp, quyết định cách gọi trong biên bản: conference (hội nghị), meeting (cuộc họp), cell-meeting (buổi sinh hoạt chi bộ), workshop (hội thảo); bỏ trống thì suy ra từ tên cuộc họp và tổ chức"),
            .optional("start", .time, "Giờ bắt đầu: 14h00, 14 giờ 00 hoặc \"14:00\" (trong ngoặc kép)"),
            .optional("end", .time, "Giờ kết thúc, viết như giờ bắt đầu"),
            .optional("end_date", .date, "Ngày kết thúc, khi cuộc họp kéo dài sang ngày khác"),
            .optional("guests", .list(.either([.mapping("person"), .text])), "Đại biểu mời dự: mỗi người một dòng, ghi họ tên hoặc { name, role }"),
            .optional("agenda", .list(.text), "Nội dung cuộc họp, mỗi nội dung một dòng"),
            .optional("proceedings", .list(.text), "Diễn biến cuộc họp, mỗi đoạn một dòng"),
            .optional("speeches", .list(.mapping("speech")), "Các ý kiến phát biểu"),
            .optional("conclusion", .list(.text), "Kết luận của người chủ trì, mỗi đoạn một dòng"),
            .optional("votes", .list(.mapping("vote")), "Các nội dung biểu quyết"),
            .optional("photos", .list(.mapping("photo")), "Ảnh đăng kèm tin trên bản tin"),
            .optional("article", .mapping("article"), "Tin đăng bản tin về cuộc họp"),
            .optional("recipients", .list(.text), "Nơi nhận, mỗi nơi một dòng (không ghi dấu gạch đầu dòng và dấu chấm phẩy)"),
            .optional("archive", .text, "Nơi lưu bản gốc, dòng cuối của Nơi nhận: Chi bộ (in \"- Lưu Chi bộ.\"); bỏ trống thì dùng dòng của mẫu"),
            .optional("signers", .mapping("signers"), "Người ký biên bản, khi khác chủ trì và thư ký hoặc cần ghi thẩm quyền ký"),
        ])
    public static let organization = MappingSchema(
        .organizationName, id: "organization", description: "Tổ chức ban hành văn bản",
        fields: [
            .required("name", .text, "Tên tổ chức ban hành văn bản"),
            .required("code", .text, "Chữ viết tắt của tổ chức trong số văn bản: ĐU trong \"Số 12-BB/ĐU\""),
            .required("place", .text, "Địa danh ở dòng ngày tháng: Lạng Sơn"),
            .optional("parent", .text, "Tổ chức cấp trên trực tiếp"),
        ])
    public static let person = MappingSchema(
        .personName, id: "person", description: "Một người: họ tên và chức vụ",
        fields: [
            .required("name", .text, "Họ và tên"),
            .optional("role", .text, "Chức vụ, in sau họ tên"),
            .optional("salutation", salutation, "Danh xưng trong văn bản hành chính: ông hoặc bà (văn bản của Đảng luôn gọi là đồng chí)"),
        ])
    public static let absentee = MappingSchema(
        .absenteeName, id: "absentee", description: "Một người vắng mặt",
        fields: [
            .required("name", .text, "Họ và tên"),
            .optional("reason", .text, "Lý do vắng mặt; vắng không có lý do thì ghi: không có lý do"),
            .optional("salutation", salutation, "Danh xưng trong văn bản hành chính: ông hoặc bà"),
        ])
    public static let attendance = MappingSchema(
        .attendanceName, id: "attendance", description: "Số người được triệu tập, có mặt và vắng mặt",
        fields: [
            .required("members", .wholeNumber(minimum: 1), "Tổng số người được triệu tập (đảng viên, thành viên)"),
            .required("present", .wholeNumber(minimum: 0), "Số người có mặt"),
            .optional("absent", .list(.either([.mapping("absentee"), .text])), "Người vắng mặt: { name, reason }; vắng không có lý do thì ghi reason: không có lý do"),
        ])
    public static let speech = MappingSchema(
        .speechName, id: "speech", description: "Một ý kiến phát biểu",
        fields: [
            .required("speaker", .text, "Họ tên người phát biểu"),
            .required("text", .text, "Nội dung phát biểu, không nhắc lại họ tên người phát biểu"),
            .optional("role", .text, "Chức vụ người phát biểu; bỏ trống thì lấy chức vụ của người cùng tên trong chair, secretary, guests"),
            .optional("salutation", salutation, "Danh xưng trong văn bản hành chính: ông hoặc bà; bỏ trống thì lấy của người cùng tên"),
        ])
    public static let vote = MappingSchema(
        .voteName, id: "vote", description: "Một nội dung biểu quyết",
        fields: [
            .required("motion", .text, "Nội dung đưa ra biểu quyết"),
            .required("for", .wholeNumber(minimum: 0), "Số phiếu tán thành"),
            .optional("against", .wholeNumber(minimum: 0), "Số phiếu không tán thành (mặc định 0)"),
            .optional("other", .wholeNumber(minimum: 0), "Số ý kiến khác (mặc định 0)"),
            .optional("base", .wholeNumber(minimum: 1), "Số người dùng để tính tỷ lệ phần trăm (mặc định: tổng số được triệu tập)"),
            .optional("base_label", .text, "Tên gọi của số người đó: đảng viên chính thức"),
        ])
    public static let photo = MappingSchema(
        .photoName, id: "photo", description: "Một ảnh đăng kèm tin",
        fields: [
            .required("file", .text, "Tệp ảnh JPEG hoặc PNG, tính từ thư mục của biên bản: anh/toan-canh.jpg"),
            .optional("caption", .text, "Chú thích in dưới ảnh"),
            .optional("width", .width, "Chiều rộng ảnh: 80mm, 8cm hoặc 60% (của cột)"),
            .optional("after", .photoPlace, "Vị trí ảnh: lead (sau đoạn mở đầu) hoặc số thứ tự đoạn văn đứng trước ảnh"),
        ])
    public static let article = MappingSchema(
        .articleName, id: "article", description: "Tin đăng bản tin; mọi mục đều có thể bỏ",
        fields: [
            .optional("section", .text, "Chuyên mục, in trên tiêu đề"),
            .optional("headline", .text, "Tiêu đề tin (mặc định: tên cuộc họp)"),
            .optional("published", .timestamp, "Ngày giờ đăng tin: 19/9/2023 13h30 hoặc 2023-09-19T13:30"),
            .optional("author", .text, "Người viết tin"),
            .optional("unit", .text, "Đơn vị của người viết tin"),
            .optional("lead", .text, "Đoạn mở đầu, in đậm"),
            .optional("body", .list(.text), "Thân bài, mỗi đoạn một dòng (mặc định: diễn biến cuộc họp)"),
        ])
    public static let signers = MappingSchema(
        .signersName, id: "signers", description: "Người ký biên bản",
        fields: [
            .optional("chair", .mapping("signer"), "Người ký bên phải (chủ trì)"),
            .optional("secretary", .mapping("signer"), "Người ký bên trái (thư ký)"),
        ])
    public static let signer = MappingSchema(
        .signerName, id: "signer", description: "Một người ký: thẩm quyền, chức vụ, họ tên",
        fields: [
            .required("title", .text, "Chức vụ người ký: PHÓ BÍ THƯ"),
            .required("name", .text, "Họ và tên người ký"),
            .optional("authority", .text, "Thẩm quyền ký: T/M ĐẢNG ỦY, TM. ỦY BAN NHÂN DÂN"),
        ])

    public static let report = MappingSchema(
        .reportRecordName, id: "report",
        description: "Báo cáo trình ký, số liệu lấy từ các biên bản trong kỳ (kind: report)",
        fields: [
            .required("kind", .choice([RecordKind.report.rawValue], anyCase: true), "Loại hồ sơ: report (báo cáo)"),
            .required("regime", regime, "Thể thức văn bản: party (văn bản Đảng) hoặc state (văn bản của cơ quan nhà nước)"),
            .required("organization", .mapping("organization"), "Tổ chức ban hành báo cáo"),
            .required("summary", .text, "Trích yếu, in dưới tên loại văn bản; được dùng {period} và các số liệu khác"),
            .required("date", .date, "Ngày báo cáo: 30/6/2023, ngày 30 tháng 6 năm 2023 hoặc 2023-06-30"),
            .required("signer", .mapping("reportSigner"), "Người ký báo cáo"),
            .optional("number", .wholeNumber(minimum: 1), "Số báo cáo; bản dự thảo để trống số"),
            .optional("title", .text, "Tên loại văn bản (mặc định: BÁO CÁO)"),
            .optional("draft", .flag, "true: bản dự thảo (mặc định); false: bản trình ký"),
            .optional("round", .wholeNumber(minimum: 1), "Dự thảo lần thứ mấy"),
            .optional("period", .period, "Kỳ báo cáo: 2023-H1 (6 tháng đầu năm), 2023-Q3 (quý III), 2023 (cả năm)"),
            .optional("to", .either([.text, .list(.text)]), "Kính gửi: một nơi, hoặc danh sách mỗi nơi một dòng"),
            .optional("units", .list(.text), "Các đơn vị trực thuộc được tính số liệu, ngoài các đơn vị mà hồ sơ ghi parent là tổ chức ban hành"),
            .optional("opening", body, "Các đoạn mở đầu, trước phần I"),
            .optional("parts", .list(.mapping("reportPart")), "Các phần của báo cáo (I, II …)"),
            .optional("closing", body, "Các đoạn kết thúc, sau phần cuối"),
            .optional("recipients", .list(.text), "Nơi nhận, mỗi nơi một dòng"),
            .optional("archive", .text, "Nơi lưu: Văn phòng Đảng ủy"),
        ])
    /// A numbered part: exactly one of `part`, `section` or `point` (checked by the decoder).
    public static let reportPart = MappingSchema(
        .reportPartName, id: "reportPart",
        description: "Một phần có đánh số: ghi đúng một trong part (I), section (1.) hoặc point (a))",
        exactlyOne: HeadingLevel.allCases.map(\.key),
        fields: [
            .optional(HeadingLevel.part.key, .text, "Tên phần lớn, đánh số I, II …"),
            .optional(HeadingLevel.section.key, .text, "Tên mục, đánh số 1, 2 …"),
            .optional(HeadingLevel.point.key, .text, "Tên tiểu mục, đánh chữ a), b) …"),
            .optional("body", body, "Các đoạn văn, bảng của phần này"),
            .optional("parts", .list(.mapping("reportPart")), "Các phần nhỏ hơn nằm trong phần này"),
        ])
    public static let reportSigner = MappingSchema(
        .signerName, id: "reportSigner", description: "Người ký báo cáo",
        fields: [
            .required("title", .text, "Chức vụ người ký: PHÓ BÍ THƯ"),
            .optional("authority", .text, "Thẩm quyền ký: T/M ĐẢNG ỦY, KT. GIÁM ĐỐC"),
            .optional("name", .text, "Họ và tên người ký; bắt buộc ở bản trình ký"),
            .optional("signature", .text, "Tệp ảnh chữ ký PNG, chỉ in ở bản trình ký"),
            .optional("seal", .text, "Tệp ảnh con dấu PNG màu đỏ, nền trong suốt, ghi độ phân giải (pHYs) để in đúng kích thước thật; chỉ ở bản trình ký"),
        ])
    /// A body item that is not text: `{ table: … }`.
    public static let reportBodyItem = MappingSchema(
        .bodyItemName, id: "bodyItem", description: "Một bảng trong thân báo cáo",
        fields: [
            .required("table", .either([.choice(["meetings"], anyCase: false), .mapping("table")]),
                      "meetings: bảng các cuộc họp trong kỳ, do BanTin lập; hoặc một bảng tự ghi { columns, header, rows }"),
        ])
    public static let reportTable = MappingSchema(
        .tableName, id: "table", description: "Một bảng tự ghi",
        fields: [
            .required("header", .list(.text), "Dòng tiêu đề của bảng, mỗi cột một ô"),
            .required("rows", .list(.list(.text)), "Các dòng của bảng, mỗi dòng có số ô bằng dòng tiêu đề"),
            .optional("columns", .list(.positiveNumber), "Độ rộng tương đối của các cột: [10, 60, 30]"),
        ])

    /// Every mapping schema, the meeting and report records first.
    public static let all: [MappingSchema] = [
        meeting, report, organization, person, absentee, attendance, speech, vote, photo, article, signers, signer,
        reportPart, reportSigner, reportBodyItem, reportTable,
    ]
}
