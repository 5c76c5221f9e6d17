import Foundation
import Testing
@testable import Records

/// docs/formatting-rules.md §8 item 26 vectors, the recode vectors of §6.2, and detection without
/// false positives.
struct LegacyEncodingTests {
    @Test func tcvn3Vector() {
        let bytes: [UInt8] = [0x55, 0xFB, 0x20, 0x62, 0x61, 0x6E, 0x20, 0x6E, 0x68, 0xA9, 0x6E, 0x20, 0x64, 0xA9, 0x6E]
        #expect(LegacyEncoding.tcvn3.decode(bytes) == "Uỷ ban nhân dân")
        #expect(LegacyTables.tcvn3.count == 256)
    }

    @Test func vniVectors() {
        #expect(LegacyEncoding.vni.decode([0x43, 0x6F, 0xE4, 0x6E, 0x67, 0x20, 0x68, 0x6F, 0xF8, 0x61]) == "Cộng hòa")
        #expect(LegacyEncoding.vni.decode([0xD1, 0x61, 0xFB, 0x6E, 0x67, 0x20, 0x75, 0xFB, 0x79]) == "Đảng ủy")
        let recode = Array("Co\u{E4}ng ho\u{F8}a xa\u{F5} ho\u{E4}i chu\u{FB} ngh\u{F3}a Vie\u{E4}t Nam".unicodeScalars.map { UInt8($0.value) })
        #expect(LegacyEncoding.vni.decode(recode) == "Cộng hòa xã hội chủ nghĩa Việt Nam")
    }

    @Test func viqrVectors() {
        #expect(LegacyEncoding.viqr.repair("Vie^.t Nam") == "Việt Nam")
        #expect(LegacyEncoding.viqr.repair("Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam") == "Cộng hòa xã hội chủ nghĩa Việt Nam")
        #expect(LegacyEncoding.viqr.repair("DDa?ng u?y") == "Đảng ủy")
        #expect(LegacyEncoding.viqr.repair("Ha Noi. Tro+`i mu+a") == "Ha Noi. Trời mưa")
    }

    @Test func cp1258Vector() {
        let text = LegacyEncoding.cp1258.decode([0x56, 0x69, 0xEA, 0xF2, 0x74])
        #expect(Array(text.utf8) == Array("Vi\u{1EC7}t".utf8))
    }

    @Test func decodedTextIsNFC() {
        for text in [LegacyEncoding.tcvn3.decode([0x55, 0xFB]), LegacyEncoding.viqr.repair("Vie^.t")] {
            #expect(UnicodeNormalization.isNFC(text))
        }
    }

    @Test func detectsTCVN3ShownAsLatin1() throws {
        let found = try #require(LegacyEncoding.detect(in: "Uû ban nh©n d©n"))
        #expect(found.encoding == .tcvn3)
        #expect(found.converted == "Uỷ ban nhân dân")
        let name = try #require(LegacyEncoding.detect(in: "§µm V¨n ChÝnh"))
        #expect(name.converted == "Đàm Văn Chính")
    }

    @Test func detectsVNIShownAsLatin1() throws {
        let found = try #require(LegacyEncoding.detect(in: "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))
        #expect(found.encoding == .vni)
        #expect(found.converted == "Cộng hòa xã hội chủ nghĩa Việt Nam")
        #expect(LegacyEncoding.detect(in: "Ñaûng uûy")?.converted == "Đảng ủy")
    }

    @Test func detectsVIQR() throws {
        let found = try #require(LegacyEncoding.detect(in: "Vie^.t Nam"))
        #expect(found.encoding == .viqr)
        #expect(found.converted == "Việt Nam")
        #expect(LegacyEncoding.detect(in: "DDa?ng u?y")?.converted == "Đảng ủy")
    }

    @Test(arguments: [
        "Đảng bộ Sở Lao động - Thương binh và Xã hội", "Lê Thanh Hà, Đảng bộ Sở Lao động, Thương binh & Xã hội",
        "Tại sao?", "Q&A? Yes - no.", "e.g. a.m. i.e.", "Hello, what's up?", "C++ & x^2", "Hà", "Hồ Chí Minh",
        "Copyright © 2023", "Müller, François, naïve café", "25°C", "ABC®", "“Chi bộ 4 tốt”", "ĐU", "SLĐTBXH",
        "12-BB/ĐU", "Tôi?", "Ban (BCH) - 2023", "rock'n'roll", "Mr. O'Neil", "",
    ])
    func noFalsePositive(_ text: String) {
        #expect(LegacyEncoding.detect(in: text) == nil)
    }

    @Test func seedArticleIsNotLegacy() throws {
        let article = try SeedArticle.text()
        for line in article.split(whereSeparator: \.isNewline) {
            #expect(LegacyEncoding.detect(in: String(line)) == nil, "\(line)")
        }
        #expect(LegacyEncoding.detect(in: article) == nil)
    }
}

/// The seed article encoded as TCVN3 and shown as Latin-1 is detected and converted back.
struct LegacyRoundTripTests {
    /// TCVN3 bytes of `text`, through the inverse of the decoding table.
    private func tcvn3Bytes(_ text: String) -> [UInt8]? {
        var inverse: [UInt32: UInt8] = [:]
        for (byte, scalar) in LegacyTables.tcvn3.enumerated().reversed() { inverse[scalar] = UInt8(byte) }
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard let byte = inverse[scalar.value] else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    @Test func seedArticleParagraphsRoundTrip() throws {
        let article = try SeedArticle.text()
        var checked = 0
        for line in article.split(whereSeparator: \.isNewline) {
            let paragraph = String(line).trimmingWhitespace()
            // Lines with “ ” or other characters TCVN3 lacks cannot be encoded; skip those.
            // Only Vietnamese text: ASCII-only lines (keys, comments) read the same in TCVN3.
            guard paragraph.count > 20, !paragraph.hasPrefix("#"), paragraph.unicodeScalars.contains(where: { $0.value >= 0x80 }),
                  let bytes = tcvn3Bytes(paragraph) else { continue }
            let misread = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
            let found = try #require(LegacyEncoding.detect(in: misread), "\(misread)")
            #expect(found.encoding == .tcvn3)
            #expect(found.converted == paragraph)
            checked += 1
        }
        #expect(checked >= 3)
    }
}

/// The seed meeting's record, whose article and proceedings are the real news item the project
/// started from: Vietnamese text that is Unicode, never legacy.
enum SeedArticle {
    static func text() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Examples/2023-07-03.yaml"), encoding: .utf8)
    }
}
