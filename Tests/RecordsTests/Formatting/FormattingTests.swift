import Testing
@testable import Records

/// docs/formatting-rules.md §8 items 5, 20 and 21: dates, times, percentages and counts.
struct FormattingTests {
    private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func dateLine() {
        #expect(VietnameseDate.dateLine(place: "Lạng Sơn", date: date("2023-07-03")) == "Lạng Sơn, ngày 03 tháng 7 năm 2023")
    }

    @Test(arguments: [
        ("2020-01-05", "ngày 05 tháng 01 năm 2020"), ("2024-02-15", "ngày 15 tháng 02 năm 2024"),
        ("2019-06-29", "ngày 29 tháng 6 năm 2019"), ("2023-12-25", "ngày 25 tháng 12 năm 2023"),
        ("2023-03-09", "ngày 09 tháng 3 năm 2023"), ("2023-07-03", "ngày 03 tháng 7 năm 2023"),
    ])
    func longDates(_ iso: String, _ expected: String) {
        #expect(VietnameseDate.long(date(iso)) == expected)
    }

    @Test func shortDates() {
        #expect(VietnameseDate.short(date("2023-07-03")) == "03/7/2023")
        #expect(VietnameseDate.short(date("1933-06-15")) == "15/6/1933")
        #expect(VietnameseDate.short(date("2020-01-05")) == "05/01/2020")
    }

    /// Item 21's closing line is built from these pieces.
    @Test func times() {
        #expect(VietnameseTime.long(ClockTime("14:30")!) == "14 giờ 30 phút")
        #expect(VietnameseTime.long(ClockTime("8:05")!) == "8 giờ 05 phút")
        #expect(VietnameseTime.long(ClockTime("16:00")!) == "16 giờ 00 phút")
        let closing = "Hội nghị kết thúc vào lúc \(VietnameseTime.long(ClockTime("16:30")!)) cùng ngày."
        #expect(closing.wholeMatch(of: /Hội nghị kết thúc vào lúc \d{1,2} giờ \d{2} phút cùng ngày\./) != nil)
    }

    @Test func percentages() {
        #expect(VietnameseNumber.percent(25, of: 26) == "96,15%")
        #expect(VietnameseNumber.percent(1, of: 26) == "3,85%")
        #expect(VietnameseNumber.percent(43, of: 45) == "95,56%")
        #expect(VietnameseNumber.percent(45, of: 45) == "100,00%")
        #expect(VietnameseNumber.percent(0, of: 45) == "0,00%")
        #expect(VietnameseNumber.percent(1, of: 8) == "12,50%")
        #expect(VietnameseNumber.percent(1, of: 1600) == "0,06%")   // 0.0625 rounds half up
        #expect(VietnameseNumber.percent(2, of: 3) == "66,67%")
        #expect(VietnameseNumber.percent(1, of: 0) == "0,00%")
    }

    @Test func groupedAndCounts() {
        #expect(VietnameseNumber.grouped(1_234_567) == "1.234.567")
        #expect(VietnameseNumber.grouped(999) == "999")
        #expect(VietnameseNumber.grouped(1000) == "1.000")
        #expect(VietnameseNumber.grouped(-12345) == "-12.345")
        #expect(VietnameseNumber.count(2) == "2")
        #expect(VietnameseNumber.count(2, padded: true) == "02")
        #expect(VietnameseNumber.count(26, padded: true) == "26")
    }
}
