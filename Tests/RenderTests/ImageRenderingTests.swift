import Foundation
import Testing
@testable import Render
import Typesetting

/// Photos in the PDF: JPEG passed through untouched and stored once however often it is
/// drawn, PNG decoded by Cairo, bad image files refused before any file is written.
@Suite struct ImageRenderingTests {
    private typealias F = Fixtures

    static let photos = F.packageRoot.appendingPathComponent("Examples/photos")
    static let hallPath = photos.appendingPathComponent("toan-canh.jpg").path
    static let logoPath = photos.appendingPathComponent("logo.png").path

    /// The example JPEG (1200 × 800) with its content id.
    static let hall = ImageSource(path: hallPath, format: .jpeg, pixelWidth: 1200, pixelHeight: 800,
                                  id: "toan-canh-1200x800")
    static let logo = ImageSource(path: logoPath, format: .png, pixelWidth: 300, pixelHeight: 300, id: "logo-300")

    /// Two pages: the JPEG three times (once on page 1 as the very first thing drawn, twice on
    /// page 2, one of them from a second path with the same id), an RGBA PNG and an opaque
    /// PNG, with text around them.
    private func document(folder: String) throws -> LaidOutDocument {
        let copy = folder + "/copy-of-toan-canh.jpg"
        if !FileManager.default.fileExists(atPath: copy) {
            try FileManager.default.copyItem(atPath: Self.hallPath, toPath: copy)
        }
        let opaque = folder + "/grey.png"
        try Data(PNGBytes.opaque(width: 40, height: 30)).write(to: URL(fileURLWithPath: opaque))
        var hallCopy = Self.hall
        hallCopy.path = copy
        let page1 = Page(size: .a4, index: 1, label: "1", elements: [
            .image(ImageElement(source: Self.hall, origin: Point(x: 85.04, y: 80), size: Size(width: 425.2, height: 283.47))),
            .text(F.measuredRun("Toàn cảnh Hội nghị", size: 12, x: 85.04, y: 70)),
            .image(ImageElement(source: Self.logo, origin: Point(x: 85.04, y: 400), size: Size(width: 60, height: 60))),
        ])
        let page2 = Page(size: .a4, index: 2, label: "2", elements: [
            .image(ImageElement(source: hallCopy, origin: Point(x: 200, y: 100), size: Size(width: 150, height: 100))),
            .image(ImageElement(source: Self.hall, origin: Point(x: 200, y: 300), size: Size(width: 90, height: 60))),
            .image(ImageElement(source: ImageSource(path: opaque, format: .png, pixelWidth: 40, pixelHeight: 30, id: "grey"),
                                origin: Point(x: 85.04, y: 500), size: Size(width: 80, height: 60))),
            .text(F.measuredRun("Phát biểu chỉ đạo", size: 12, x: 85.04, y: 420)),
        ])
        return LaidOutDocument(pages: [page1, page2], info: F.info)
    }

    private func write(_ name: String) throws -> String {
        let path = temporaryPDF(name)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try PDFRenderer().write(try document(folder: folder), to: path)
        return path
    }

    /// `pdfimages -list` rows: page, num, type, width, height, color, comp, bpc, enc, interp, object, ID, ….
    private func imageRows(_ path: String) throws -> [[Substring]] {
        try Tool.run("pdfimages", ["-list", path]).out.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
    }

    @Test(.enabled(if: Tool.available("pdfimages"), "pdfimages (poppler-utils) is not installed"))
    func jpegIsStoredOnceAndPNGIsDecoded() throws {
        let path = try write("images.pdf")
        defer { removeTemporary(path) }
        let rows = try imageRows(path)
        let jpegs = rows.filter { $0[8] == "jpeg" }
        // Three uses (one from another path with the same id), one object, no soft mask.
        #expect(jpegs.count == 3, "\(rows)")
        #expect(Set(jpegs.map { $0[10] }).count == 1, "JPEG stored more than once: \(rows)")
        #expect(jpegs.allSatisfy { $0[2] == "image" && $0[3] == "1200" && $0[4] == "800" && $0[5] == "rgb" })
        let pngs = rows.filter { $0[8] == "image" }
        #expect(pngs.filter { $0[2] == "image" }.map { "\($0[3])x\($0[4])" }.sorted() == ["300x300", "40x30"], "\(rows)")
        // The RGBA logo has its alpha as a soft mask; nothing else has one.
        #expect(rows.filter { $0[2] == "smask" }.map { "\($0[3])x\($0[4])" } == ["300x300"], "\(rows)")
    }

