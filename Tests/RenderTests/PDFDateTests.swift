import Testing
@testable import Render

/// The ISO 8601 → cairo 1.16 date conversion that keeps creation dates reproducible.
@Suite struct PDFDateTests {
    @Test(arguments: [
        ("2023-07-03T16:30:00+07:00", "2023-07-03T16:30:00+07:00"),
        ("2023-07-03", "2023-07-03T00:00:00"),
        ("2023-07-03T16:30", "2023-07-03T16:30:00"),
        ("2023-07-03 16:30:05Z", "2023-07-03T16:30:05Z"),
        ("2023-07-03T16:30:00.250+0700", "2023-07-03T16:30:00+07:00"),
        ("2023-07-03T16:30:00-05", "2023-07-03T16:30:00-05:00"),
        ("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"),
    ])
    func convertsToCairoForm(input: String, expected: String) {
        #expect(PDFDate.cairoForm(of: input) == expected)
    }

    @Test(arguments: ["", "yesterday", "2023-7-3", "2023-02-29", "2023-13-01", "2023-07-03T24:00",
                      "2023-07-03T16:30:00+7", "2023-07-03T16:30:00 +07:00", "03/07/2023"])
    func rejectsWhatIsNotADate(input: String) {
        #expect(PDFDate.cairoForm(of: input) == nil)
    }

    @Test func convertsEpochSecondsToUTC() {
        #expect(PDFDate.cairoForm(epochSeconds: 0) == "1970-01-01T00:00:00Z")
        #expect(PDFDate.cairoForm(epochSeconds: 1_688_376_600) == "2023-07-03T09:30:00Z")
        #expect(PDFDate.cairoForm(epochSeconds: 951_782_400) == "2000-02-29T00:00:00Z")
        #expect(PDFDate.cairoForm(epochSeconds: -1) == "1969-12-31T23:59:59Z")
    }
}
