/// Text from the seed article (docs/formatting-rules.md §7), used across layout tests.
enum SampleText {
    static let seedParagraph = "Trong 6 tháng đầu năm 2023, Đảng bộ Sở LĐTBXH đã triển khai công tác Đảng theo đúng hướng dẫn, chỉ đạo của Đảng ủy cấp trên. Công tác giáo dục chính trị tư tưởng được chú trọng quan tâm, Đảng uỷ Sở đã lãnh đạo, chỉ đạo các chi bộ trực thuộc nghiên cứu, học tập, quán triệt và tuyên truyền Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khoá XIII; Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW và chuyên đề học tập của năm; tham gia Cuộc thi trắc nghiệm trên internet “Tìm hiểu 90 năm Ngày truyền thống Đảng bộ tỉnh Lạng Sơn (15/6/1933 - 15/6/2023)”."

    static let codes = ["05-CT/TW", "01-KL/TW", "15/6/1933", "15/6/2023)”."]
}
