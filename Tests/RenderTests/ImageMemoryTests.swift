import Foundation
import Testing
@testable import Render
import TestSupport
import Typesetting

/// What the renderer keeps of an image: a PNG far larger than its print size is scaled to
/// 300 dpi of its largest placement; a page over the pixel budget is refused before any file
/// exists; a JPEG's bytes after its end are never embedded.
@Suite struct ImageMemoryTests {
    private func rows(_ path: String) throws -> [[Substring]] {
        try Tool.run("pdfimages", ["-list", path]).out.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
    }

    private func page(_ elements: [PageElement]) -> LaidOutDocument {
        LaidOutDocument(pages: [Page(size: .a4, index: 1, label: "1", elements: elements)], info: Fixtures.info)
    }

    @Test(.enabled(if: Tool.available("pdfimages"), "pdfimages (poppler-utils) is not installed"))
    func aLargePNGIsKeptAtPrintResolution() throws {
        let path = temporaryPDF("downsampled.pdf")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let big = folder + "/big.png", small = folder + "/small.png"
        try Data(ImageBytes.png(width: 1600, height: 1200)).write(to: URL(fileURLWithPath: big))
        try Data(ImageBytes.png(width: 400, height: 300)).write(to: URL(fileURLWithPath: small))
        let bigSource = ImageSource(path: big, format: .png, pixelWidth: 1600, pixelHeight: 1200, id: "big")
        let smallSource = ImageSource(path: small, format: .png, pixelWidth: 400, pixelHeight: 300, id: "small")
        // 96 pt at 300 dpi is 400 pixels: the big one is scaled to its largest use (144 pt →
        // 600 × 450); the small one, within 1.5 times of its size, is kept as it is.
        try PDFRenderer().write(page([
            .image(ImageElement(source: bigSource, origin: Point(x: 72, y: 72), size: Size(width: 96, height: 72))),
            .image(ImageElement(source: bigSource, origin: Point(x: 72, y: 300), size: Size(width: 144, height: 108))),
            .image(ImageElement(source: smallSource, origin: Point(x: 300, y: 72), size: Size(width: 72, height: 54))),
        ]), to: path)
        // One image object per source (the big one is drawn twice, from one object).
        var sizes: [Substring: String] = [:]
        for row in try rows(path) where row[2] == "image" { sizes[row[10]] = "\(row[3])x\(row[4])" }
        #expect(sizes.values.sorted() == ["400x300", "600x450"], "\(sizes)")
    }

    @Test func aPageOverThePixelBudgetIsRefusedBeforeTheFileExists() throws {
        let path = temporaryPDF("over-budget.pdf")
        let source = ImageSource(path: "/nonexistent/huge.png", format: .png, pixelWidth: 4000, pixelHeight: 3000, id: "huge")
        let document = page([.image(ImageElement(source: source, origin: Point(x: 72, y: 72), size: Size(width: 400, height: 300)))])
        // The full decode (12 million) and the print-size copy kept beside it (about 2 million).
        let error = #expect(throws: RenderError.self) {
            try PDFRenderer(pixelBudget: 10_000_000).write(document, to: path, validate: false)
        }
        guard case .pixelBudgetExceeded(1, let pixels, 10_000_000)? = error else {
            Issue.record("expected the pixel budget to be exceeded, got \(String(describing: error))")
            return
        }
        #expect((14_000_000..<14_200_000).contains(pixels))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(RenderError.pixelBudgetExceeded(page: 1, pixels: 14_083_750, budget: 10_000_000).description
            == "page 1: its PNG images need 14 million decoded pixels at once, more than the pixel budget of 10 million (40 MB); use smaller PNG files (or JPEG photos), or raise the budget with --pixel-budget N (millions)")
    }

    @Test(.enabled(if: Tool.available("pdfimages"), "pdfimages (poppler-utils) is not installed"))
    func onlyTheJPEGsOwnBytesAreEmbedded() throws {
        let path = temporaryPDF("trailing.pdf")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let jpeg = ImageBytes.jpeg(width: 64, height: 48, orientation: 8)
        let file = folder + "/padded.jpg"
        try Data(jpeg + [UInt8](repeating: 0x55, count: 2_000_000)).write(to: URL(fileURLWithPath: file))
        let source = ImageSource(path: file, format: .jpeg, pixelWidth: 64, pixelHeight: 48, id: "padded",
                                 dataBytes: jpeg.count, orientation: .left)
        try PDFRenderer().write(page([
            .image(ImageElement(source: source, origin: Point(x: 72, y: 72), size: Size(width: 48, height: 64))),
        ]), to: path)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size < 200_000)
        let extracted = folder + "/extracted"
        _ = try Tool.run("pdfimages", ["-j", path, extracted])
        // The embedded stream is the JPEG itself, byte for byte (orientation is in the drawing).
        #expect(try Data(contentsOf: URL(fileURLWithPath: extracted + "-000.jpg")) == Data(jpeg))
    }
}