    @Test func jpegBytesAreEmbeddedUntouched() throws {
        let path = try write("untouched.pdf")
        defer { removeTemporary(path) }
        let pdf = try Data(contentsOf: URL(fileURLWithPath: path))
        let jpeg = try Data(contentsOf: URL(fileURLWithPath: Self.hallPath))
        #expect(pdf.range(of: jpeg) != nil)
        #expect(pdf.count < jpeg.count + 60_000, "the JPEG seems to be stored more than once: \(pdf.count) bytes")
    }

    @Test(.enabled(if: Tool.available("qpdf"), "qpdf is not installed"))
    func qpdfFindsNoErrors() throws {
        let path = try write("checked.pdf")
        defer { removeTemporary(path) }
        let result = try Tool.run("qpdf", ["--check", path])
        #expect(result.status == 0, "qpdf --check: \(result.out)\(result.err)")
        #expect(result.out.contains("No syntax or stream encoding errors found"))
    }

    /// A page holding nothing but one image, and the same image twice on one page: cases
    /// cairo 1.16 gets wrong with a plain `cairo_paint` (see `PDFRenderer.drawImage`).
    @Test(.enabled(if: Tool.available("qpdf", "pdftoppm"), "qpdf or pdftoppm (poppler-utils) is not installed"))
    func imageOnlyPagesAndRepeatsOnOnePage() throws {
        let path = temporaryPDF("image-only.pdf")
        defer { removeTemporary(path) }
        let grey = URL(fileURLWithPath: path).deletingLastPathComponent().path + "/grey.png"
        try Data(PNGBytes.opaque(width: 40, height: 30)).write(to: URL(fileURLWithPath: grey))
        let source = ImageSource(path: grey, format: .png, pixelWidth: 40, pixelHeight: 30, id: "grey")
        let document = LaidOutDocument(pages: [
            Page(size: Size(width: 200, height: 100), index: 1, elements: [
                .image(ImageElement(source: source, origin: Point(x: 20, y: 10), size: Size(width: 80, height: 60))),
            ]),
            Page(size: Size(width: 200, height: 100), index: 2, elements: [
                .image(ImageElement(source: source, origin: Point(x: 10, y: 10), size: Size(width: 40, height: 30))),
                .image(ImageElement(source: source, origin: Point(x: 100, y: 50), size: Size(width: 40, height: 30))),
            ]),
        ], info: F.info)
        try PDFRenderer().write(document, to: path)
        let check = try Tool.run("qpdf", ["--check", path])
        #expect(check.status == 0, "qpdf --check: \(check.out)\(check.err)")
        // The image lands in its rectangle, the right way up: at 72 dpi one pixel is one point.
        let page1 = try Raster(pdf: path, page: 1)
        #expect(page1.width == 200 && page1.height == 100)
        #expect(page1.isWhite(x: 15, y: 40) && page1.isWhite(x: 105, y: 40) && page1.isWhite(x: 60, y: 5) && page1.isWhite(x: 60, y: 75))
        // The gradient runs from (0, 0, 128) at the top left to light at the bottom right.
        let topLeft = page1.pixel(x: 22, y: 12), bottomRight = page1.pixel(x: 97, y: 67)
        #expect(topLeft.r < 40 && topLeft.g < 40 && topLeft.b > 100, "\(topLeft)")
        #expect(bottomRight.r > 180 && bottomRight.g > 180, "\(bottomRight)")
        let page2 = try Raster(pdf: path, page: 2)
        #expect(!page2.isWhite(x: 30, y: 25) && !page2.isWhite(x: 120, y: 65))
        #expect(page2.isWhite(x: 120, y: 25) && page2.isWhite(x: 30, y: 65))
    }

