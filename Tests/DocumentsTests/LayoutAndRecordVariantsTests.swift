import Documents
import Foundation
import Records
import Testing
import TestSupport
import Typesetting

/// Records and layouts unlike the examples: parts missing, layouts edited wrongly.
@Suite(.englishMessages) struct LayoutAndRecordVariantsTests {
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

    @Test func aLayoutWithTheWrongColumnCountIsRefusedWhenLoaded() throws {
        let copy = try LayoutCopy("party-minutes", [("  votes: [40, 20, 20, 20]", "  votes: [40, 20, 20]")])
        #expect(copy.problems() == ["layout.yaml:\(copy.at("[40")): error: columns.votes: 3 widths given but the votes columns are 4; write 4 positive numbers"])
    }

    @Test func anUnknownSectionPartIsRefusedWhenLoaded() throws {
        let copy = try LayoutCopy("party-minutes", [("requires: guests }", "requires: guest }")])
        #expect(copy.problems() == [
            "layout.yaml:\(copy.at("guest }")): error: sections[8].requires: unknown value 'guest'; did you mean 'guests'? (one of absent, agenda, conclusion, end, guests, no-start, number, proceedings, speeches, start, votes)",
        ])
    }

    @Test func aLayoutErrorIsTheSameEveryRun() throws {
        let copy = try LayoutCopy("party-minutes", [("fonts:\n  serif: Liberation Serif", "fonts:\n  serif: Times Nonexistent")])
        let bad = try Layout.load(path: copy.path)
        var messages = Set<String>()
        for _ in 0..<5 {
            do { _ = try MinutesBuilder(layout: bad, fonts: Fixtures.fonts, words: Fixtures.words) } catch { messages.insert(error.description) }
        }
        #expect(messages.count == 1)
    }
}
