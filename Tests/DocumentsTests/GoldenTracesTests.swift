import Documents
import Foundation
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// Issue 11, "How it is checked": every product made from `Examples/` (Party minutes, state
/// minutes, the three reports, the booklet, both bulletins) gives exactly the reviewed trace in
/// `Golden/<product>.trace`: one line per typeset line, rule, image, link and destination, with
/// its page, position to 0.1 mm, fonts and sizes, and text.
///
/// A change to layout shows here as a diff of a few readable lines. After a deliberate change,
/// regenerate with `BANTIN_UPDATE_GOLDEN=1 swift test --filter GoldenTraces` and review every
/// changed line of the diff before committing it (docs/typesetting.md, "Golden traces").
@Suite(.englishMessages, .serialized) struct GoldenTracesTests {
    static let folder = Fixtures.path("Tests/DocumentsTests/Golden")
    static let examples = Fixtures.path("Examples")
    /// Set (to anything but 0) to rewrite the golden files from what the code makes now.
    static let updating = ProcessInfo.processInfo.environment["BANTIN_UPDATE_GOLDEN"].map { !$0.isEmpty && $0 != "0" } ?? false

    /// The products, each named by its golden file and the command of `make demo` it mirrors.
    enum Product: String, CaseIterable, CustomTestStringConvertible {
        case partyMinutes = "minutes-party-2023-07-03"
        case stateMinutes = "minutes-state-2023-09-15"
        case reportDraft = "report-draft"
        case reportSigned = "report-signed"
        case reportState = "report-state-2023-q3"
        case booklet = "booklet-2023"
        case bulletin = "bulletin-one-column"
        case bulletinTwoColumns = "bulletin-two-columns"

        var testDescription: String { rawValue }

        /// What `make demo` runs to make the same document.
        var command: String {
            switch self {
            case .partyMinutes: "bantin minutes Examples/2023-07-03.yaml"
            case .stateMinutes: "bantin minutes Examples/state/2023-09-15.yaml"
            case .reportDraft: "bantin report Examples/reports/bao-cao-so-ket-6-thang-2023.yaml Examples --watermark"
            case .reportSigned: "bantin report Examples/reports/bao-cao-so-ket-6-thang-2023-ban-ky.yaml Examples"
            case .reportState: "bantin report Examples/reports/bao-cao-quy-3-2023-so.yaml Examples"
            case .booklet: "bantin compile Examples --period 2023"
            case .bulletin: "bantin bulletin Examples --issue 1 --publisher \"\(GoldenTracesTests.publisher)\""
            case .bulletinTwoColumns:
                "bantin bulletin Examples --issue 1 --publisher \"\(GoldenTracesTests.publisher)\" --layout Layouts/bulletin-two-columns.yaml"
            }
        }
    }

    static let publisher = "Đảng bộ Sở Lao động - Thương binh và Xã hội"

    /// The example meetings, loaded once (reports and settings files left out).
    static let meetings: Result<[Meeting], any Error> = Result { try ExampleLineEdgeTests.meetings() }

