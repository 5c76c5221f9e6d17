import Documents
import Foundation
import Records
import Testing
import TestSupport
import Typesetting

/// Issue 11, must-hold 1 and 2 on the example records: in the minutes of every example, both
/// bulletins and both example reports, no text run ends past its column (+ 0.1 pt), and no
/// name the record gives is split across lines.
@Suite struct ExampleLineEdgeTests {
    static let examples = Fixtures.path("Examples")

    /// Every example meeting record (reports and settings files left out), loaded.
    static func meetings() throws -> [Meeting] {
        let files = FileManager.default.enumerator(atPath: examples)!.compactMap { $0 as? String }
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && !$0.hasPrefix("reports/") && !$0.hasSuffix("bantin.yaml") }
            .sorted()
        return try files.map { try BulletinFixtures.meeting((examples as NSString).appendingPathComponent($0)) }
    }

    /// Runs that end past their column: never past the text area, and never past the column
    /// they start in while the next column holds text beside them (a block spanning the
    /// columns, such as a two-column bulletin's headline, has no text beside it).
    static func overflows(_ pages: [Page], setup: PageSetup, product: String) -> [String] {
        var found: [String] = []
        for (index, page) in pages.enumerated() {
            let template = setup.template(forPage: index)
            let rights = (0..<template.columns).map { template.columnX($0) + template.columnWidth }
            for run in page.runs {
                let right = run.origin.x + run.width
                let column = rights.firstIndex { run.origin.x < $0 } ?? rights.count - 1
                let edge = rights[column]
                let beside = page.runs.contains { other in
                    abs(other.origin.y - run.origin.y) < 30 && other.origin.x >= edge + template.columnGap - 0.1
                }
                if (right > edge + 0.1 && beside) || right > rights.last! + 0.1 {
                    found.append("\(product) p\(index + 1): '\(run.text)' ends \(right - edge) pt past its column")
                }
            }
        }
        return found
    }

    @Test func noExampleLineEndsPastItsColumn() throws {
        let meetings = try Self.meetings()
        #expect(meetings.count >= 8)
        var problems: [String] = []
        for meeting in meetings {
            let builder = try MinutesBuilder(layout: MeetingFixtures.layout(meeting.regime.rawValue), fonts: Fixtures.fonts, words: Fixtures.words)
            let document = try builder.build(meeting)
            let pages = Typesetter(setup: document.setup).layout(document.blocks)
            problems += Self.overflows(pages, setup: document.setup, product: meeting.sourceFile)
        }
        for layout in BulletinFixtures.layouts {
            let (document, pages, _) = try BulletinFixtures.issue(meetings, layout: layout)
            problems += Self.overflows(pages, setup: document.setup, product: layout)
        }
        for file in ["bao-cao-so-ket-6-thang-2023.yaml", "bao-cao-so-ket-6-thang-2023-ban-ky.yaml", "bao-cao-quy-3-2023-so.yaml"] {
            guard case .success(let report, _) = ReportLoader().load(file: Fixtures.path("Examples/reports/" + file)) else {
                Issue.record("\(file) does not load"); continue
            }
            let figures = ReportFigures(meetings: meetings, period: try Period.parse("2023-H1"))
            let resolved = try #require(ReportResolver.resolve(report, figures: figures).report)
            let layout = try Layout.load(path: Fixtures.path("Layouts/\(report.regime.rawValue)-report.yaml"))
            let document = try ReportBuilder(layout: layout, fonts: Fixtures.fonts, words: Fixtures.words).build(resolved, figures: figures)
            problems += Self.overflows(Typesetter(setup: document.setup).layout(document.blocks), setup: document.setup, product: file)
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// "đồng chí Vi / Thị Hoa" on page 1 of the seed minutes: the absentee's name stays on one line.
    @Test func theSeedMinutesKeepTheAbsenteesNameOnOneLine() throws {
        let seed = try BulletinFixtures.seed()
        let probe = MeetingFixtures.pages(seed).probe
        let page1 = probe.lines[0].map(\.text)
        #expect(page1.contains { $0.contains("Vi Thị Hoa") }, "\(page1)")
        // Every name the record gives, wherever it is printed, is whole on one line.
        let text = probe.allLines.map(\.line.text).joined(separator: "\n")
        for name in seed.namesByRole.union(seed.attendance.absent.map(\.name)) where name.contains(" ") {
            let words = name.split(separator: " ")
            for cut in 1..<words.count {
                let split = words[..<cut].joined(separator: " ") + "\n" + words[cut...].joined(separator: " ")
                #expect(!text.contains(split), "'\(name)' is split: \(split)")
            }
        }
    }
}
