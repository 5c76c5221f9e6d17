import Foundation
import Testing
@testable import Records
import TestSupport

/// Issue 12, point 5 on records: `signer.seal` is checked like the signature image (the
/// record's folder, a sound PNG) and further must be a red PNG with transparency whose
/// resolution gives a real seal's size; a draft carries none.
@Suite struct SealImageTests {
    /// A square PNG of `ink` (RGB; grey for colour type 4) on a transparent ground (a ring of
    /// clear pixels round it when the type has alpha), with a pHYs chunk of `dpi` dots per inch
    /// (none when nil) right after IHDR.
    static func seal(side: Int = 425, dpi: Double? = 300, colour: UInt8 = 6, ink: [UInt8] = [220, 30, 40]) -> [UInt8] {
        var raw: [UInt8] = []
        for y in 0..<side {
            raw.append(0)
            for x in 0..<side {
                let inside = x > side / 8 && x < side - side / 8 && y > side / 8 && y < side - side / 8
                switch colour {
                case 6: raw += ink + [inside ? 255 : 0]
                case 4: raw += [ink[0], inside ? 255 : 0]
                default: raw += ink
                }
            }
        }
        let png = ImageBytes.pngFile(width: side, height: side, colour: colour, idat: ImageBytes.zlibStored(raw))
        guard let dpi else { return png }
        let perMetre = Int((dpi / 0.0254).rounded())
        let phys = TestImages.chunk("pHYs", TestImages.be32(perMetre) + TestImages.be32(perMetre) + [1])
        return Array(png[0..<33]) + phys + Array(png[33...])
    }

    static let final: [Int: String?] = [10: "draft: false", 11: nil]

    static func problems(seal file: String, folder: TempFolder, draft: Bool = false) -> [String] {
        var lines = draft ? [:] : final
        lines[28] = "  name: Đàm Văn Chính\n  seal: \(file)"
        return ReportRecord.problems(lines, folder: folder)
    }

    @Test func aRedPNGWithItsResolutionIsTheSealAtItsRealSize() throws {
        let folder = TempFolder()
        folder.write("dau.png", bytes: Self.seal())
        #expect(Self.problems(seal: "dau.png", folder: folder) == [])
        var lines = Self.final
        lines[28] = "  name: Đàm Văn Chính\n  seal: dau.png"
        guard case .success(let report, _) = ReportRecord.load(lines, folder: folder).result else { Issue.record("does not load"); return }
        let seal = try #require(report.signer.seal)
        #expect(abs(seal.widthMillimetres - 35.98) < 0.01 && abs(seal.heightMillimetres - 35.98) < 0.01, "\(seal)")
        #expect(seal.image.pixelWidth == 425)
    }

    @Test func everyWrongSealIsAnErrorAtItsField() {
        let folder = TempFolder()
        folder.writeJPEG("dau.jpg")
        folder.write("phang.png", bytes: Self.seal(colour: 2))
        folder.write("xam.png", bytes: Self.seal(colour: 4))
        folder.write("khong-dpi.png", bytes: Self.seal(dpi: nil))
        folder.write("to.png", bytes: Self.seal(dpi: 72))        // 425 px at 72 dpi: 150 mm
        folder.write("xanh.png", bytes: Self.seal(ink: [20, 40, 160]))     // the blue signature given as the seal
        folder.write("dau.png", bytes: Self.seal())
        let at = "28:9: error: signer.seal: "
        #expect(Self.problems(seal: "dau.jpg", folder: folder) == [at + "dau.jpg is a JPEG; a seal image must be a red PNG with a transparent background (Decree 30, Appendix I, cell 8)"])
        #expect(Self.problems(seal: "phang.png", folder: folder) == [at + "phang.png has no transparency, so it would hide the signature; save the seal as a PNG with an alpha channel (transparent background)"])
        #expect(Self.problems(seal: "xam.png", folder: folder) == [at + "xam.png is a greyscale image; a seal prints in red; use a colour PNG (RGB or RGBA)"])
        #expect(Self.problems(seal: "xanh.png", folder: folder) == [at + "xanh.png is not a red seal (its ink averages #1428A0); a seal prints in red; check that it is the right file (not the signature)"])
        #expect(Self.problems(seal: "khong-dpi.png", folder: folder) == [at + "khong-dpi.png has no resolution (the PNG's pHYs chunk), so the seal's real size is unknown; save the image with its resolution, e.g. 300 dpi"])
        #expect(Self.problems(seal: "to.png", folder: folder) == [at + "to.png would print 149,9 × 149,9 mm at the resolution it gives; a real seal is 15 to 80 mm across; check the resolution (dpi) saved in the image"])
        #expect(Self.problems(seal: "khong-co.png", folder: folder) == [at + "khong-co.png does not exist"])
        #expect(Self.problems(seal: "../dau.png", folder: folder).first?.hasPrefix(at + "../dau.png") == true)
        // A draft carries no seal.
        #expect(Self.problems(seal: "dau.png", folder: folder, draft: true) == [
            "29:9: error: signer.seal: a draft carries no seal; remove seal: dau.png, or write draft: false once the report is signed",
        ])
    }

    /// The probe reads pHYs in metres only (unit 1); unit 0 is an aspect ratio, not a size.
    @Test func theResolutionIsReadFromPHYs() throws {
        let facts = try ImageProbe.probe(Self.seal(dpi: 254)).get()
        #expect(facts.pixelsPerMetre == ImageProbe.Resolution(x: 10_000, y: 10_000))
        var aspectOnly = Self.seal(dpi: 254)
        aspectOnly[33 + 8 + 8] = 0
        let crc = CRC32.checksum(aspectOnly[(33 + 4)..<(33 + 8 + 9)])
        aspectOnly.replaceSubrange((33 + 17)..<(33 + 21), with: TestImages.be32(Int(crc)))
        #expect(try ImageProbe.probe(aspectOnly).get().pixelsPerMetre == nil)
    }
}
