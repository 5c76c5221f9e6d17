import Foundation
import Testing
import TestSupport

/// A new user's first command: `bantin minutes Examples -o out` renders both examples, and
/// the PDFs say everything the records say, with embedded fonts, in a sound file.
@Suite struct ExamplesTests {
    /// The examples and the PDF each one becomes (a record found in a folder keeps its
    /// sub-folder).
    static let examples = [("Examples/2023-06-28.yaml", "2023-06-28.pdf"),
                           ("Examples/2023-07-03.yaml", "2023-07-03.pdf"),
                           ("Examples/2023-H1/2023-01-16.yaml", "2023-H1/2023-01-16.pdf"),
                           ("Examples/2023-H1/2023-03-14.yaml", "2023-H1/2023-03-14.pdf"),
                           ("Examples/2023-H1/2023-04-12.yaml", "2023-H1/2023-04-12.pdf"),
                           ("Examples/2023-H1/2023-05-16.yaml", "2023-H1/2023-05-16.pdf"),
                           ("Examples/2023-H1/2023-06-26.yaml", "2023-H1/2023-06-26.pdf"),
                           ("Examples/state/2023-09-15.yaml", "state/2023-09-15.pdf")]
    /// The report records among the examples (made with `bantin report`, left out of minutes).
    static let reports = ["Examples/reports/bao-cao-quy-3-2023-so.yaml", "Examples/reports/bao-cao-so-ket-6-thang-2023-ban-ky.yaml",
                          "Examples/reports/bao-cao-so-ket-6-thang-2023.yaml"]

    /// Renders the examples into a fresh folder and returns it.
    static func renderExamples(sourceLocation: SourceLocation = #_sourceLocation) throws -> Scratch {
        let scratch = Scratch()
        let run = try Bantin.run(["minutes", "Examples", "-o", scratch.file("out")], sourceLocation: sourceLocation)
        try #require(run.status == 0, "bantin minutes Examples failed: \(run)", sourceLocation: sourceLocation)
        return scratch
    }

    @Test func theExamplesRenderToOnePDFEach() throws {
        let scratch = try Self.renderExamples()
        #expect(scratch.files(under: "out") == Self.examples.map(\.1).sorted())
    }

    @Test(arguments: examples)
    func everyTextFieldOfTheRecordIsInThePDF(record: String, pdf: String) throws {
        let scratch = try Self.renderExamples()
        let text = folded(try PDF.rawText(scratch.file("out/" + pdf)))
        let fields = RecordText.shownFields(of: try RecordText.meeting(Fixtures.path(record)))
        #expect(fields.count > 20, "too few text fields read from \(record)")
        for field in fields {
            #expect(text.contains(field.text), "\(pdf) lacks \(field.path): \(field.text)")
        }
    }

    @Test func thePartyMinutesHaveTheDateLine() throws {
        let scratch = try Self.renderExamples()
        let text = folded(try PDF.rawText(scratch.file("out/2023-07-03.pdf")))
        #expect(text.contains("Lạng Sơn, ngày 03 tháng 7 năm 2023"))
    }

    @Test(arguments: examples.map(\.1))
    func onlyEmbeddedSubsetFonts(pdf: String) throws {
        let scratch = try Self.renderExamples()
        let listing = try PDF.tool("pdffonts", [scratch.file("out/" + pdf)])
        // name, type (may hold spaces), encoding, emb, sub, uni, object number, generation.
        let fonts = listing.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
        #expect(!fonts.isEmpty, "pdffonts lists no font:\n\(listing)")
        for font in fonts {
            let name = font[0], embedded = font[font.count - 5], subset = font[font.count - 4]
            #expect(embedded == "yes" && subset == "yes", "\(pdf): \(name) is not an embedded subset:\n\(listing)")
            #expect(name.range(of: #"^[A-Z]{6}\+"#, options: .regularExpression) != nil,
                    "\(pdf): \(name) has no subset tag")
        }
    }

    @Test(arguments: examples.map(\.1))
    func qpdfFindsNoProblem(pdf: String) throws {
        let scratch = try Self.renderExamples()
        try #require(Tool.exists("qpdf"), "qpdf is not installed")
        let check = Tool.run("qpdf", ["--check", scratch.file("out/" + pdf)])
        #expect(check.status == 0, "qpdf --check \(pdf): \(check.output)\(check.error)")
    }
}