    @Test func twoWritesAreByteIdentical() throws {
        let first = try write("first.pdf"), second = try write("second.pdf")
        defer { removeTemporary(first); removeTemporary(second) }
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a.count > 100_000)
        #expect(a == b)
    }

    /// Writes a one-image document; the error it throws, if any, and whether a file was left.
    private func failure(_ source: ImageSource, size: Size = Size(width: 100, height: 100),
                         origin: Point = Point(x: 10, y: 10)) -> (error: RenderError?, left: Bool) {
        let path = temporaryPDF("bad.pdf")
        defer { removeTemporary(path) }
        let document = LaidOutDocument(pages: [
            Page(size: .a4, index: 1, elements: [.text(F.measuredRun("Ảnh", x: 85.04, y: 70))]),
            Page(size: .a4, index: 2, elements: [.image(ImageElement(source: source, origin: origin, size: size))]),
        ], info: F.info)
        var error: RenderError?
        do { try PDFRenderer().write(document, to: path) } catch let thrown { error = thrown }
        return (error, FileManager.default.fileExists(atPath: path))
    }

    @Test func corruptPNGThrowsAndLeavesNoFile() throws {
        let folder = temporaryPDF("x")
        defer { removeTemporary(folder) }
        let directory = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        let truncated = directory + "/truncated.png"
        let logo = try Data(contentsOf: URL(fileURLWithPath: Self.logoPath))
        try logo.prefix(logo.count / 2).write(to: URL(fileURLWithPath: truncated))
        let (error, left) = failure(ImageSource(path: truncated, format: .png, pixelWidth: 300, pixelHeight: 300, id: "t"))
        let message = try #require(error).description
        #expect(message.hasPrefix("page 2: cannot draw the image \(truncated): not a readable PNG ("), "\(message)")
        #expect(!left)

        let notPNG = directory + "/text.png"
        try Data("not a png".utf8).write(to: URL(fileURLWithPath: notPNG))
        let second = failure(ImageSource(path: notPNG, format: .png, pixelWidth: 1, pixelHeight: 1, id: "n"))
        #expect(second.error?.description.hasPrefix("page 2: cannot draw the image \(notPNG): not a readable PNG") == true)
        #expect(!second.left)
    }

    @Test func otherBadImagesThrowBeforeWriting() throws {
        let folder = URL(fileURLWithPath: temporaryPDF("x")).deletingLastPathComponent().path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var wrongSize = Self.hall
        wrongSize.pixelWidth = 1000
        #expect(failure(wrongSize).error == .invalidImage(page: 2, path: Self.hallPath,
                                                          reason: "the JPEG is 1200 × 800 pixels, the page gives 1000 × 800"))
        var pngWrongSize = Self.logo
        pngWrongSize.pixelHeight = 200
        #expect(failure(pngWrongSize).error == .invalidImage(page: 2, path: Self.logoPath,
                                                             reason: "the PNG is 300 × 300 pixels, the page gives 300 × 200"))
        let missing = ImageSource(path: folder + "/missing.jpg", format: .jpeg, pixelWidth: 10, pixelHeight: 10, id: "m")
        #expect(failure(missing).error == .invalidImage(page: 2, path: missing.path, reason: "the file does not exist"))
        #expect(failure(missing).error?.description == "page 2: cannot draw the image \(missing.path): the file does not exist")
        // A CMYK frame header: refused, never embedded with inverted colours.
        let cmykPath = folder + "/cmyk.jpg"
        try Data([0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x14, 0x08, 0x00, 0x0A, 0x00, 0x0A, 0x04,
                  1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0, 0xFF, 0xD9]).write(to: URL(fileURLWithPath: cmykPath))
        let cmyk = ImageSource(path: cmykPath, format: .jpeg, pixelWidth: 10, pixelHeight: 10, id: "c")
        #expect(failure(cmyk).error == .invalidImage(page: 2, path: cmykPath, reason: "a CMYK JPEG; save it as RGB"))
        let notJPEGPath = folder + "/png-named.jpg"
        try FileManager.default.copyItem(atPath: Self.logoPath, toPath: notJPEGPath)
        let notJPEG = ImageSource(path: notJPEGPath, format: .jpeg, pixelWidth: 300, pixelHeight: 300, id: "p")
        #expect(failure(notJPEG).error == .invalidImage(page: 2, path: notJPEGPath, reason: "not a JPEG with a frame header"))
        // Rectangles and pixel sizes that cannot be drawn.
        for (size, origin) in [(Size(width: 0, height: 10), Point(x: 0, y: 0)), (Size(width: -5, height: 10), Point(x: 0, y: 0)),
                               (Size(width: .infinity, height: 10), Point(x: 0, y: 0)), (Size(width: 10, height: 10), Point(x: .nan, y: 0))] {
            let result = failure(Self.hall, size: size, origin: origin)
            if case .invalidImage(2, Self.hallPath, _)? = result.error {} else { Issue.record("\(size) \(origin): \(String(describing: result.error))") }
            #expect(!result.left)
        }
        var noPixels = Self.hall
        noPixels.pixelWidth = 0
        #expect(failure(noPixels).error == .invalidImage(page: 2, path: Self.hallPath, reason: "its pixel size 0 x 800 is not positive"))
    }

    @Test func traceListsImages() throws {
        let folder = URL(fileURLWithPath: temporaryPDF("x")).deletingLastPathComponent().path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let trace = TraceRenderer().render(try document(folder: folder))
        let expected = """
            page 1 595.28x841.89 label=1
              line y=70.00 x=85.04-180.68 [LiberationSerif 12] Toàn cảnh Hội nghị
              image 85.04,80.00 425.20x283.47 jpeg toan-canh.jpg
              image 85.04,400.00 60.00x60.00 png logo.png
            page 2 595.28x841.89 label=2
              line y=420.00 x=85.04-168.02 [LiberationSerif 12] Phát biểu chỉ đạo
              image 200.00,100.00 150.00x100.00 jpeg copy-of-toan-canh.jpg
              image 200.00,300.00 90.00x60.00 jpeg toan-canh.jpg
              image 85.04,500.00 80.00x60.00 png grey.png

            """
        #expect(trace == expected)
    }
}

