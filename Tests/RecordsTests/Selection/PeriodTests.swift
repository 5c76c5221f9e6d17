import Testing
@testable import Records

/// Periods for `bantin compile` (issue 4): `--period 2023-H1`, `2023-Q3`, `2023`, `--from`/`--to`.
struct PeriodTests {
    private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test(arguments: [
        ("2023-H1", "2023-01-01", "2023-06-30"), ("2023-H2", "2023-07-01", "2023-12-31"),
        ("2023-Q1", "2023-01-01", "2023-03-31"), ("2023-Q2", "2023-04-01", "2023-06-30"),
        ("2023-Q3", "2023-07-01", "2023-09-30"), ("2023-Q4", "2023-10-01", "2023-12-31"),
        ("2023", "2023-01-01", "2023-12-31"), ("2024-Q1", "2024-01-01", "2024-03-31"),
        ("2023-h2", "2023-07-01", "2023-12-31"), ("2023-q4", "2023-10-01", "2023-12-31"),
    ])
    func validForms(_ text: String, _ first: String, _ last: String) throws {
        let period = try #require(Period(parsing: text))
        #expect(period.first == date(first))
        #expect(period.last == date(last))
        #expect(try Period.parse(text) == period)
    }

    @Test func kindsAndDescriptions() throws {
        #expect(Period(parsing: "2023-H1")?.kind == .halfYear(year: 2023, half: 1))
        #expect(Period(parsing: "2023-h2")?.kind == .halfYear(year: 2023, half: 2))
        #expect(Period(parsing: "2023-Q3")?.kind == .quarter(year: 2023, quarter: 3))
        #expect(Period(parsing: "2023")?.kind == .year(2023))
        #expect(Period(parsing: "2023-q3")?.description == "2023-Q3")
        #expect(Period(parsing: "2023-h1")?.description == "2023-H1")
        #expect(Period(parsing: "2023")?.description == "2023")
        let range = try Period(from: date("2023-01-05"), to: date("2023-06-30"))
        #expect(range.kind == .range)
        #expect(range.description == "2023-01-05..2023-06-30")
        // Same days, different names: a range is not the half-year it happens to cover.
        #expect(try Period(from: date("2023-01-01"), to: date("2023-06-30")) != Period(parsing: "2023-H1"))
    }

    @Test func containsAtTheBoundaries() throws {
        let h1 = try #require(Period(parsing: "2023-H1"))
        #expect(!h1.contains(date("2022-12-31")))
        #expect(h1.contains(date("2023-01-01")))
        #expect(h1.contains(date("2023-06-30")))
        #expect(!h1.contains(date("2023-07-01")))
        let q1 = try #require(Period(parsing: "2024-Q1"))
        #expect(q1.contains(date("2024-02-29")))
        #expect(q1.contains(date("2024-03-31")))
        #expect(!q1.contains(date("2024-04-01")))
        let year = try #require(Period(parsing: "2023"))
        #expect(year.contains(date("2023-12-31")) && !year.contains(date("2024-01-01")))
        let range = try Period(from: date("2023-01-05"), to: date("2023-06-30"))
        #expect(!range.contains(date("2023-01-04")))
        #expect(range.contains(date("2023-01-05")) && range.contains(date("2023-06-30")))
        #expect(!range.contains(date("2023-07-01")))
        let day = try Period(from: date("2023-07-03"), to: date("2023-07-03"))
        #expect(day.contains(date("2023-07-03")) && !day.contains(date("2023-07-04")))
    }

    private func months(_ period: Period) -> [String] {
        period.months.map { "\($0.year)-\($0.month)" }
    }

