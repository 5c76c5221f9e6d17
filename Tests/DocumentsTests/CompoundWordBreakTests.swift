import Documents
import Records
import Testing
import TestSupport
import Typesetting

/// Issue 11, Vietnamese break rules, on the example records: headers, titles, table headers
/// and signature lines never break inside a word of several syllables, and the state header
/// breaks after its spaced dash, where a clerk breaks it.
@Suite struct CompoundWordBreakTests {
    /// Words the issue names, and the others the examples' centred lines hold.
    static let words = ["Thương binh", "Y tế", "Thông tin", "phương hướng", "nhiệm vụ", "Chấp hành", "tán thành",
                        "Lao động", "Xã hội", "Truyền thông", "Đảng bộ", "Việc làm", "Hội nghị", "giao ban"]

    /// Every pair of consecutive lines of the minutes' capitalised or bold lines (headers, titles,
    /// table headers, signatures), as "last token of one + first token of the next".
    static func centredJoints(_ probe: DocumentProbe) -> [String] {
        var joints: [String] = []
        for page in probe.lines {
            let lines = page.filter { line in line.fonts.allSatisfy { $0.contains("Bold") } || line.text == line.text.uppercased() }
            for (a, b) in zip(lines, lines.dropFirst()) where b.y - a.y < 40 {
                let last = a.text.split(separator: " ").last.map(String.init) ?? ""
                let first = b.text.split(separator: " ").first.map(String.init) ?? ""
                joints.append(last + " " + first)
            }
        }
        return joints
    }

    @Test func exampleHeadersAndTitlesKeepEveryWordWhole() throws {
        let meetings = try ExampleLineEdgeTests.meetings()
        #expect(meetings.count >= 8)
        var splits: [String] = []
        for meeting in meetings {
            let probe = MeetingFixtures.pages(meeting).probe
            for joint in Self.centredJoints(probe) where Self.words.contains(where: { $0.lowercased() == joint.lowercased() }) {
                splits.append("\(meeting.sourceFile): \(joint)")
            }
        }
        #expect(splits.isEmpty, "\(splits)")
    }

    @Test func theStateHeaderBreaksAfterItsDash() throws {
        let meeting = try BulletinFixtures.meeting(Fixtures.path("Examples/state/2023-09-15.yaml"))
        let probe = MeetingFixtures.pages(meeting).probe
        let page1 = probe.lines[0].map(\.text)
        let dash = try #require(page1.firstIndex(of: "SỞ LAO ĐỘNG -"), "\(page1)")
        #expect(page1[dash + 1] == "THƯƠNG BINH VÀ XÃ HỘI", "\(page1)")
    }

    @Test func theBundledListKnowsTheIssuesWords() {
        for word in Self.words { #expect(Fixtures.words.contains(word), "\(word)") }
        #expect(Fixtures.words.count > 50_000)
    }
}
