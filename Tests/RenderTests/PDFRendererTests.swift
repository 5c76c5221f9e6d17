import Foundation
import Testing
@testable import Render
import Typesetting

/// Writes real PDFs and checks them with the tools a reader would use.
@Suite struct PDFRendererTests {
    /// Writes the sample document and returns its path.
    private func writeSample(_ name: String = "sample.pdf") throws -> String {
        let path = temporaryPDF(name)
        try PDFRenderer().write(Fixtures.sampleDocument(), to: path)
        return path
    }

    @Test(.enabled(if: Tool.available("pdftotext"), "pdftotext (poppler-utils) is not installed"))
    func extractedTextEqualsTheRunsText() throws {
        let path = try writeSample()
        defer { removeTemporary(path) }
        let text = try Tool.run("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"]).out
        for expected in Fixtures.texts {
            #expect(text.contains(expected), "pdftotext lost \"\(expected)\"; got:\n\(text)")
        }
        // Precomposed in, precomposed out: compare bytes, since Swift's == equates NFC and NFD.
        #expect(Array(text.utf8).firstRange(of: Array("ẪỄỖỮ".utf8)) != nil)
    }

    @Test(.enabled(if: Tool.available("pdffonts"), "pdffonts (poppler-utils) is not installed"))
    func fontsAreEmbeddedSubsets() throws {
        let path = try writeSample()
        defer { removeTemporary(path) }
        let rows = try Tool.run("pdffonts", [path]).out.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let fields = row.split(separator: " ")
            // name … emb sub uni object generation
            #expect(fields.count >= 6, "unexpected pdffonts row: \(row)")
            guard fields.count >= 6 else { continue }
            #expect(fields[0].wholeMatch(of: /[A-Z]{6}\+[A-Za-z-]+/) != nil, "not a subset name: \(row)")
            #expect(fields[fields.count - 5] == "yes", "not embedded: \(row)")
            #expect(fields[fields.count - 4] == "yes", "not a subset: \(row)")
        }
    }

    @Test(.enabled(if: Tool.available("qpdf"), "qpdf is not installed"))
    func qpdfFindsNoErrors() throws {
        let path = try writeSample()
        defer { removeTemporary(path) }
        let result = try Tool.run("qpdf", ["--check", path])
        #expect(result.status == 0, "qpdf --check: \(result.out)\(result.err)")
        #expect(result.out.contains("No syntax or stream encoding errors found"))
    }

    @Test func twoWritesAreByteIdentical() throws {
        let first = try writeSample("first.pdf"), second = try writeSample("second.pdf")
        defer { removeTemporary(first); removeTemporary(second) }
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a.count > 1000)
        #expect(a == b)
        // The creation date is the document's, in the form cairo 1.16 writes, and so is ModDate.
        let raw = String(decoding: a, as: UTF8.self)
        #expect(raw.contains("/CreationDate (20230703163000+07'00)"))
        #expect(raw.contains("/ModDate (20230703163000+07'00)"))
    }

    @Test(.enabled(if: Tool.available("pdfinfo"), "pdfinfo (poppler-utils) is not installed"))
    func metadataPageCountAndSizes() throws {
        let path = try writeSample()
        defer { removeTemporary(path) }
        let info = try Tool.run("pdfinfo", ["-enc", "UTF-8", path]).out
        #expect(info.contains("Title:           Biên bản Hội nghị sơ kết"))
        #expect(info.contains("Author:          Lê Thanh Hà"))
        #expect(info.contains("Creator:         BanTin tests"))
        #expect(info.contains("Pages:           3"))
        let sizes = try Tool.run("pdfinfo", ["-f", "1", "-l", "3", path]).out
            .split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size: ") }
        #expect(sizes.count == 3)
        for line in sizes {
            let numbers = line.split(separator: ":")[1].split(separator: " ").compactMap { Double($0) }
            #expect(numbers.count == 2, "unexpected line: \(line)")
            guard numbers.count == 2 else { continue }
            #expect(TraceNumber.fixed(numbers[0]) == "595.28" && TraceNumber.fixed(numbers[1]) == "841.89",
                    "page size: \(line)")
        }
    }

    @Test(.enabled(if: Tool.available("qpdf"), "qpdf is not installed"))
    func pageLabelsAreWritten() throws {
        let path = try writeSample()
        defer { removeTemporary(path) }
        let json = try Tool.run("qpdf", ["--json", "--json-key=pagelabels", path]).out
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let ranges = root?["pagelabels"] as? [[String: Any]] ?? []
        #expect(Self.labels(pages: 3, ranges: ranges) == ["i", "ii", "1"], "page labels: \(json)")
        // And in the file itself, for readers that grep.
        let raw = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(raw.contains("/PageLabels"))
    }

    /// The label each page shows, from qpdf's page-label ranges: prefix (`/P`, JSON strings
    /// carry a `u:` marker) then, for decimal style (`/S /D`, which cairo uses for numeric
    /// labels), the range's start `/St` plus the offset into the range.
    private static func labels(pages: Int, ranges: [[String: Any]]) -> [String] {
        (0..<pages).map { page in
            guard let range = ranges.last(where: { ($0["index"] as? Int ?? .max) <= page }),
                  let index = range["index"] as? Int, let label = range["label"] as? [String: Any] else { return "" }
            var prefix = label["/P"] as? String ?? ""
            if prefix.hasPrefix("u:") { prefix.removeFirst(2) }
            let number = label["/S"] as? String == "/D" ? String((label["/St"] as? Int ?? 1) + page - index) : ""
            return prefix + number
        }
    }

    @Test func clustersThatDoNotCoverTheTextAreRejectedBeforeWriting() throws {
        var document = Fixtures.sampleDocument()
        var run = Fixtures.run("Lạng Sơn", x: 100, y: 100, advance: 6)
        run.clusters[1].bytes += 1  // "ạ" claims 4 bytes of a 3-byte scalar
        document.pages[1].elements.append(.text(run))
        let path = temporaryPDF("bad.pdf")
        defer { removeTemporary(path) }
        #expect {
            try PDFRenderer().write(document, to: path)
        } throws: { error in
            guard case .invalidRun(page: 2, text: "Lạng Sơn", let reason) = error as? RenderError else { return false }
            return reason.contains("UTF-8 bytes") || reason.contains("inside a character")
        }
        #expect(!FileManager.default.fileExists(atPath: path))

        var missingGlyph = Fixtures.run("ẪỄỖỮ", x: 100, y: 100, advance: 10)
        missingGlyph.glyphs = GlyphPositions(missingGlyph.glyphs.dropLast())
        document = LaidOutDocument(pages: [Page(size: .a4, index: 1, elements: [.text(missingGlyph)])], info: Fixtures.info)
        #expect(throws: RenderError.invalidRun(page: 1, text: "ẪỄỖỮ",
                                               reason: "clusters cover 4 glyphs, the run has 3")) {
            try PDFRenderer().write(document, to: path)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// The check of Cairo's sticky error state, reached by skipping validation: without it the
    /// PDF would come out blank and the surface would report success.
    @Test func cairoErrorStateThrowsAndRemovesTheFile() throws {
        var document = Fixtures.sampleDocument()
        var run = Fixtures.run("ngày 03", x: 100, y: 100, advance: 6)
        run.clusters.removeLast()
        document.pages[1].elements.append(.text(run))
        let path = temporaryPDF("sticky.pdf")
        defer { removeTemporary(path) }
        #expect {
            try PDFRenderer().write(document, to: path, validate: false)
        } throws: { error in
            guard case .drawingFailed(page: 2, text: "ngày 03", _) = error as? RenderError else { return false }
            return true
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func otherBadInputThrowsClearErrors() throws {
        let path = temporaryPDF("other.pdf")
        defer { removeTemporary(path) }
        #expect(throws: RenderError.emptyDocument) {
            try PDFRenderer().write(LaidOutDocument(pages: [], info: Fixtures.info), to: path)
        }
        var document = Fixtures.sampleDocument()
        document.info.creationDate = "3/7/2023"
        #expect(throws: RenderError.invalidCreationDate("3/7/2023")) { try PDFRenderer().write(document, to: path) }
        #expect(!FileManager.default.fileExists(atPath: path))

        let unwritable = "/nonexistent-bantin-folder/out.pdf"
        #expect {
            try PDFRenderer().write(Fixtures.sampleDocument(), to: unwritable)
        } throws: { error in
            (error as? RenderError) == .fileFailed(path: unwritable, operation: .create, code: ENOENT)
                && "\(error)" == "cannot create /nonexistent-bantin-folder/out.pdf: no such file or folder"
        }
        #expect(RenderError.invalidRun(page: 4, text: "ạ", reason: "x").description == "page 4: cannot draw the text \"ạ\": x")
    }

    /// Every byte goes through checked writes: a device that is always full (/dev/full) is
    /// "disk full", never a PDF that looks finished.
    @Test func aRefusedWriteIsAnErrorWithItsCause() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system")
        let file = try OutputFile(creating: "/dev/full", exclusive: false)
        #expect(throws: RenderError.fileFailed(path: "/dev/full", operation: .write, code: ENOSPC)) {
            try PDFRenderer().write(Fixtures.sampleDocument(), into: file)
        }
        #expect(RenderError.fileFailed(path: "/dev/full", operation: .write, code: ENOSPC).description == "cannot write /dev/full: disk full")
        #expect(RenderError.fileFailed(path: "x.pdf", operation: .write, code: ENOSPC).isSystemFailure)
    }

    /// Several documents at once share the FreeType library: faces open and close under its lock.
    @Test func documentsRenderInParallel() async throws {
        let referencePath = try writeSample("reference.pdf")
        defer { removeTemporary(referencePath) }
        let reference = try Data(contentsOf: URL(fileURLWithPath: referencePath))
        let outputs = try await withThrowingTaskGroup(of: Data.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let path = temporaryPDF("parallel-\(index).pdf")
                    defer { removeTemporary(path) }
                    try PDFRenderer().write(Fixtures.sampleDocument(), to: path)
                    return try Data(contentsOf: URL(fileURLWithPath: path))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs.count == 8)
        #expect(outputs.allSatisfy { $0 == reference })
    }
}