    @Test func monthLists() throws {
        #expect(months(try #require(Period(parsing: "2023-H1"))) ==
                ["2023-1", "2023-2", "2023-3", "2023-4", "2023-5", "2023-6"])
        #expect(months(try #require(Period(parsing: "2023-H2"))) ==
                ["2023-7", "2023-8", "2023-9", "2023-10", "2023-11", "2023-12"])
        #expect(months(try #require(Period(parsing: "2023-Q3"))) == ["2023-7", "2023-8", "2023-9"])
        #expect(months(try #require(Period(parsing: "2023-Q4"))) == ["2023-10", "2023-11", "2023-12"])
        #expect(months(try #require(Period(parsing: "2023"))) == (1...12).map { "2023-\($0)" })
        #expect(months(try Period(from: date("2023-11-15"), to: date("2024-02-01"))) ==
                ["2023-11", "2023-12", "2024-1", "2024-2"])
        #expect(months(try Period(from: date("2023-07-03"), to: date("2023-07-03"))) == ["2023-7"])
    }

    @Test(arguments: [
        ("2023-H1", "6 tháng đầu năm 2023"), ("2023-H2", "6 tháng cuối năm 2023"),
        ("2023-Q1", "quý I năm 2023"), ("2023-Q2", "quý II năm 2023"),
        ("2023-Q3", "quý III năm 2023"), ("2023-Q4", "quý IV năm 2023"), ("2023", "năm 2023"),
    ])
    func vietnameseNames(_ text: String, _ name: String) throws {
        #expect(try #require(Period(parsing: text)).vietnameseName == name)
    }

    @Test func rangeNamesAndTitles() throws {
        let range = try Period(from: date("2023-01-05"), to: date("2023-06-30"))
        #expect(range.vietnameseName == "từ ngày 05/01/2023 đến ngày 30/6/2023")
        #expect(try Period(from: date("2023-07-03"), to: date("2023-07-03")).vietnameseName == "ngày 03/7/2023")
        // A cover title uppercases the name; Vietnamese letters uppercase with their marks.
        let h1 = try #require(Period(parsing: "2023-H1"))
        #expect("TẬP BIÊN BẢN HỘI NGHỊ " + h1.vietnameseName.uppercased() ==
                "TẬP BIÊN BẢN HỘI NGHỊ 6 THÁNG ĐẦU NĂM 2023")
        #expect(try #require(Period(parsing: "2023-H2")).vietnameseName.uppercased() == "6 THÁNG CUỐI NĂM 2023")
        #expect(try #require(Period(parsing: "2023-Q4")).vietnameseName.uppercased() == "QUÝ IV NĂM 2023")
    }

    @Test(arguments: [
        ("2023-H3", #""2023-H3" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023-H0", #""2023-H0" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023-Q5", #""2023-Q5" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023-Q0", #""2023-Q0" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023-13", #""2023-13" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023-07", #""2023-07" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023-H12", #""2023-H12" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023-H", #""2023-H" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023H1", #""2023H1" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023-S1", #""2023-S1" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2023-07-01", #""2023-07-01" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        (" 2023", #"" 2023" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("2024-Q5", #""2024-Q5" is not a period: write 2024-H1, 2024-H2, 2024-Q1 … 2024-Q4 or 2024"#),
        ("23-H1", #""23-H1" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("H1-2023", #""H1-2023" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("0000", #""0000" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("", #""" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
        ("２０２３", #""２０２３" is not a period: write 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023"#),
    ])
    func invalidForms(_ text: String, _ message: String) {
        #expect(Period(parsing: text) == nil)
        #expect(throws: PeriodError.notAPeriod(text)) { try Period.parse(text) }
        #expect(PeriodError.notAPeriod(text).message.en == message)
    }

    @Test func fromAfterTo() throws {
        #expect(throws: PeriodError.fromAfterTo(from: date("2023-07-01"), to: date("2023-06-30"))) {
            try Period(from: date("2023-07-01"), to: date("2023-06-30"))
        }
        #expect(PeriodError.fromAfterTo(from: date("2023-07-01"), to: date("2023-06-30")).message.en ==
                "--from 2023-07-01 is after --to 2023-06-30")
        #expect(throws: PeriodError.fromAfterTo(from: date("2023-07-01"), to: date("2023-06-30"))) {
            try Period(from: "2023-07-01", to: "2023-06-30")
        }
        let typed = try Period(from: "2023-01-05", to: "2023-06-30")
        #expect(typed == (try Period(from: date("2023-01-05"), to: date("2023-06-30"))))
    }

    @Test func fromOrToNotADate() {
        let cases: [(String, String, String)] = [
            ("2023-02-30", "2023-06-30", "--from 2023-02-30 is not a date: February 2023 has 28 days"),
            ("2023-01-01", "2023-13-01", "--to 2023-13-01 is not a date: there is no month 13"),
            ("2023/01/01", "2023-06-30", "--from 2023/01/01 is not a date: write YYYY-MM-DD, e.g. 2023-07-01"),
            ("2023-01-01", "2023-6-30", "--to 2023-6-30 is not a date: write YYYY-MM-DD, e.g. 2023-07-01"),
        ]
        for (from, to, message) in cases {
            do {
                _ = try Period(from: from, to: to)
                Issue.record("\(from) to \(to) made a period")
            } catch let error as PeriodError {
                #expect(error.message.en == message)
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func emptyPeriodMessage() throws {
        let h1 = try #require(Period(parsing: "2023-H1"))
        #expect(PeriodError.noMeetings(h1, outside: 3).message.en ==
                "no meeting falls in the period 2023-H1 (2023-01-01 to 2023-06-30); 3 records are outside it")
        #expect(PeriodError.noMeetings(h1, outside: 1).message.en ==
                "no meeting falls in the period 2023-H1 (2023-01-01 to 2023-06-30); 1 record is outside it")
    }

    private func meeting(_ iso: String, _ title: String, endDate: String? = nil) -> Meeting {
        Meeting(regime: .party,
                organization: Organization(name: "Chi bộ Văn phòng", parent: "Đảng bộ Sở", code: "CB", place: "Lạng Sơn"),
                title: title, date: date(iso), endDate: endDate.map(date), venue: "Hội trường",
                chair: Person(name: "Đàm Văn Chính", role: "Bí thư"),
                secretary: Person(name: "Lê Thanh Hà", role: "Chi ủy viên"),
                attendance: Attendance(members: 10, present: 10, absent: []))
    }

    @Test func selection() throws {
        let meetings = [
            meeting("2023-07-03", "a"), meeting("2022-12-31", "b"), meeting("2023-01-01", "c"),
            meeting("2023-06-30", "d", endDate: "2023-07-01"), meeting("2023-07-01", "e"),
            meeting("2023-03-15", "f"), meeting("2024-01-01", "g"),
        ]
        let h1 = try #require(Period(parsing: "2023-H1"))
        let first = PeriodSelection.select(meetings, in: h1)
        #expect(first.inside.map(\.title) == ["c", "d", "f"])   // given order; a meeting counts by its opening day
        #expect(first.outside == 4)
        let h2 = PeriodSelection.select(meetings, in: try #require(Period(parsing: "2023-h2")))
        #expect(h2.inside.map(\.title) == ["a", "e"])
        #expect(h2.outside == 5)
        let year = PeriodSelection.select(meetings, in: try #require(Period(parsing: "2023")))
        #expect(year.inside.map(\.title) == ["a", "c", "d", "e", "f"])
        #expect(year.outside == 2)
        let q2 = PeriodSelection.select(meetings, in: try #require(Period(parsing: "2023-Q2")))
        #expect(q2.inside.map(\.title) == ["d"] && q2.outside == 6)
        let range = PeriodSelection.select(meetings, in: try Period(from: date("2023-01-02"), to: date("2023-07-01")))
        #expect(range.inside.map(\.title) == ["d", "e", "f"] && range.outside == 4)
        let none = PeriodSelection.select(meetings, in: try #require(Period(parsing: "2021")))
        #expect(none.inside.isEmpty && none.outside == 7)
        let empty = PeriodSelection.select([], in: h1)
        #expect(empty.inside.isEmpty && empty.outside == 0)
    }

    @Test func monthTitlesAndRomanNumerals() {
        #expect(VietnameseDate.monthTitle(year: 2023, month: 1) == "Tháng 1/2023")
        #expect(VietnameseDate.monthTitle(year: 2023, month: 2) == "Tháng 2/2023")
        #expect(VietnameseDate.monthTitle(year: 2023, month: 12) == "Tháng 12/2023")
        #expect((1...12).map(VietnameseNumber.romanNumeral) ==
                ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])
        #expect(VietnameseNumber.romanNumeral(14) == "XIV")
        #expect(VietnameseNumber.romanNumeral(40) == "XL")
        #expect(VietnameseNumber.romanNumeral(1994) == "MCMXCIV")
        #expect(VietnameseNumber.romanNumeral(3999) == "MMMCMXCIX")
    }
}
