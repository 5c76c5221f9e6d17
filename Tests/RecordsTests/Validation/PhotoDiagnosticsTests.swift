import Foundation
import Testing
@testable import Records

/// Each bad photo gets its own message at its own field; the other photos are still read.
struct PhotoDiagnosticsTests {
    /// The diagnostics of the seed with its photo lines (36–37) replaced by `photoLines`,
    /// after `files` are written beside the record; without the file-name prefix.
    private func problems(_ photoLines: [String], files: [String: [UInt8]] = [:]) -> [String] {
        let text = SeedRecord.yaml(replacing: [36: "photos:\n" + photoLines.joined(separator: "\n"), 37: "# photos end"])
        return SeedRecord.withRecord(text) { folder, path in
            for (name, bytes) in files { folder.write(name, bytes: bytes) }
            return failureLines(path).map { String($0.dropFirst(path.count + 1)) }
        }
    }

    /// Line 37 of the seed with `file` and the seed's caption.
    private func one(_ file: String, _ bytes: [UInt8]) -> [String] {
        problems(["  - { file: \(file), caption: Toàn cảnh Hội nghị }"], files: [file: bytes])
    }

    @Test func eachBadImageHasItsOwnMessage() {
        #expect(one("a.gif", Array("GIF89a".utf8) + [1, 0, 1, 0, 0x80, 0, 0])
            == ["37:13: error: photos[0].file: a.gif is a GIF image, not a JPEG or PNG image"])
        #expect(one("b.jpg", Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8))
            == ["37:13: error: photos[0].file: b.jpg is a WebP image, not a JPEG or PNG image"])
        #expect(one("c.jpg", Array("<html>404 Not Found</html>\n".utf8))
            == ["37:13: error: photos[0].file: c.jpg is a text file, not a JPEG or PNG image"])
        #expect(one("d.jpg", TestImages.jpeg(width: 1200, height: 800, end: false))
            == ["37:13: error: photos[0].file: d.jpg is a truncated JPEG (the file ends before the end of its image data); copy the file again"])
        #expect(one("e.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xD9])
            == ["37:13: error: photos[0].file: e.jpg is a corrupt JPEG (it has no SOF frame header)"])
        #expect(one("f.jpg", TestImages.jpeg(width: 1200, height: 800, components: 4))
            == ["37:13: error: photos[0].file: f.jpg is a CMYK JPEG; save it as RGB"])
        #expect(one("g.jpg", TestImages.jpeg(width: 12000, height: 800))
            == ["37:13: error: photos[0].file: g.jpg is 12000 × 800 pixels; at most 10000 on a side"])
        #expect(one("h.png", Array(TestImages.png(width: 300, height: 300).dropLast(12)))
            == ["37:13: error: photos[0].file: h.png is a truncated PNG (the file ends before the IEND chunk); copy the file again"])
        #expect(one("i.jpg", [])
            == ["37:13: error: photos[0].file: i.jpg is an empty file (0 bytes), not a JPEG or PNG image"])
    }

    @Test func otherPhotosAreUnaffected() {
        let lines = problems([
            "  - { file: photos/toan-canh.jpg, caption: Toàn cảnh Hội nghị }",   // 37
            "  - { file: broken.jpg, caption: Phát biểu }",                      // 38
            "  - { file: logo.png }",                                            // 39
            "  - { file: missing.jpg }",                                         // 40
            "  - { file: cmyk.jpg }",                                            // 41
        ], files: [
            "broken.jpg": TestImages.jpeg(width: 1000, height: 750, end: false),
            "logo.png": TestImages.png(width: 300, height: 300),
            "cmyk.jpg": TestImages.jpeg(width: 100, height: 100, components: 4),
        ])
        #expect(lines == [
            "38:13: error: photos[1].file: broken.jpg is a truncated JPEG (the file ends before the end of its image data); copy the file again",
            "40:13: error: photos[3].file: missing.jpg does not exist",
            "41:13: error: photos[4].file: cmyk.jpg is a CMYK JPEG; save it as RGB",
        ])
    }

    @Test func captionWithoutFile() {
        #expect(problems(["  - { caption: Toàn cảnh Hội nghị }"]) == ["37:5: error: photos[0]: a caption without a photo file"])
        #expect(problems(["  - { file: photos/toan-canh.jpg }", "  - { file: \"\", caption: Phát biểu }"])
            == ["38:5: error: photos[1]: a caption without a photo file"])
        #expect(problems(["  - { file: ~, caption: Phát biểu }"]) == ["37:5: error: photos[0]: a caption without a photo file"])
        // Neither file nor caption: the file is what is missing.
        #expect(problems(["  - { width: 50% }"]) == ["37:5: error: photos[0].file: missing required field"])
        #expect(problems(["  - { file: ~ }"]) == ["37:13: error: photos[0].file: required field is empty"])
        #expect(problems(["  - { file: [a, b], caption: x }"]) == ["37:13: error: photos[0].file: expected a file path, found a list"])
    }

    @Test func widthAndPlace() throws {
        let text = SeedRecord.yaml(replacing: [37: """
              - { file: photos/toan-canh.jpg, caption: Toàn cảnh Hội nghị, width: 80mm, after: lead }
              - file: photos/toan-canh.jpg
                width: 60%
                after: 1
              - { file: photos/toan-canh.jpg, width: 200pt }
            """])
        try SeedRecord.withRecord(text) { _, path in
            let (meeting, _) = try #require(loadedMeeting(path), "\(failureLines(path))")
            let widths: [PhotoWidth?] = [.points(80.0 * 72.0 / 25.4), .fraction(0.6), .points(200)]
            #expect(meeting.photos.map(\.width) == widths)
            #expect(meeting.photos.map(\.after) == [0, 1, nil])
            // The same file three times: one content id.
            #expect(Set(meeting.photos.map(\.contentID)).count == 1)
            #expect(meeting.photos[0].contentID.count == 64)
        }
    }

    @Test func badWidthsAndPlaces() {
        #expect(problems(["  - { file: photos/toan-canh.jpg, width: 80 }"])
            == ["37:42: error: photos[0].width: expected a width such as 80mm, 8cm, 200pt or 60% (of the column), found \"80\""])
        #expect(problems(["  - { file: photos/toan-canh.jpg, width: 0cm }"])
            == ["37:42: error: photos[0].width: 0cm is not a width: it must be more than 0"])
        #expect(problems(["  - { file: photos/toan-canh.jpg, width: 120% }"])
            == ["37:42: error: photos[0].width: 120% is wider than the column (at most 100%)"])
        #expect(problems(["  - { file: photos/toan-canh.jpg, after: first }"])
            == ["37:42: error: photos[0].after: expected lead or a paragraph number (0, 1, 2 …), found \"first\""])
        #expect(problems(["  - { file: photos/toan-canh.jpg, after: -1 }"])
            == ["37:42: error: photos[0].after: expected lead or a paragraph number (0, 1, 2 …), found \"-1\""])
        // The seed's article has one body paragraph.
        #expect(problems(["  - { file: photos/toan-canh.jpg, after: 2 }"])
            == ["37:42: error: photos[0].after: 2 is more than the 1 paragraph of article.body"])
        #expect(problems(["  - { file: photos/toan-canh.jpg, after: 1 }"]) == [])
    }

    @Test func placeWithoutAnArticleCountsTheProceedings() {
        var lines = SeedRecord.lines
        lines.removeSubrange(37...45)   // article: … body[0] (lines 38–46)
        lines[36] = "  - { file: photos/toan-canh.jpg, after: 3 }"
        let text = lines.joined(separator: "\n") + "\n"
        let found = SeedRecord.withRecord(text) { _, path in failureLines(path).map { String($0.dropFirst(path.count + 1)) } }
        #expect(found == ["37:42: error: photos[0].after: 3 is more than the 2 paragraphs of proceedings (the record has no article)"])
    }
}
