import Testing
@testable import Records

/// Dates and times written the Vietnamese way (issue 10 point 4) and names that show
/// nothing (issue 9 point 6).
@Suite struct WrittenFormsTests {
    @Test(arguments: ["3/7/2023", "03/07/2023", "3-7-2023", "ngày 3 tháng 7 năm 2023", "Ngày 03 tháng 07 năm 2023", "2023-07-03"])
    func datesDayFirst(_ written: String) throws {
        let meeting = try #require(SeedRecord.withRecord(SeedRecord.yaml(replacing: [10: "date: \(written)"])) { _, path in loadedMeeting(path) })
        #expect(meeting.0.date == CivilDate(year: 2023, month: 7, day: 3))
    }

    @Test(arguments: [("13h30", 13, 30), ("13g30", 13, 30), ("13 giờ 30", 13, 30), ("13 giờ 30 phút", 13, 30),
                      ("\"13:30\"", 13, 30), ("13h", 13, 0), ("8H05", 8, 5), ("8 giờ", 8, 0)])
    func times(_ written: String, _ hour: Int, _ minute: Int) throws {
        let meeting = try #require(SeedRecord.withRecord(SeedRecord.yaml(replacing: [11: "start: \(written)", 12: "end: 23:59"])) { _, path in loadedMeeting(path) })
        #expect(meeting.0.start == ClockTime(hour: hour, minute: minute))
    }

    @Test func badDatesAndTimesSayHowToWriteThem() {
        #expect(seedProblems([10: "date: 7/2023"])
            == ["10:7: error: date: \"7/2023\" is not a date; write it day first as 19/9/2023 or ngày 19 tháng 9 năm 2023, or as 2023-09-19"])
        #expect(seedProblems([10: "date: 30/2/2023"]) == ["10:7: error: date: 30/2/2023 is not a date (February 2023 has 28 days)"])
        #expect(seedProblems([11: "start: 25h"])
            == ["11:8: error: start: \"25h\" is not a time of day; write it as 13h30, 13 giờ 30 or \"13:30\" (hours 0–23, minutes 00–59)"])
        #expect(seedProblems([11: "start: 13h5"])
            == ["11:8: error: start: \"13h5\" is not a time of day; write it as 13h30, 13 giờ 30 or \"13:30\" (hours 0–23, minutes 00–59)"])
    }

    @Test func publishedTakesAWrittenDateAndTime() throws {
        let meeting = try #require(SeedRecord.withRecord(SeedRecord.yaml(replacing: [41: "  published: 11/7/2023 14h51"])) { _, path in loadedMeeting(path) })
        #expect(meeting.0.article?.publishedDate?.date == CivilDate(year: 2023, month: 7, day: 11))
        #expect(meeting.0.article?.publishedDate?.time == ClockTime(hour: 14, minute: 51))
    }

    @Test func namesMadeOnlyOfInvisibleCharactersAreErrors() {
        #expect(seedProblems([14: "chair: { name: \"\\u200B\", role: x }"])
            == ["14:16: error: chair.name: the name holds only invisible characters (U+200B); write the name"])
        #expect(seedProblems([23: "    - \"\\u0301\""])
            == ["23:7: error: attendance.absent[1]: the name holds only invisible characters (U+0301); write the name"])
        #expect(seedProblems([31: "  - { speaker: \"\\u2060\\uFEFF\", text: Ghi nhận. }"])
            == ["31:16: error: speeches[0].speaker: the name holds only invisible characters (U+2060 U+FEFF); write the name"])
        #expect(seedProblems([4: "  name: \"\\u200D\""])
            == ["4:9: error: organization.name: the name holds only invisible characters (U+200D); write the name"])
    }
}
