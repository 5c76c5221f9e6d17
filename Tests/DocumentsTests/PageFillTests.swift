import Documents
import Foundation
import Records
import Testing
import TestSupport
import Typesetting

/// Issue 11, "Pages are filled", over generated documents of every continuous product: no
/// page but the last more than 30% empty except where the signature block with its two lines
/// of body could not fit (counted, and bounded), no heading ending a page or column, and no
/// line ending in ":" left at a page foot apart from what it introduces.
@Suite(.englishMessages) struct PageFillTests {
    /// `count` records of `Scripts/gen-records.py --seed seed`, loaded (both regimes mixed).
    static func generated(count: Int, seed: Int) throws -> [Meeting] {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(Tool.exists("python3"), "python3 is needed to run Scripts/gen-records.py")
        let run = Tool.run("python3", [Fixtures.path("Scripts/gen-records.py"), "--count", "\(count)", "--seed", "\(seed)",
                                       "--out", folder])
        try #require(run.status == 0, "gen-records.py failed: \(run.error)")
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { try BulletinFixtures.meeting((folder as NSString).appendingPathComponent($0)) }
    }

    /// The checks every continuous document passes; returns the excused holes.
    static func check(_ pages: [Page], setup: PageSetup, name: String, keptAboveSignature: Int = .max) -> [String] {
        let holes = PageFillChecks.holes(pages, setup: setup, keptAboveSignature: keptAboveSignature)
        #expect(holes.problems == [], "\(name)")
        #expect(PageChecks.headingsAtFoot(pages) == [], "\(name)")
        #expect(PageFillChecks.introductionsAtFoot(pages, setup: setup) == [], "\(name)")
        #expect(PageChecks.overflow(pages, setup: setup) == [], "\(name)")
        return holes.excused.map { "\(name): \($0)" }
    }

    /// The boxes that may stand above the signatures on their page when the page before has a
    /// hole: the closing line and the two lines of body the signatures keep with. A votes
    /// section (heading, table, note) moved there with them is a hole, not this exception.
    static let keptAboveMinutesSignature = 3

    @Test(arguments: [3, 11])
    func generatedMinutesAreFilled(seed: Int) throws {
        var excused: [String] = []
        let meetings = try Self.generated(count: 10, seed: seed)
        for meeting in meetings {
            let (document, probe) = MeetingFixtures.pages(meeting)
            excused += Self.check(probe.pages, setup: document.setup, name: meeting.sourceFile,
                                  keptAboveSignature: Self.keptAboveMinutesSignature)
        }
        // Only the signatures with their closing and lines may fail to fit under a page's text.
        #expect(excused.count * 5 <= meetings.count, "\(excused)")
    }

    /// The example minutes whose votes section, note, closing and signatures once moved to
    /// the last page as one block, leaving page 2 nearly half empty.
    @Test func exampleMinutesWithVotesAreFilled() throws {
        let meeting = try BulletinFixtures.meeting(Fixtures.path("Examples/2023-H1/2023-03-14.yaml"))
        let (document, probe) = MeetingFixtures.pages(meeting)
        #expect(Self.check(probe.pages, setup: document.setup, name: meeting.sourceFile,
                           keptAboveSignature: Self.keptAboveMinutesSignature) == [])
    }

    /// Reports of growing length in both forms, the last part only titles (as the example's
    /// part III), so that runs of headings without text meet every page position.
    @Test(arguments: [Regime.party, .state])
    func reportsOfEveryLengthAreFilled(regime: Regime) throws {
        var excused: [String] = []
        for paragraphs in 1...8 {
            var report = ReportFixtures.report(regime, paragraphs: paragraphs)
            report.parts.append(ReportPart(level: .part, heading: "Phương hướng, nhiệm vụ", parts: [
                "Tiếp tục quán triệt, thực hiện nghiêm túc các nghị quyết, chỉ thị, quy định của Đảng",
                "Nâng cao chất lượng sinh hoạt chi bộ", "Tăng cường công tác kiểm tra, giám sát",
                "Chuẩn bị tổng kết năm và xây dựng chương trình công tác trọng tâm năm 2024",
            ].map { ReportPart(level: .section, heading: $0) }))
            let (document, probe) = ReportFixtures.pages(report)
            // Only the signature with the two lines it keeps may fail to fit under a page.
            excused += Self.check(probe.pages, setup: document.setup, name: "\(regime) report, \(paragraphs) paragraph(s)",
                                  keptAboveSignature: 2)
        }
        #expect(excused.count <= 2, "\(excused)")
    }

    @Test(arguments: BulletinFixtures.layouts)
    func generatedBulletinsAreFilled(layout: String) throws {
        let meetings = try BulletinFixtures.generatedItems(count: 8, seed: 4)
        let (document, pages, _) = try BulletinFixtures.issue(meetings, layout: layout)
        #expect(Self.check(pages, setup: document.setup, name: layout) == [])
    }
}
