import CFreeType
import Foundation
@testable import Render
import Typesetting

/// Fonts, runs and documents built by hand, so these tests never depend on the shaper.
enum Fixtures {
    /// The package root, found from this file's path (Tests/RenderTests/Fixtures.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A bundled font by file name, e.g. "LiberationSerif-Regular.ttf".
    static func font(_ file: String) -> Font {
        let path = packageRoot.appendingPathComponent("Fonts").appendingPathComponent(file).path
        guard let font = Font(path: path) else { fatalError("missing test font \(path)") }
        return font
    }

    static let regular = font("LiberationSerif-Regular.ttf")
    static let bold = font("LiberationSerif-Bold.ttf")
    static let italic = font("LiberationSerif-Italic.ttf")

    /// A run with one glyph and one cluster per Unicode scalar (valid for precomposed NFC text
    /// without ligatures), every glyph `advance` wide.
    static func run(_ text: String, font: Font = regular, size: Double = 12,
                    x: Double, y: Double, advance: Double) -> GlyphRun {
        run(text, font: font, size: size, x: x, y: y) { _ in advance }
    }

    /// The same, with each glyph's real advance from the font's `hmtx` table, so that text
    /// extraction sees words spaced as a shaper would space them (fixed advances leave gaps
    /// that pdftotext reads as extra spaces).
    static func measuredRun(_ text: String, font: Font = regular, size: Double = 12,
                            x: Double, y: Double) -> GlyphRun {
        let face = try! FreeTypeLibrary.shared.openFace(path: font.path, faceIndex: font.faceIndex)
        defer { FreeTypeLibrary.shared.release(face) }
        return run(text, font: font, size: size, x: x, y: y) { glyph in
            // With FT_LOAD_NO_SCALE the metrics are in font units, straight from hmtx.
            guard FT_Load_Glyph(face, FT_UInt(glyph), FT_Int32(FT_LOAD_NO_SCALE)) == 0 else { fatalError("glyph \(glyph)") }
            return Double(face.pointee.glyph.pointee.metrics.horiAdvance) / font.unitsPerEm * size
        }
    }

    private static func run(_ text: String, font: Font, size: Double, x: Double, y: Double,
                            advance: (UInt32) -> Double) -> GlyphRun {
        var glyphs: [PositionedGlyph] = []
        var clusters: [TextCluster] = []
        var pen = x
        for scalar in text.unicodeScalars {
            guard let id = font.glyph(for: scalar) else { fatalError("\(font) lacks U+\(String(scalar.value, radix: 16))") }
            glyphs.append(PositionedGlyph(id: id, x: snap(pen), y: y))
            clusters.append(TextCluster(bytes: scalar.utf8.count, glyphs: 1))
            pen += advance(id)
        }
        return GlyphRun(font: font, size: size, text: text, glyphs: glyphs, clusters: clusters,
                        origin: Point(x: x, y: y), width: snap(pen - x))
    }

    /// Vietnamese lines with stacked diacritics, as precomposed NFC.
    static let texts = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Lạng Sơn, ngày 03 tháng 7 năm 2023",
        "ẪỄỖỮ",
        "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm",
        "Đảng ủy Sở Lao động - Thương binh và Xã hội",
    ]

    static let info = DocumentInfo(title: "Biên bản Hội nghị sơ kết", author: "Lê Thanh Hà",
                                   subject: "Công tác Đảng 6 tháng đầu năm 2023", keywords: "biên bản, sơ kết",
                                   creator: "BanTin tests", creationDate: "2023-07-03T16:30:00+07:00")

    /// Three A4 pages labelled i, ii, 1, with the Vietnamese texts and a rule.
    static func sampleDocument() -> LaidOutDocument {
        let page1 = Page(size: .a4, index: 1, label: "i", elements: [
            .text(measuredRun(texts[0], font: bold, size: 13, x: 85.04, y: 70.87)),
            .rule(RuleElement(from: Point(x: 200, y: 80), to: Point(x: 395, y: 80), thickness: 0.5)),
            .text(measuredRun(texts[1], font: italic, size: 14, x: 300, y: 110)),
            .text(measuredRun(texts[2], size: 36, x: 85.04, y: 200)),
        ])
        let page2 = Page(size: .a4, index: 2, label: "ii", elements: [
            .text(measuredRun(texts[3], size: 13, x: 85.04, y: 100)),
        ])
        let page3 = Page(size: .a4, index: 3, label: "1", elements: [
            .text(measuredRun(texts[4], size: 12, x: 85.04, y: 100)),
        ])
        return LaidOutDocument(pages: [page1, page2, page3], info: info)
    }
}
