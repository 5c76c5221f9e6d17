import Documents
import Foundation
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// Issue 3, must-hold 4: the seed record alone as a bulletin (one-column layout, issue 3,
/// 11/7/2023) gives exactly the reviewed trace in `Golden/seed-bulletin.trace`.
///
/// When the golden file is missing the test writes it and fails, so that a person reads it
/// before it counts. After a deliberate layout change, regenerate it with the product traces
/// (`BANTIN_UPDATE_GOLDEN=1 swift test --filter 'GoldenTraces|BulletinGolden'`), review every
/// changed line of the diff and commit it.
@Suite(.englishMessages) struct BulletinGoldenTests {
    static let goldenPath = Fixtures.path("Tests/DocumentsTests/Golden/seed-bulletin.trace")

    static func seedTrace() throws -> String {
        let options = BulletinOptions(order: .date, issue: 3, date: CivilDate(year: 2023, month: 7, day: 11),
                                      creationDate: "2023-07-11T15:00:00+07:00", creator: "BanTin")
        let (document, pages, _) = try BulletinFixtures.issue([try BulletinFixtures.seed()], layout: "Layouts/bulletin.yaml",
                                                              options: options)
        return TraceRenderer().render(LaidOutDocument(pages: pages, info: document.info))
    }

    @Test func theSeedItemMatchesTheReviewedGoldenTrace() throws {
        let trace = try Self.seedTrace()
        guard !GoldenTracesTests.updating, let golden = FileManager.default.contents(atPath: Self.goldenPath) else {
            try FileManager.default.createDirectory(atPath: (Self.goldenPath as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(trace.utf8).write(to: URL(fileURLWithPath: Self.goldenPath))
            if !GoldenTracesTests.updating {
                Issue.record("the golden file \(Self.goldenPath) was missing and has been written: review it, then run the test again")
            }
            return
        }
        let expected = String(decoding: golden, as: UTF8.self)
        if trace != expected {
            let got = trace.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            let shown = { (lines: [Substring]) in first < lines.count ? String(lines[first]) : "(end of trace)" }
            Issue.record("""
                the seed bulletin's trace differs from \(Self.goldenPath) at line \(first + 1):
                  golden: \(shown(want))
                  now:    \(shown(got))
                (\(want.count) golden lines, \(got.count) now; if the change is deliberate, run \
                BANTIN_UPDATE_GOLDEN=1 swift test --filter BulletinGolden and review the diff line by line)
                """)
        }
    }

    /// What the review of the golden file checked, kept as assertions on the trace itself so
    /// a regenerated golden file cannot silently lose them.
    @Test func theSeedTraceHasThePartsOfANewsItemInOrder() throws {
        let seed = try BulletinFixtures.seed()
        let article = try #require(seed.article)
        let lines = try Self.seedTrace().split(separator: "\n").map(String.init)
        // "  line y=… x=… [fonts] text": the text of every line but the page numbers.
        let texts = lines.filter { $0.hasPrefix("  line ") && !$0.contains("[LiberationSerif 11] ") }
            .map { String($0[$0.range(of: "] ")!.upperBound...]) }
        // Masthead: BẢN TIN and "Số 3 - Lạng Sơn, ngày 11 tháng 7 năm 2023".
        #expect(texts.contains("BẢN TIN"))
        #expect(texts.contains("Số 3 - Lạng Sơn, ngày 11 tháng 7 năm 2023"))
        // The captions, each once; then the item's parts in order, verbatim.
        var text = Text.fold(texts.joined(separator: " "))
        for caption in seed.photos.compactMap(\.caption).map(Text.fold) {
            #expect(text.components(separatedBy: caption).count == 2, "the caption \(caption) is not in the trace once")
            text = Text.fold(text.replacingOccurrences(of: caption, with: " "))
        }
        let parts = [article.section!, article.headline!, "11-07-2023 14:51", article.lead!] + article.body
            + ["Lê Thanh Hà, Đảng bộ Sở Lao động, Thương binh & Xã hội"]
        var cursor = text.startIndex
        for part in parts.map(Text.fold) {
            guard let found = text.range(of: part, range: cursor..<text.endIndex) else {
                Issue.record("the trace lacks, or has out of order: \(part.prefix(60))")
                continue
            }
            cursor = found.upperBound
        }
        #expect(cursor == text.endIndex, "text after the byline: \(text[cursor...].prefix(80))")
        // The byline: the last line, bold italic, flush with the text area's right edge (538.58).
        let byline = try #require(lines.last { $0.hasPrefix("  line ") && !$0.contains("[LiberationSerif 11] ") })
        #expect(byline.hasSuffix("-538.58 [LiberationSerif-BoldItalic 13] Lê Thanh Hà, Đảng bộ Sở Lao động, Thương binh & Xã hội"),
                "the byline is not the last line, flush right: \(byline)")
        // Photos: toan-canh.jpg after the lead, phat-bieu-chi-dao.jpg after body paragraph 2,
        // each followed by its caption.
        let images = lines.filter { $0.hasPrefix("  image ") }
        #expect(images.count == 2)
        #expect(images.first?.hasSuffix("jpeg toan-canh.jpg") == true && images.last?.hasSuffix("jpeg phat-bieu-chi-dao.jpg") == true)
    }
}
