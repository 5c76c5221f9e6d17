import Documents
import Records
import Testing
import TestSupport
import Typesetting

/// The last line of Nơi nhận (issue 10, point 6): what the record (or its bantin.yaml) says
/// the archive keeps, in the regime's form; the layout's own line otherwise.
@Suite struct ArchiveLineTests {
    /// The dashed lines under "Nơi nhận:" of `meeting`'s minutes.
    static func recipientLines(_ meeting: Meeting) throws -> [String] {
        let probe = MeetingFixtures.pages(meeting).probe
        let label = try #require(probe.line("Nơi nhận:"))
        return probe.lines(startingWith: "- ").filter { $0.page == label.page && $0.line.y > label.line.y }.map(\.line.text)
    }

    @Test func aChiBosMinutesKeepTheirArchiveInTheChiBo() throws {
        var meeting = MeetingFixtures.party()
        meeting.archive = "Chi bộ"
        #expect(try Self.recipientLines(meeting).last == "- Lưu Chi bộ.")
        // Written in full by a clerk, it still prints once.
        meeting.archive = "Lưu Chi bộ."
        #expect(try Self.recipientLines(meeting).last == "- Lưu Chi bộ.")
    }

    @Test func stateMinutesKeepVTFirst() throws {
        var meeting = MeetingFixtures.state()
        meeting.archive = "VT, VP"
        #expect(try Self.recipientLines(meeting).last == "- Lưu: VT, VP.")
        meeting.archive = "VP"
        #expect(try Self.recipientLines(meeting).last == "- Lưu: VT, VP.")
    }

    @Test func withoutArchiveTheLayoutsLineStays() throws {
        #expect(try Self.recipientLines(MeetingFixtures.party()).last == "- Lưu Văn phòng Đảng ủy.")
        #expect(try Self.recipientLines(MeetingFixtures.state()).last == "- Lưu: VT, Hồ sơ.")
    }

    /// A layout copied before `archive-given` existed still prints a record's archive.
    @Test func anOlderLayoutWithoutTheTemplateStillPrintsIt() throws {
        var layout = MeetingFixtures.layout("party")
        layout.strings["archive-given"] = nil
        var meeting = MeetingFixtures.party()
        meeting.archive = "Chi bộ"
        let document = try MinutesBuilder(layout: layout, fonts: Fixtures.fonts, words: Fixtures.words).build(meeting)
        let probe = DocumentProbe(pages: Typesetter(setup: document.setup).layout(document.blocks))
        #expect(probe.lines(startingWith: "- Lưu").map(\.line.text) == ["- Lưu Chi bộ."])
    }
}