/// One page of a PDF rasterised by `pdftoppm` at 72 dpi (one pixel per point), as RGB.
struct Raster {
    let width: Int, height: Int
    let rgb: [UInt8]

    init(pdf: String, page: Int) throws {
        let prefix = URL(fileURLWithPath: pdf).deletingPathExtension().path + "-raster-\(page)"
        _ = try Tool.run("pdftoppm", ["-r", "72", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf, prefix])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm")))
        // "P6\n<width> <height>\n255\n" then the pixels.
        var fields: [Int] = [], index = 2, current = ""
        while fields.count < 3 {
            let byte = bytes[index]; index += 1
            if (0x30...0x39).contains(byte) { current.append(Character(UnicodeScalar(byte))) }
            else if !current.isEmpty { fields.append(Int(current)!); current = "" }
        }
        width = fields[0]; height = fields[1]
        rgb = Array(bytes[index...])
    }

    func pixel(x: Int, y: Int) -> (r: Int, g: Int, b: Int) {
        let i = (y * width + x) * 3
        return (Int(rgb[i]), Int(rgb[i + 1]), Int(rgb[i + 2]))
    }

    func isWhite(x: Int, y: Int) -> Bool {
        let p = pixel(x: x, y: y)
        return p.r > 250 && p.g > 250 && p.b > 250
    }
}

/// A small opaque colour-gradient PNG, deflate-stored (no compression), with real CRCs.
enum PNGBytes {
    static func opaque(width: Int, height: Int) -> [UInt8] {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)   // filter: none
            for x in 0..<width { raw += [UInt8((x * 6) & 0xFF), UInt8((y * 8) & 0xFF), 128] }
        }
        // zlib: header, one stored block per 65535 bytes, Adler-32.
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65535, raw.count - offset)
            let final: UInt8 = offset + count == raw.count ? 1 : 0
            zlib += [final, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            zlib += raw[offset..<(offset + count)]
            offset += count
        } while offset < raw.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in raw { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        zlib += be32(Int(b << 16 | a))
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", be32(width) + be32(height) + [8, 2, 0, 0, 0])
            + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        var c: UInt32 = 0xFFFF_FFFF
        for byte in typed {
            c ^= UInt32(byte)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return be32(data.count) + typed + be32(Int(c ^ 0xFFFF_FFFF))
    }

    private static func be32(_ value: Int) -> [UInt8] {
        [UInt8((value >> 24) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
