import Foundation
import Records
import Testing
import TestSupport

/// Issue 3, must-holds 1 and 2, the way a user checks them: `bantin bulletin Examples -o X.pdf`
/// and poppler/qpdf on the result.
@Suite struct BulletinExamplesTests {
    static let seedRecord = "Examples/2023-07-03.yaml"
    static let byline = "Lê Thanh Hà, Đảng bộ Sở Lao động, Thương binh & Xã hội"

    /// `bantin bulletin Examples -o <scratch>/issue.pdf`, which must succeed.
    static func renderExampleIssue(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (scratch: Scratch, pdf: String, run: Bantin.Run) {
        let scratch = Scratch()
        let pdf = scratch.file("issue.pdf")
        let run = try Bantin.run(["bulletin", "Examples", "-o", pdf], sourceLocation: sourceLocation)
        try #require(run.status == 0, "bantin bulletin Examples failed: \(run)", sourceLocation: sourceLocation)
        return (scratch, pdf, run)
    }

    /// `pdftotext -raw` of every page without its page number (the footer line), NFC, white
    /// space folded.
    static func text(_ pdf: String) throws -> String {
        let raw = try PDF.tool("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"])
        let pages = raw.components(separatedBy: "\u{0C}").enumerated().map { index, page in
            var lines = page.components(separatedBy: "\n")
            if let number = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespaces) == String(index + 1) }) {
                lines.remove(at: number)
            }
            return lines.joined(separator: "\n")
        }
        return folded(pages.joined(separator: "\n"))
    }

    // MARK: - Must-hold 1

    @Test func theExampleIssueHasTheSeedArticleVerbatim() throws {
        let issue = try Self.renderExampleIssue()   // keeps the scratch folder alive
        let pdf = issue.pdf
        let seed = try RecordText.meeting(Fixtures.path(Self.seedRecord))
        let article = try #require(seed.article)
        var text = try Self.text(pdf)

        let captions = seed.photos.compactMap(\.caption).map(folded)
        #expect(captions.count == 2)
        for caption in captions {
            #expect(text.contains(caption), "the PDF lacks the caption: \(caption)")
        }
        // A photo that floats to the next page stands between two lines of a paragraph in the
        // text; the paragraphs are compared with the captions taken out.
        for caption in captions { text = folded(text.replacingOccurrences(of: caption, with: " ")) }

        let parts: [(String, String)] = [("kicker", article.section ?? ""), ("headline", article.headline ?? ""),
                                         ("timestamp", "11-07-2023 14:51"), ("lead", article.lead ?? "")]
            + article.body.enumerated().map { ("body paragraph \($0.offset + 1)", $0.element) }
            + [("byline", Self.byline)]
        #expect(article.body.count == 3)
        for (name, part) in parts {
            #expect(!part.isEmpty, "the seed record has no \(name)")
            #expect(text.contains(folded(part)), "the PDF lacks the seed's \(name) verbatim: \(part.prefix(80))…")
        }
        // The byline as the record makes it: author, unit.
        #expect([article.author, article.unit].compactMap { $0 }.joined(separator: ", ") == Self.byline)
    }

    @Test func theRunSaysWhichRecordsHaveNoArticle() throws {
        let (_, _, run) = try Self.renderExampleIssue()
        let note = ": note: no article: the item is made from the meeting's title, date, venue and proceedings"
        let withoutArticle = ExamplesTests.examples.map(\.0).filter { !((try? String(contentsOfFile: Fixtures.path($0), encoding: .utf8))?.contains("\narticle:") ?? false) }
        #expect(run.errorLines.filter { $0.hasSuffix(note) } == withoutArticle.map { $0 + note }, "stderr: \(run.error)")
        // The report records in Examples/reports are left out with a note, not an error.
        #expect(run.errorLines.filter { !$0.hasSuffix(note) }
                == ExamplesTests.reports.map { $0 + ": note: a report record (kind: report), left out; make it with bantin report" })
    }

    @Test func qpdfFindsNoProblemInTheIssue() throws {
        let issue = try Self.renderExampleIssue()   // keeps the scratch folder alive
        let pdf = issue.pdf
        try #require(Tool.exists("qpdf"), "qpdf is not installed")
        let check = Tool.run("qpdf", ["--check", pdf])
        #expect(check.status == 0, "qpdf --check: \(check.output)\(check.error)")
    }

    @Test func theIssueHasOnlyEmbeddedSubsetFonts() throws {
        let issue = try Self.renderExampleIssue()   // keeps the scratch folder alive
        let pdf = issue.pdf
        let listing = try PDF.tool("pdffonts", [pdf])
        let fonts = listing.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
        #expect(!fonts.isEmpty, "pdffonts lists no font:\n\(listing)")
        for font in fonts {
            let name = font[0], embedded = font[font.count - 5], subset = font[font.count - 4]
            #expect(embedded == "yes" && subset == "yes", "\(name) is not an embedded subset:\n\(listing)")
            #expect(name.range(of: #"^[A-Z]{6}\+"#, options: .regularExpression) != nil, "\(name) has no subset tag")
        }
    }

    // MARK: - Must-hold 2

    /// A row of `pdfimages -list`.
    struct ImageRow {
        var page: Int, type: String, width: Int, height: Int, encoding: String, object: Int
    }

    static func images(_ pdf: String) throws -> [ImageRow] {
        let listing = try PDF.tool("pdfimages", ["-list", pdf])
        // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
        return listing.split(separator: "\n").dropFirst(2).map { line in
            let f = line.split(separator: " ").map(String.init)
            return ImageRow(page: Int(f[0])!, type: f[2], width: Int(f[3])!, height: Int(f[4])!, encoding: f[8], object: Int(f[10])!)
        }
    }

    /// The stream of PDF object `object`, as stored (`qpdf --raw-stream-data`).
    static func rawStream(_ pdf: String, object: Int, scratch: Scratch) throws -> Data {
        try #require(Tool.exists("qpdf"), "qpdf is not installed")
        let out = scratch.file("object-\(object).bin")
        let run = Tool.run("/bin/sh", ["-c", "qpdf --show-object=\(object) --raw-stream-data \"$1\" > \"$2\"", "sh", pdf, out])
        try #require(run.status == 0, "qpdf --show-object=\(object): \(run.error)")
        return try #require(bytes(out))
    }

    @Test func theExamplePhotosAreJPEGStreamsStoredOnce() throws {
        let (scratch, pdf, _) = try Self.renderExampleIssue()
        let rows = try Self.images(pdf)
        #expect(rows.count == 2, "pdfimages lists \(rows.count) images; the examples have two photos")
        for row in rows {
            #expect(row.type == "image" && row.encoding == "jpeg", "page \(row.page): a \(row.encoding) \(row.type), not a JPEG")
        }
        // Embedded untouched: each image's stream is the bytes of its file.
        let files = ["Examples/photos/toan-canh.jpg", "Examples/photos/phat-bieu-chi-dao.jpg"].map { bytes(Fixtures.path($0))! }
        let streams = try Set(rows.map(\.object)).map { try Self.rawStream(pdf, object: $0, scratch: scratch) }
        #expect(Set(streams) == Set(files), "the JPEG streams are not the photo files byte for byte")
    }

    @Test func aPhotoUsedByTwoRecordsIsStoredOnce() throws {
        let scratch = Scratch()
        let seedText = String(decoding: bytes(Fixtures.path(Self.seedRecord))!, as: UTF8.self)
        try FileManager.default.createDirectory(atPath: scratch.file("records/photos"), withIntermediateDirectories: true)
        for name in ["toan-canh.jpg", "phat-bieu-chi-dao.jpg"] {
            try FileManager.default.copyItem(atPath: Fixtures.path("Examples/photos/" + name), toPath: scratch.file("records/photos/" + name))
        }
        // The same bytes under another name are the same photo.
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/photos/toan-canh.jpg"),
                                         toPath: scratch.file("records/photos/hoi-nghi-ban-sao.jpg"))
        // The seed twice (both of its photos twice), and the chi bộ item with the copy.
        try scratch.write("records/a-seed.yaml", seedText)
        try scratch.write("records/b-seed-again.yaml", seedText.replacingOccurrences(of: "date: 2023-07-03", with: "date: 2023-07-04"))
        let chiBo = String(decoding: bytes(Fixtures.path("Examples/2023-06-28.yaml"))!, as: UTF8.self)
        try scratch.write("records/c-chi-bo.yaml", chiBo + "\nphotos:\n  - file: photos/hoi-nghi-ban-sao.jpg\n    caption: Toàn cảnh buổi sinh hoạt\n    after: lead\n")

        let pdf = scratch.file("issue.pdf")
        let run = try Bantin.run(["bulletin", scratch.file("records"), "-o", pdf])
        try #require(run.status == 0, "\(run)")
        let rows = try Self.images(pdf)
        #expect(rows.count == 5, "five photo placements, pdfimages lists \(rows.count)")
        #expect(rows.allSatisfy { $0.encoding == "jpeg" })
        let objects = Dictionary(grouping: rows, by: \.object)
        #expect(objects.count == 2, "two distinct photos stored as \(objects.count) image objects: \(objects.keys.sorted())")
        #expect(objects.values.map(\.count).sorted() == [2, 3], "toan-canh.jpg is used three times, phat-bieu-chi-dao.jpg twice")
    }
}
