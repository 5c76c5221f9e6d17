import Testing
@testable import Records

/// Every key of a record is known (issue 10, point 1): a misspelt key is an error at its own
/// position naming the nearest valid key, at every depth.
@Suite struct SchemaTests {
    @Test func misspeltKeysAtTheRoot() {
        #expect(seedProblems([16: "guest:"]) == ["16:1: error: guest: unknown field; did you mean guests?"])
        #expect(seedProblems([27: "procedings:"]) == ["27:1: error: procedings: unknown field; did you mean proceedings?"])
        #expect(seedProblems([34: "vote:"]) == ["34:1: error: vote: unknown field; did you mean votes?"])
        #expect(seedProblems([47: "recipient: [ a ]"]) == ["47:1: error: recipient: unknown field; did you mean recipients?"])
    }

    @Test func misspeltKeysInsideMappingsAndLists() {
        #expect(seedProblems([14: "chair: { name: Đàm Văn Chính, rol: Phó Bí thư }"])
            == ["14:31: error: chair.rol: unknown field; did you mean role?"])
        #expect(seedProblems([22: "    - { name: Hoàng Văn Nam, reasn: đi công tác }"])
            == ["22:30: error: attendance.absent[0].reasn: unknown field; did you mean reason?"])
        #expect(seedProblems([39: "  sections: Hoạt động"]) == ["39:3: error: article.sections: unknown field; did you mean section?"])
        #expect(seedProblems([49: "  chair: { authority: T/M ĐẢNG ỦY, title: PHÓ BÍ THƯ, name: Đàm Văn Chính, nam: x }"])
            == ["49:76: error: signers.chair.nam: unknown field; did you mean name?"])
    }

    @Test func anUnknownKeyWithNoNeighbourListsTheFields() {
        #expect(seedProblems([50: "  treasurer: { name: A }"])
            == ["50:3: error: signers.treasurer: unknown field; the signers has chair, secretary"])
    }

    /// A misspelt required key is reported once, where the typo is, not at the parent.
    @Test func aMissingRequiredFieldIsBlamedOnItsMisspelling() {
        #expect(seedProblems([10: "dat: 2023-07-03"]) == ["10:1: error: dat: unknown field; did you mean date? (date is required and missing)"])
        #expect(seedProblems([19: "  membres: 45"])
            == ["19:3: error: attendance.membres: unknown field; did you mean members? (members is required and missing)"])
        // Without a likely typo, the parent's position.
        #expect(seedProblems([10: "# no date"]) == ["1:1: error: date: missing required field"])
    }

    @Test func theCommaTrapIsStillExplainedOnce() {
        #expect(seedProblems([15: "secretary: { name: Lê Thanh Hà, role: Chánh Văn phòng, Đảng ủy }"]) == [
            "15:56: error: secretary.role: the comma ends the value inside { }, so \"Đảng ủy\" became a field of its own; quote the whole text: role: \"Chánh Văn phòng, Đảng ủy\"",
        ])
    }

    @Test func reportKeysAreKnownToo() {
        #expect(ReportRecord.problems([12: "part:", 13: "  - part: Kết quả", 14: "    parts: []", 15: "#", 16: "#", 17: "#", 18: "#", 19: "#", 20: "#", 21: "#", 22: "#", 23: "#", 24: "#"])
            == ["12:1: error: part: unknown field; did you mean parts?"])
        #expect(ReportRecord.problems([27: "  titel: PHÓ BÍ THƯ"])
            == ["27:3: error: signer.titel: unknown field; did you mean title? (title is required and missing)"])
        #expect(ReportRecord.problems([20: "          - piont: Sinh hoạt chi bộ"]).first
            == "20:13: error: parts[0].parts[0].parts[0].piont: unknown field; did you mean point?")
    }

    /// The schema's required keys are the ones the decoder requires: a record without one
    /// is refused with "missing required field" at the parent.
    @Test func theSchemaNamesTheRequiredFieldsOfTheRecord() {
        let lines = ["kind": [1], "regime": [2], "organization": [3, 4, 5, 6, 7], "title": [9], "date": [10], "venue": [13],
                     "chair": [14], "secretary": [15], "attendance": [18, 19, 20, 21, 22, 23]]
        #expect(Set(lines.keys) == Set(RecordSchema.meeting.fields.filter(\.required).map(\.name)))
        for (key, numbers) in lines {
            let problems = seedProblems(Dictionary(uniqueKeysWithValues: numbers.map { ($0, "#") }))
            // Fields a settings file may hold say so (docs/settings.md).
            let hint = ["organization", "chair", "secretary"].contains(key) ? Localized.settingsCanHoldField().text(in: .en) : ""
            #expect(problems.contains { $0.hasSuffix(":1: error: \(key): missing required field" + hint) }, "\(key): \(problems)")
        }
    }
}
