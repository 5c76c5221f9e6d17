import Records

/// The words of the pages' frame, the records page, the products page and the login page.
extension Localized {
    static let appName = Localized(vi: "BanTin — hồ sơ cuộc họp", en: "BanTin — meeting records")
    static let navRecords = Localized(vi: "Hồ sơ", en: "Records")
    static let navProducts = Localized(vi: "Ấn phẩm", en: "Products")
    static let skipToContent = Localized(vi: "Bỏ qua, đến nội dung chính", en: "Skip to the main content")
    static let otherLanguage = Localized(vi: "Tiếng Anh (English)", en: "Tiếng Việt (Vietnamese)")

    static let recordsTitle = Localized(vi: "Hồ sơ cuộc họp và báo cáo", en: "Meeting records and reports")
    static let recordsSearch = Localized(vi: "Tìm hồ sơ (tên, ngày, tổ chức, tệp)", en: "Search records (title, date, organisation, file)")
    static let recordsNone = Localized(vi: "Thư mục này chưa có hồ sơ nào. Hãy tạo biên bản mới.", en: "This folder has no records yet. Create a new meeting record.")
    static let recordsNoMatch = Localized(vi: "Không có hồ sơ nào khớp với từ cần tìm.", en: "No record matches the search.")
    static let newPartyMeeting = Localized(vi: "Biên bản mới (văn bản Đảng)", en: "New meeting record (Party)")
    static let newStateMeeting = Localized(vi: "Biên bản mới (cơ quan nhà nước)", en: "New meeting record (state)")
    static let columnDate = Localized(vi: "Ngày", en: "Date")
    static let columnTitle = Localized(vi: "Tên hồ sơ", en: "Title")
    static let columnKind = Localized(vi: "Loại", en: "Kind")
    static let columnFile = Localized(vi: "Tệp", en: "File")
    static let columnProblems = Localized(vi: "Lỗi", en: "Problems")
    static let kindMeeting = Localized(vi: "Biên bản", en: "Minutes")
    static let kindReport = Localized(vi: "Báo cáo", en: "Report")
    static let noProblem = Localized(vi: "không có lỗi", en: "no problem")
    static func problemCount(_ count: Int) -> Localized {
        Localized(vi: "\(count) lỗi", en: "\(count) problem(s)")
    }
    static let editRecord = Localized(vi: "Sửa", en: "Edit")
    static let openPDF = Localized(vi: "Xem bản PDF", en: "View the PDF")
    static let noOrganization = Localized(vi: "(chưa ghi tổ chức)", en: "(no organisation)")
    static let noDate = Localized(vi: "Chưa ghi ngày", en: "No date")
    static func firstHalf(_ year: String) -> Localized {
        Localized(vi: "6 tháng đầu năm \(year)", en: "First half of \(year)")
    }
    static func secondHalf(_ year: String) -> Localized {
        Localized(vi: "6 tháng cuối năm \(year)", en: "Second half of \(year)")
    }

    static let productsTitle = Localized(vi: "Làm ấn phẩm", en: "Make products")
    static let bulletinHeading = Localized(vi: "Bản tin của các cuộc họp đã chọn", en: "Bulletin of the chosen meetings")
    static let bulletinHelp = Localized(vi: "Đánh dấu các cuộc họp đưa vào số bản tin này.", en: "Tick the meetings that go into this issue.")
    static let bulletinIssue = Localized(vi: "Số bản tin", en: "Issue number")
    static let bulletinDate = Localized(vi: "Ngày phát hành (bỏ trống: ngày của cuộc họp cuối)", en: "Issue date (empty: the last meeting's date)")
    static let bulletinPublisher = Localized(vi: "Cơ quan phát hành (bỏ trống: theo thiết lập)", en: "Publisher (empty: from the settings)")
    static let selectAll = Localized(vi: "Chọn tất cả", en: "Select all")
    static let bookletHeading = Localized(vi: "Tập biên bản của một kỳ", en: "Booklet of a period")
    static let bookletPeriod = Localized(vi: "Kỳ", en: "Period")
    static let bookletStyle = Localized(vi: "Mỗi cuộc họp in thành", en: "Each meeting printed as")
    static let bookletStyleMinutes = Localized(vi: "biên bản", en: "its minutes")
    static let bookletStyleBulletin = Localized(vi: "tin bài", en: "its news item")
    static let bookletGroup = Localized(vi: "Xếp theo", en: "Grouped by")
    static let bookletGroupMonth = Localized(vi: "tháng", en: "month")
    static let bookletGroupOrganization = Localized(vi: "tổ chức", en: "organisation")
    static let reportHeading = Localized(vi: "Báo cáo (dự thảo hoặc bản trình ký)", en: "Report (draft or final)")
    static let reportRecord = Localized(vi: "Hồ sơ báo cáo", en: "Report record")
    static let reportPeriod = Localized(vi: "Kỳ báo cáo (bỏ trống: kỳ ghi trong hồ sơ)", en: "Period (empty: the record's own)")
    static let reportWatermark = Localized(vi: "In chữ DỰ THẢO chìm trên trang (bản dự thảo)", en: "Draft watermark across the page")
    static let reportNone = Localized(vi: "Thư mục này chưa có hồ sơ báo cáo.", en: "This folder has no report record.")
    static let makePDF = Localized(vi: "Tạo và tải PDF", en: "Make and download the PDF")
    static func wholeYear(_ year: String) -> Localized {
        Localized(vi: "cả năm \(year)", en: "the whole of \(year)")
    }
    static func quarter(_ roman: String, _ year: String) -> Localized {
        Localized(vi: "quý \(roman) năm \(year)", en: "quarter \(roman) of \(year)")
    }

    static let loginTitle = Localized(vi: "Đăng nhập", en: "Log in")
    static let loginHelp = Localized(vi: "Máy chủ này cần mật khẩu. Hỏi người quản trị nếu bạn chưa có.", en: "This server needs a password. Ask its administrator if you have none.")
    static let loginPassword = Localized(vi: "Mật khẩu", en: "Password")
    static let loginButton = Localized(vi: "Đăng nhập", en: "Log in")
    static let loginRefused = Localized(vi: "Mật khẩu không đúng. Hãy gõ lại (chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt).", en: "Wrong password. Type it again (mind upper and lower case and the Vietnamese keyboard).")
}
