import Documents
import Foundation
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// Bulletin issues for the document-level tests: records loaded the way the CLI loads them,
/// the builder, and the laid-out pages.
enum BulletinFixtures {
    /// The one-column bulletin layout and the two-column variant.
    static let layouts = ["Layouts/bulletin.yaml", "Layouts/bulletin-two-columns.yaml"]

    /// The body's line height in both layouts (13 pt, leading 1.3 em).
    static let bodyLineHeight = 13 * 1.3

    static func layout(_ path: String) throws -> Layout {
        try Layout.load(path: Fixtures.path(path))
    }

    /// The record at `path`, loaded (a record that does not load is a test failure).
    static func meeting(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Meeting {
        switch RecordLoader().load(file: path) {
        case .success(let meeting, _):
            return meeting
        case .failure(let diagnostics):
            Issue.record("\(path) does not load:\n\(diagnostics.map(\.description).joined(separator: "\n"))",
                         sourceLocation: sourceLocation)
            throw RecordDoesNotLoad()
        }
    }

    struct RecordDoesNotLoad: Error {}

    /// The seed record (`Examples/2023-07-03.yaml`, the news item of the seed article,
    /// docs/formatting-rules.md §7).
    static func seed() throws -> Meeting { try meeting(Fixtures.path("Examples/2023-07-03.yaml")) }

    /// `count` generated meetings that have an article, several with photos: records from
    /// `Scripts/gen-records.py --photos Examples/photos` (about 30% get an article), loaded,
    /// the first `count` with an article kept.
    static func generatedItems(count: Int, seed: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Meeting] {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(Tool.exists("python3"), "python3 is needed to run Scripts/gen-records.py", sourceLocation: sourceLocation)
        let records = count * 5
        let run = Tool.run("python3", [Fixtures.path("Scripts/gen-records.py"), "--count", "\(records)", "--seed", "\(seed)",
                                       "--out", folder, "--photos", Fixtures.path("Examples/photos")])
        try #require(run.status == 0, "gen-records.py failed: \(run.error)", sourceLocation: sourceLocation)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        var meetings: [Meeting] = []
        for file in files where meetings.count < count {
            let meeting = try meeting((folder as NSString).appendingPathComponent(file), sourceLocation: sourceLocation)
            if meeting.article != nil { meetings.append(meeting) }
        }
        try #require(meetings.count == count, "only \(meetings.count) of \(records) generated records have an article",
                     sourceLocation: sourceLocation)
        return meetings
    }

    /// The issue of `meetings` in `layoutPath`, built and laid out.
    static func issue(_ meetings: [Meeting], layout layoutPath: String,
                      options: BulletinOptions = BulletinOptions(issue: 3, date: CivilDate(year: 2023, month: 12, day: 31),
                                                                 creationDate: "2023-12-31T00:00:00+07:00"))
        throws -> (document: BuiltDocument, pages: [Page], notes: [BulletinNote]) {
        let builder = try BulletinBuilder(layout: try layout(layoutPath), fonts: Fixtures.fonts, words: Fixtures.words)
        let (document, notes) = try builder.build(meetings, options: options)
        return (document, Typesetter(setup: document.setup).layout(document.blocks), notes)
    }
}
