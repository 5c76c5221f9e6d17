import Testing
@testable import Records

/// Legacy-encoded text in a record: an error with the suggestion, or a warning when converting.
struct LegacyTextTests {
    private let legacyVenue = SeedRecord.yaml(replacing: [13: "venue: Uû ban nh©n d©n tØnh"])

    @Test func legacyTextIsAnErrorWithTheConvertedText() {
        let lines = SeedRecord.withRecord(legacyVenue) { _, path in failureLines(path).map { String($0.dropFirst(path.count + 1)) } }
        #expect(lines == [
            "13:8: error: venue: looks like TCVN3 text read as Unicode; converted it reads \"Uỷ ban nhân dân tỉnh\" (convert with --convert-legacy)",
        ])
    }

    @Test func convertLegacyConvertsWithAWarning() throws {
        try SeedRecord.withRecord(legacyVenue) { _, path in
            let (meeting, warnings) = try #require(loadedMeeting(path, convertLegacy: true))
            #expect(meeting.venue == "Uỷ ban nhân dân tỉnh")
            #expect(warnings.map { $0.description(in: .en) } == ["\(path):13:8: warning: venue: converted from TCVN3 text: \"Uỷ ban nhân dân tỉnh\""])
        }
    }

    @Test func vniAndVIQRInOtherFields() {
        let text = SeedRecord.yaml(replacing: [22: "    - { name: Hoaøng Vaên Nam, reason: ñi coâng taùc }", 33: "  - Vie^.t Nam"])
        let lines = SeedRecord.withRecord(text) { _, path in failureLines(path).map { String($0.dropFirst(path.count + 1)) } }
        #expect(lines == [
            "22:15: error: attendance.absent[0].name: looks like VNI text read as Unicode; converted it reads \"Hoàng Văn Nam\" (convert with --convert-legacy)",
            "22:40: error: attendance.absent[0].reason: looks like VNI text read as Unicode; converted it reads \"đi công tác\" (convert with --convert-legacy)",
            "33:5: error: conclusion[0]: looks like VIQR text read as Unicode; converted it reads \"Việt Nam\" (convert with --convert-legacy)",
        ])
    }

    @Test func theSeedRecordHasNoLegacyText() throws {
        try SeedRecord.withRecord { _, path in
            let (_, warnings) = try #require(loadedMeeting(path, convertLegacy: true))
            #expect(warnings.isEmpty)
        }
    }
}
