import Foundation
import Testing
@testable import Records

/// Every kind of bad input gets its own message, at the offending node (DESIGN "Bad input").
struct DiagnosticsTests {
    /// The diagnostics of the seed with some lines replaced, without the file-name prefix.
    private func problems(_ changes: [Int: String]) -> [String] {
        SeedRecord.withRecord(SeedRecord.yaml(replacing: changes)) { _, path in
            failureLines(path).map { String($0.dropFirst(path.count + 1)) }
        }
    }

    @Test func descriptionFormat() {
        let location = SourceLocation(file: "a.yaml", line: 3, column: 7)
        #expect(Diagnostic(location: location, field: "date", message: .missingRequiredField).description(in: .en)
            == "a.yaml:3:7: error: date: missing required field")
        #expect(Diagnostic(severity: .warning, location: location, field: "title", message: .verbatim("x")).description(in: .en)
            == "a.yaml:3:7: warning: title: x")
    }

    @Test func syntaxError() {
        #expect(problems([20: "  present: [43"]) == [
            "21:9: error: (syntax): YAML cannot read this list [ … ] (did not find expected ',' or ']' (while parsing a flow sequence at line 20, column 12)); close it with ] and put texts with commas, colons or brackets in quotes",
        ])
    }

    @Test func missingDateIsReportedAtTheParentMapping() {
        #expect(problems([10: "# no date"]) == ["1:1: error: date: missing required field"])
        #expect(problems([7: "  # no place"]) == ["4:3: error: organization.place: missing required field" + Localized.settingsCanHoldField().text(in: .en)])
    }

    @Test func impossibleDate() {
        #expect(problems([10: "date: 2023-02-30"]) == ["10:7: error: date: 2023-02-30 is not a date (February 2023 has 28 days)"])
        #expect(problems([10: "date: 2023-13-01"]) == ["10:7: error: date: 2023-13-01 is not a date (there is no month 13)"])
        #expect(problems([10: "date: 3/7/23"]) == ["10:7: error: date: \"3/7/23\" is not a date; write it day first as 19/9/2023 or ngày 19 tháng 9 năm 2023, or as 2023-09-19"])
    }

    @Test func presentMoreThanMembers() {
        #expect(problems([20: "  present: 46"]) == ["20:12: error: attendance.present: 46 present is more than the 45 members"])
    }

    @Test func absenteeNamesMustMatchTheAbsentCount() {
        #expect(problems([20: "  present: 44"]) == ["22:5: error: attendance.absent: 2 names listed but members - present = 1 absent"])
        #expect(problems([19: "  members: 46"]) == ["22:5: error: attendance.absent: 2 names listed but members - present = 3 absent"])
        // No list at all: reported at the attendance mapping.
        #expect(problems([21: "", 22: "", 23: ""]) == ["19:3: error: attendance.absent: 0 names listed but members - present = 2 absent"])
    }

    @Test func voteSumsCannotExceedThePresent() {
        #expect(problems([35: "  - { motion: Thông qua, for: 43, against: 1, other: 0 }"])
            == ["35:5: error: votes[0]: for + against + other = 44 is more than the 43 present"])
        #expect(problems([35: "  - { motion: Thông qua, for: 24, against: 3, base: 26 }"])
            == ["35:53: error: votes[0].base: for + against + other = 27 is more than the base of 26"])
    }

    @Test func hugeCountsAreRefusedNotOverflowed() {
        #expect(problems([35: "  - { motion: Thông qua, for: 9223372036854775807, against: 1 }"])
            == ["35:31: error: votes[0].for: 9223372036854775807 is too large (at most 10000000)"])
        #expect(problems([19: "  members: 99999999999999999999"])
            == ["19:12: error: attendance.members: 99999999999999999999 is too large (at most 10000000)"])
    }

    @Test func badTimes() {
        #expect(problems([11: "start: \"25:00\""]) == ["11:8: error: start: \"25:00\" is not a time of day; write it as 13h30, 13 giờ 30 or \"13:30\" (hours 0–23, minutes 00–59)"])
        #expect(problems([11: "start: \"17:00\""]) == [
            "12:6: error: end: 16:30 is before the start 17:00 on the same day (give end_date if the meeting ended on a later day)",
        ])
        #expect(problems([12: "end: 16:30\nend_date: 2023-07-02"]) == ["13:11: error: end_date: 2023-07-02 is before the date 2023-07-03"])
    }

    @Test func badChoices() {
        #expect(problems([2: "regime: xyz"]) == ["2:9: error: regime: expected party or state, found \"xyz\""])
        #expect(problems([1: "kind: minutes"]) == ["1:7: error: kind: expected meeting or report, found \"minutes\""])
    }

    @Test func wrongTypes() {
        #expect(problems([8: "number: twelve"]) == ["8:9: error: number: expected a whole number, found \"twelve\""])
        #expect(problems([8: "number: 0"]) == ["8:9: error: number: expected a whole number of at least 1, found 0"])
        #expect(problems([9: "title: [a, b]"]) == ["9:8: error: title: expected text, found a list"])
        #expect(problems([24: "agenda: Báo cáo", 25: "", 26: ""]) == ["24:9: error: agenda: expected a list, found \"Báo cáo\""])
        #expect(problems([15: "secretary: Lê Thanh Hà"])
            == ["15:12: error: secretary: expected a mapping (key: value lines), found \"Lê Thanh Hà\""])
    }

    @Test func emptyRequiredStrings() {
        #expect(problems([9: "title: \"\""]) == ["9:8: error: title: required field is empty"])
        #expect(problems([13: "venue:"]) == ["13:7: error: venue: required field is empty"])
        #expect(problems([25: "  - \"  \""]) == ["25:5: error: agenda[0]: empty list item"])
    }

    @Test func duplicatedKeys() {
        #expect(problems([8: "date: 2023-07-04"]) == ["10:1: error: date: duplicated key (also given at line 8)"])
        #expect(problems([15: "secretary: { name: Lê Thanh Hà, name: Lê Hà }"])
            == ["15:33: error: secretary.name: duplicated key (also given at line 15)"])
    }

    @Test func jsonProblems() {
        let folder = TempFolder()
        folder.writeJPEG("photos/toan-canh.jpg")
        let duplicated = folder.write("d.json", SeedRecord.json.replacingOccurrences(of: "\"number\": 12,", with: "\"number\": 12, \"number\": 13,"))
        #expect(failureLines(duplicated) == ["\(duplicated):4:17: error: number: duplicated key (also given at line 4)"])
        let broken = folder.write("b.json", "{\n  \"kind\": \"meeting\"\n  \"regime\": \"party\"\n}\n")
        #expect(failureLines(broken).map { $0.hasPrefix("\(broken):3:3: error: (syntax): YAML cannot read this { … } (did not find expected ',' or '}'") } == [true])
    }

    @Test func commaInsideBracesIsCaught() {
        #expect(problems([14: "chair: { name: Đàm Văn Chính, role: Phó Bí thư Đảng ủy, Phó Giám đốc Sở }"]) == [
            "14:57: error: chair.role: the comma ends the value inside { }, so \"Phó Giám đốc Sở\" became a field of its own; quote the whole text: role: \"Phó Bí thư Đảng ủy, Phó Giám đốc Sở\"",
        ])
    }

    @Test func photos() {
        #expect(problems([37: "  - { file: photos/x.jpg }"]) == ["37:13: error: photos[0].file: photos/x.jpg does not exist"])
        #expect(problems([37: "  - { file: photos }"]) == ["37:13: error: photos[0].file: photos is a folder, not an image"])
        let notImage = SeedRecord.withRecord(SeedRecord.yaml(replacing: [37: "  - { file: notes.txt }"])) { folder, path in
            folder.write("notes.txt", "hello")
            return failureLines(path)
        }
        #expect(notImage.map { $0.hasSuffix(":37:13: error: photos[0].file: notes.txt is a text file, not a JPEG or PNG image") } == [true])
    }

    /// A PNG in a folder the user allows (beside the record's own), reached by `../`.
    @Test func pngPhotosAreAccepted() throws {
        let folder = TempFolder()
        let png = folder.write("p.png", bytes: TestImages.png(width: 300, height: 200))
        let record = folder.write("sub/r.yaml", SeedRecord.yaml(replacing: [37: "  - { file: ../p.png }"]))
        let (meeting, _) = try #require(loadedMeeting(record, allowedFolders: [folder.path]), "\(failureLines(record))")
        #expect(meeting.photos[0].resolvedPath == URL(fileURLWithPath: png).standardizedFileURL.path)
        #expect(meeting.photos[0].file == "../p.png")
        #expect(meeting.photos[0].format == "png")
        #expect((meeting.photos[0].pixelWidth, meeting.photos[0].pixelHeight) == (300, 200))
        #expect(meeting.photos[0].contentID == SHA256.hex(TestImages.png(width: 300, height: 200)))
    }

    @Test func allProblemsOfAFileAtOnce() {
        let lines = problems([
            2: "regime: xyz", 10: "date: 2023-02-30", 11: "start: \"25:00\"", 20: "  present: 46",
            35: "  - { motion: Thông qua, for: 46, against: 1 }", 37: "  - { file: photos/x.jpg }", 13: "# venue gone",
        ])
        #expect(lines == [
            "1:1: error: venue: missing required field",
            "2:9: error: regime: expected party or state, found \"xyz\"",
            "10:7: error: date: 2023-02-30 is not a date (February 2023 has 28 days)",
            "11:8: error: start: \"25:00\" is not a time of day; write it as 13h30, 13 giờ 30 or \"13:30\" (hours 0–23, minutes 00–59)",
            "20:12: error: attendance.present: 46 present is more than the 45 members",
            "35:5: error: votes[0]: for + against + other = 47 is more than the 46 present",
            "37:13: error: photos[0].file: photos/x.jpg does not exist",
        ])
    }

    @Test func missingAndUnreadableFiles() {
        let folder = TempFolder()
        let missing = folder.path + "/nope.yaml"
        #expect(failureLines(missing) == ["\(missing):1:1: error: (file): file does not exist"])
        let latin = folder.write("latin.yaml", bytes: Array("title: ".utf8) + [0x55, 0xFB])
        #expect(failureLines(latin) == ["\(latin):1:9: error: (file): is not UTF-8 text (byte 0xFB); save the record as UTF-8"])
        let empty = folder.write("empty.yaml", "# nothing\n")
        #expect(failureLines(empty) == ["\(empty):1:1: error: (record): the file is empty; expected the fields of a record"])
        let list = folder.write("list.yaml", "- a\n- b\n")
        #expect(failureLines(list) == ["\(list):1:1: error: (record): expected the fields of a record (key: value lines), found a list"])
    }
}
