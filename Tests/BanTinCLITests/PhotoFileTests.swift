import Foundation
import Testing
import TestSupport

/// Issue 9 (images) and issue 10 (EXIF orientation), from the command line: a photo that fails
/// only when decoded is reported by `check`; a signature out of the report's folder is refused
/// without a word about the file; a phone photo taken upright is printed upright.
@Suite struct PhotoFileTests {
    /// A record with one photo entry (`photo`, lines 31–) in `scratch/records/NAME`.
    private static func record(_ name: String, photo: [String], in scratch: Scratch) throws -> String {
        try scratch.write("records/" + name, BulletinBadInputTests.bad("Ảnh thử", photo: photo) + articleLines)
    }

    private static let articleLines = """
        article:
          headline: Ảnh thử
          lead: Sáng ngày 06/3/2023, Chi bộ Văn phòng Sở tổ chức sinh hoạt thường kỳ.
          body:
            - Chi bộ đánh giá kết quả thực hiện nhiệm vụ tháng 2 năm 2023.

        """

    private static func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func checkReportsAPhotoThatFailsOnlyWhenDecoded() throws {
        let scratch = Scratch()
        try Self.write(ImageBytes.pngWithBadDeflate(width: 40, height: 30), to: scratch.file("records/photos/hong.png"))
        _ = try Self.record("r.yaml", photo: ["  - file: photos/hong.png"], in: scratch)
        let run = try Bantin.run(["check", "records/r.yaml"], in: scratch.path)
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.contains("records/r.yaml:31:11: error: photos[0].file: photos/hong.png is a PNG whose image data cannot be decoded (IDAT: invalid block type); save or copy it again"), "\(run)")
    }

    @Test func aSignatureOutOfTheReportsFolderIsRefusedWithoutDescribingIt() throws {
        let scratch = Scratch()
        let text = try String(contentsOfFile: Fixtures.path(ReportCommandTests.final), encoding: .utf8)
        let secret = try scratch.write("reports/secret.yaml", text.replacingOccurrences(of: "signatures/chu-ky-mau.png", with: "/etc/shadow"))
        var run = try ReportCommandTests.report([secret, "Examples"], into: scratch).run
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.contains { $0.hasPrefix(secret) && $0.hasSuffix(": error: signer.signature: /etc/shadow is outside the record's folder; use a file inside it, or allow its folder with --allow-folder DIR") }, "\(run)")
        #expect(!run.error.contains("text file") && !run.error.contains("exist"), "the message describes the outside file:\n\(run)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("bao-cao.pdf")))

        // Another office's signature beside the report's folder: refused, unless its folder
        // is allowed on the command line.
        try FileManager.default.createDirectory(atPath: scratch.file("other"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/reports/signatures/chu-ky-mau.png"), toPath: scratch.file("other/chu-ky.png"))
        let borrowed = try scratch.write("reports/borrowed.yaml", text.replacingOccurrences(of: "signatures/chu-ky-mau.png", with: "../other/chu-ky.png"))
        run = try ReportCommandTests.report([borrowed, "Examples"], into: scratch).run
        #expect(run.status == 1 && run.errorLines.contains { $0.hasSuffix("signer.signature: ../other/chu-ky.png is outside the record's folder; use a file inside it, or allow its folder with --allow-folder DIR") }, "\(run)")
        run = try ReportCommandTests.report([borrowed, "Examples", "--allow-folder", scratch.file("other")], into: scratch).run
        #expect(run.status == 0, "\(run)")
    }

    @Test func aFolderToAllowMustExist() throws {
        let scratch = Scratch()
        let run = try Bantin.run(["check", "Examples", "--allow-folder", scratch.file("khong-co")])
        #expect(run.status == 2 && run.error.contains("--allow-folder \(scratch.file("khong-co")): no such folder"), "\(run)")
    }

    /// The longest horizontal and vertical runs of the photo's flat grey in page 1 of `pdf`
    /// rendered at 18 dpi (text has no such runs).
    private static func greyRuns(_ pdf: String, in scratch: Scratch) throws -> (horizontal: Int, vertical: Int) {
        _ = try PDF.tool("pdftoppm", ["-gray", "-r", "18", "-f", "1", "-l", "1", pdf, scratch.file("page")])
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: scratch.path).first { $0.hasPrefix("page") && $0.hasSuffix(".pgm") })
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scratch.file(name))))
        try FileManager.default.removeItem(atPath: scratch.file(name))
        // P5 header: "P5\nW H\n255\n".
        let fields = String(decoding: bytes.prefix(40), as: UTF8.self).split(whereSeparator: \.isWhitespace).prefix(4)
        let width = Int(fields[1])!, height = Int(fields[2])!
        let pixels = Array(bytes.suffix(width * height))
        func grey(_ x: Int, _ y: Int) -> Bool { (96...160).contains(pixels[y * width + x]) }
        var horizontal = 0, vertical = 0
        for y in 0..<height {
            var run = 0
            for x in 0..<width { run = grey(x, y) ? run + 1 : 0; horizontal = max(horizontal, run) }
        }
        for x in 0..<width {
            var run = 0
            for y in 0..<height { run = grey(x, y) ? run + 1 : 0; vertical = max(vertical, run) }
        }
        return (horizontal, vertical)
    }

    @Test func aPhonePhotoTakenUprightIsPrintedUpright() throws {
        let scratch = Scratch()
        // Stored 80 × 60 (landscape), as a phone held upright stores it, with orientation 6.
        try Self.write(ImageBytes.jpeg(width: 80, height: 60, orientation: 6, byteOrder: .little), to: scratch.file("records/photos/dung.jpg"))
        try Self.write(ImageBytes.jpeg(width: 80, height: 60), to: scratch.file("records/photos/ngang.jpg"))
        _ = try Self.record("dung.yaml", photo: ["  - file: photos/dung.jpg", "    width: 60mm"], in: scratch)
        _ = try Self.record("ngang.yaml", photo: ["  - file: photos/ngang.jpg", "    width: 60mm"], in: scratch)
        let upright = try Bantin.run(["bulletin", "records/dung.yaml", "-o", "dung.pdf"], in: scratch.path)
        let level = try Bantin.run(["bulletin", "records/ngang.yaml", "-o", "ngang.pdf"], in: scratch.path)
        try #require(upright.status == 0 && level.status == 0, "\(upright)\n\(level)")
        let portrait = try Self.greyRuns(scratch.file("dung.pdf"), in: scratch)
        let landscape = try Self.greyRuns(scratch.file("ngang.pdf"), in: scratch)
        // 60 mm wide at 18 dpi is about 42 pixels; 4:3 makes the other side about 56 or 32.
        #expect(portrait.vertical > portrait.horizontal + 8, "orientation 6 is not printed portrait: \(portrait)")
        #expect(landscape.horizontal > landscape.vertical + 8, "the control photo is not landscape: \(landscape)")
        #expect(abs(portrait.horizontal - landscape.horizontal) <= 2, "the printed width changed: \(portrait) \(landscape)")
        // The JPEG is embedded as stored (80 × 60), not re-encoded.
        let list = try PDF.tool("pdfimages", ["-list", scratch.file("dung.pdf")])
        #expect(list.contains("    80    60  rgb     3   8  jpeg"), "\(list)")
    }
}
