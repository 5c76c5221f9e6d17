import Foundation
import Testing
@testable import Records

/// The seed record decodes to the expected Meeting, from YAML, JSON and NFD text alike.
struct MeetingDecoderTests {
    @Test func seedRecordDecodes() throws {
        try SeedRecord.withRecord { folder, path in
            let (meeting, warnings) = try #require(loadedMeeting(path), "\(failureLines(path))")
            #expect(warnings.isEmpty)
            let expected = SeedRecord.expected(photoFolder: folder.path)
            #expect(meeting == expected)
            // Field by field too, so a failure names the field.
            #expect(meeting.organization == expected.organization)
            #expect(meeting.end == ClockTime(hour: 16, minute: 30))   // unquoted 16:30, not 990
            #expect(meeting.attendance.absentCount == 2)
            #expect(meeting.votes == expected.votes)
            #expect(meeting.photos == expected.photos)
            #expect(meeting.article == expected.article)
            #expect(meeting.signers == expected.signers)
            #expect(meeting.sourceFile == path)
        }
    }

    @Test func locationsOfFields() throws {
        try SeedRecord.withRecord { folder, path in
            let (meeting, _) = try #require(loadedMeeting(path))
            #expect(meeting.location(of: "date") == SourceLocation(file: path, line: 10, column: 7))
            #expect(meeting.location(of: "chair.name") == SourceLocation(file: path, line: 14, column: 16))
            #expect(meeting.location(of: "proceedings[1]") == SourceLocation(file: path, line: 29, column: 5))
            #expect(meeting.location(of: "attendance.absent[1].name") == SourceLocation(file: path, line: 23, column: 15))
            #expect(meeting.location(of: "votes[0].for") == SourceLocation(file: path, line: 35, column: 46))
            #expect(meeting.location(of: "article.body[0]") == SourceLocation(file: path, line: 46, column: 7))
            #expect(meeting.location(of: "nothing.here") == nil)
        }
    }

    @Test func textFieldsInRecordOrder() throws {
        try SeedRecord.withRecord { folder, path in
            let (meeting, _) = try #require(loadedMeeting(path))
            let fields = meeting.textFields
            #expect(fields.first?.path == "organization.name")
            #expect(fields.map(\.path).contains("attendance.absent[0].reason"))
            #expect(!fields.map(\.path).contains("photos[0].file"))
            let proceeding = try #require(fields.first { $0.path == "proceedings[1]" })
            #expect(proceeding.value.hasPrefix("Các chi bộ"))
            #expect(proceeding.location == SourceLocation(file: path, line: 29, column: 5))
            #expect(fields.last?.path == "signers.chair.name")
            #expect(fields.count == 37)   // with attendance.absent[1].reason, "không có lý do"
        }
    }

    @Test func jsonGivesTheSameMeeting() throws {
        try SeedRecord.withRecord { folder, yamlPath in
            let jsonPath = folder.write("record.json", SeedRecord.json)
            let (fromYAML, _) = try #require(loadedMeeting(yamlPath))
            let (fromJSON, _) = try #require(loadedMeeting(jsonPath), "\(failureLines(jsonPath))")
            #expect(fromJSON == fromYAML)
            #expect(fromJSON.textFields.map(\.path) == fromYAML.textFields.map(\.path))
            #expect(fromJSON.location(of: "attendance.members")?.line == 11)
        }
    }

    /// docs/formatting-rules.md §8 item 23: `Vie\u0323\u0302t` in the record gives the same bytes
    /// as `Việt`.
    @Test func nfdRecordEqualsNFCRecordBytewise() throws {
        let nfd = SeedRecord.yaml.decomposedStringWithCanonicalMapping + "# Vie\u{323}\u{302}t (every text above is decomposed too)\n"
        #expect(Array(nfd.utf8) != Array(SeedRecord.yaml.utf8))
        try SeedRecord.withRecord(SeedRecord.yaml) { folder, nfcPath in
            let nfdPath = folder.write("nfd.yaml", nfd)
            let (a, _) = try #require(loadedMeeting(nfcPath))
            let (b, _) = try #require(loadedMeeting(nfdPath), "\(failureLines(nfdPath))")
            #expect(a.textFields.map { Array($0.value.utf8) } == b.textFields.map { Array($0.value.utf8) })
            #expect(b.textFields.allSatisfy { UnicodeNormalization.isNFC($0.value) })
            #expect(Array(b.chair.name.utf8) == Array("Đàm Văn Chính".utf8))
            #expect(a == b)
        }
    }

    @Test func yamlTrapsAreReadAsText() throws {
        let text = SeedRecord.yaml(replacing: [11: "start: 8:05", 15: "secretary: { name: no, role: yes }", 8: "number: 012"])
        try SeedRecord.withRecord(text) { folder, path in
            let (meeting, _) = try #require(loadedMeeting(path), "\(failureLines(path))")
            #expect(meeting.start == ClockTime(hour: 8, minute: 5))
            #expect(meeting.secretary == Person(name: "no", role: "yes"))
            #expect(meeting.number == 12)
        }
    }

    @Test func optionalFieldsMayBeLeftOut() throws {
        let text = """
        kind: report
        regime: state
        organization: { name: Sở Lao động - Thương binh và Xã hội, code: SLĐTBXH, place: Lạng Sơn }
        title: Báo cáo
        date: 2024-02-29
        venue: Phòng họp số 2
        chair: { name: Đàm Văn Chính }
        secretary: { name: Lê Thanh Hà }
        attendance: { members: 10, present: 10 }
        """
        let folder = TempFolder()
        let path = folder.write("r.yaml", text)
        let (meeting, _) = try #require(loadedMeeting(path), "\(failureLines(path))")
        #expect(meeting.kind == .report && meeting.regime == .state)
        #expect(meeting.number == nil && meeting.article == nil && meeting.votes.isEmpty)
        #expect(meeting.date == CivilDate(year: 2024, month: 2, day: 29))
        #expect(meeting.signers == Signers())
    }

    @Test func voteBaseAndEndDate() throws {
        let text = SeedRecord.yaml(replacing: [
            35: "  - { motion: Thông qua, for: 25, against: 1, base: 26, base_label: đảng viên chính thức }",
            12: "end: \"08:00\"\nend_date: 2023-07-04",
        ])
        try SeedRecord.withRecord(text) { folder, path in
            let (meeting, _) = try #require(loadedMeeting(path), "\(failureLines(path))")
            #expect(meeting.votes == [Vote(motion: "Thông qua", for: 25, against: 1, other: 0, base: 26, baseLabel: "đảng viên chính thức")])
            #expect(meeting.endDate == CivilDate(year: 2023, month: 7, day: 4))
        }
    }
}
