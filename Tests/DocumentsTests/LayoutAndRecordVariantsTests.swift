import Documents
import Foundation
import Records
import Testing
import TestSupport
import Typesetting

/// Records and layouts unlike the examples: parts missing, layouts edited wrongly.
@Suite struct LayoutAndRecordVariantsTests {
    @Test func aRecordWithoutANumberLeavesRoomToWriteIt() throws {
        var meeting = MeetingFixtures.party()
        meeting.number = nil
        let probe = MeetingFixtures.pages(meeting).probe
        let number = try #require(probe.lines(startingWith: "Số").first)
        #expect(number.line.text.wholeMatch(of: /Số\s+-BB\/ĐU/) != nil, "\(number.line.text)")
    }

    @Test func aSectionWithNothingToShowIsLeftOut() {
        var meeting = MeetingFixtures.party()
        meeting.proceedings = []
        meeting.speeches = []
        meeting.conclusion = []
        meeting.votes = []
        let text = MeetingFixtures.pages(meeting).probe.foldedText
        #expect(!text.contains("2. Diễn biến hội nghị"))
        #expect(!text.contains("3. Kết luận"))
        #expect(!text.contains("4. Kết quả biểu quyết"))
        #expect(text.contains("Hội nghị kết thúc vào lúc 16 giờ 30 phút cùng ngày."))
    }

    /// A copy of the Party layout with one line replaced.
    func layout(replacing old: String, with new: String) throws -> Layout {
        let text = try String(contentsOfFile: Fixtures.path("Layouts/party-minutes.yaml"), encoding: .utf8)
        #expect(text.contains(old))
        let path = Fixtures.temporaryFolder() + "/layout.yaml"
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return try Layout.load(path: path)
    }

    @Test func aLayoutWithTheWrongColumnCountIsRefused() throws {
        let bad = try layout(replacing: "  votes: [40, 20, 20, 20]", with: "  votes: [40, 20, 20]")
        #expect(throws: LayoutError.invalid("columns.votes", "expected 4 positive widths, found [40.0, 20.0, 20.0]")) {
            try MinutesBuilder(layout: bad, fonts: Fixtures.fonts)
        }
    }

    @Test func anUnknownSectionPartIsRefused() throws {
        let bad = try layout(replacing: "requires: guests }", with: "requires: guest }")
        #expect(throws: LayoutError.self) { try MinutesBuilder(layout: bad, fonts: Fixtures.fonts) }
    }

    @Test func aLayoutErrorIsTheSameEveryRun() throws {
        let bad = try layout(replacing: "fonts:\n  serif: Liberation Serif", with: "fonts:\n  serif: Times Nonexistent")
        var messages = Set<String>()
        for _ in 0..<5 {
            do { _ = try MinutesBuilder(layout: bad, fonts: Fixtures.fonts) } catch { messages.insert(error.description) }
        }
        #expect(messages.count == 1)
    }
}
