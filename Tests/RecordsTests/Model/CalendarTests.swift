import Testing
@testable import Records

/// Real calendar dates (leap years included) and 24-hour times.
struct CalendarTests {
    @Test func civilDates() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2023, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2023, month: 0, day: 1) == nil)
        #expect(CivilDate(iso: "2023-07-03") == CivilDate(year: 2023, month: 7, day: 3))
        #expect(CivilDate(iso: "2023-7-3") == nil)
        #expect(CivilDate(iso: "2023-07-03T10:00") == nil)
        #expect(CivilDate(iso: "2023-07-03")!.description == "2023-07-03")
        #expect(CivilDate(iso: "2023-07-03")! < CivilDate(iso: "2023-12-01")!)
    }

    @Test func clockTimes() {
        #expect(ClockTime("14:00") == ClockTime(hour: 14, minute: 0))
        #expect(ClockTime("8:05")?.description == "08:05")
        for bad in ["25:00", "24:00", "14:60", "1400", "14:0", "14:00:00", "", "ab:cd"] {
            #expect(ClockTime(bad) == nil, "\(bad)")
        }
        #expect(ClockTime("09:00")! < ClockTime("10:00")!)
    }
}