    /// The pages of `product`, built from the example records the way the command builds them.
    static func document(_ product: Product) throws -> LaidOutDocument {
        let meetings = try Self.meetings.get()
        switch product {
        case .partyMinutes, .stateMinutes:
            let file = product == .partyMinutes ? "2023-07-03.yaml" : "state/2023-09-15.yaml"
            let meeting = try BulletinFixtures.meeting((examples as NSString).appendingPathComponent(file))
            let document = try MinutesBuilder(layout: MeetingFixtures.layout(meeting.regime.rawValue), fonts: Fixtures.fonts, words: Fixtures.words)
                .build(meeting)
            return LaidOutDocument(pages: Typesetter(setup: document.setup).layout(document.blocks), info: document.info)
        case .reportDraft, .reportSigned, .reportState:
            let file = switch product {
            case .reportDraft: "bao-cao-so-ket-6-thang-2023.yaml"
            case .reportState: "bao-cao-quy-3-2023-so.yaml"
            default: "bao-cao-so-ket-6-thang-2023-ban-ky.yaml"
            }
            guard case .success(let report, _) = ReportLoader().load(file: Fixtures.path("Examples/reports/" + file)) else {
                throw GoldenTraceError("\(file) does not load")
            }
            let period = try #require(report.period)
            // As the command counts: the period's meetings of the organisation and its units.
            let scope = ReportScope(meetings: PeriodSelection.select(meetings, in: period).inside,
                                    organization: report.organization, units: report.units)
            let figures = ReportFigures(meetings: scope.counted, period: period)
            let resolved = try #require(ReportResolver.resolve(report, figures: figures).report)
            let layout = try Layout.load(path: Fixtures.path("Layouts/\(report.regime.rawValue)-report.yaml"))
            let document = try ReportBuilder(layout: layout, fonts: Fixtures.fonts, words: Fixtures.words)
                .build(resolved, figures: figures, meetings: scope.counted, options: ReportOptions(watermark: product == .reportDraft))
            return LaidOutDocument(pages: Typesetter(setup: document.setup).layout(document.blocks), info: document.info)
        case .booklet:
            let period = try Period.parse("2023")
            let inside = PeriodSelection.select(meetings, in: period).inside
            return try CompilationBookletTests.builder().build(inside, options: CompilationOptions(period: period))
        case .bulletin, .bulletinTwoColumns:
            let layout = product == .bulletin ? BulletinFixtures.layouts[0] : BulletinFixtures.layouts[1]
            let (document, pages, _) = try BulletinFixtures.issue(meetings, layout: layout,
                                                                  options: BulletinOptions(issue: 1, publisher: publisher))
            return LaidOutDocument(pages: pages, info: document.info)
        }
    }

    /// The trace of `product`: a header saying what it is, then every page in millimetres.
    static func trace(_ product: Product) throws -> String {
        """
        # \(product.rawValue): what `\(product.command)` lays out.
        # One line per typeset line (baseline y, left and right x), rule, image, link and destination;
        # positions in mm from the page's top-left corner, to 0.1 mm; font sizes and rule widths in pt.

        """ + TraceRenderer(unit: .millimetres).render(try document(product))
    }

    @Test(arguments: Product.allCases) func theProductMatchesItsReviewedTrace(_ product: Product) throws {
        let path = (Self.folder as NSString).appendingPathComponent(product.rawValue + ".trace")
        let trace = try Self.trace(product)
        guard !Self.updating, let golden = FileManager.default.contents(atPath: path) else {
            try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
            try Data(trace.utf8).write(to: URL(fileURLWithPath: path))
            if !Self.updating {
                Issue.record("the golden file \(path) was missing and has been written: review it, then run the test again")
            }
            return
        }
        let expected = String(decoding: golden, as: UTF8.self)
        guard trace != expected else { return }
        Issue.record("""
            \(product.rawValue) differs from its reviewed trace \(path):
            \(Self.differences(expected: expected, got: trace))
            If the change is deliberate, run BANTIN_UPDATE_GOLDEN=1 swift test --filter GoldenTraces \
            and review every changed line of the diff before committing it.
            """)
    }

    /// The first differing lines of two traces, side by side with their line numbers.
    static func differences(expected: String, got: String, limit: Int = 12) -> String {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let have = got.split(separator: "\n", omittingEmptySubsequences: false)
        var shown: [String] = []
        for index in 0..<max(want.count, have.count) where shown.count < 2 * limit {
            let left = index < want.count ? String(want[index]) : "(end of trace)"
            let right = index < have.count ? String(have[index]) : "(end of trace)"
            if left != right { shown += ["  \(index + 1) golden: \(left)", "  \(index + 1) now:    \(right)"] }
        }
        return shown.joined(separator: "\n") + "\n(\(want.count) golden lines, \(have.count) now)"
    }
}

/// A golden trace that could not be made.
struct GoldenTraceError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
