import Foundation
import Testing
import TestSupport

/// Issue 3, "Bad input": one good record and one record per bad photo. The run exits 1, still
/// writes the issue with the good item, and names each bad record with one precise line.
@Suite struct BulletinBadInputTests {
    static let goodHeadline = "Chi bộ Văn phòng Sở sinh hoạt thường kỳ tháng 3 năm 2023"

    /// The small record with an article: a real news item.
    static let good = SmallRecord.text + """
        article:
          section: Hoạt động của các tổ chức Đảng cơ sở
          headline: \(goodHeadline)
          published: 2023-03-07T09:15
          author: Trần Thị Hương
          unit: Chi bộ Văn phòng Sở
          lead: Sáng ngày 06/3/2023, Chi bộ Văn phòng Sở tổ chức sinh hoạt thường kỳ tháng 3 năm 2023.
          body:
            - Chi bộ đánh giá kết quả thực hiện nhiệm vụ tháng 2 năm 2023 và thống nhất nhiệm vụ tháng 3.

        """

    /// The small record titled `title`, with `photo` (lines of one `photos:` entry) after it:
    /// line 30 is `photos:`, line 31 the entry's first line.
    static func bad(_ title: String, photo: [String]) -> String {
        SmallRecord.with(line: 9, "title: \(title)") + "photos:\n" + photo.map { $0 + "\n" }.joined()
    }

    /// A JPEG with just the structure the photo check reads (SOI, APP0, a baseline frame
    /// header of the given size, a scan header, a little data, EOI).
    static func jpeg(width: Int, height: Int) -> Data {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]
        bytes += [0xFF, 0xC0, 0x00, 0x11, 0x08, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 0x03,
                  0x01, 0x22, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00]
        bytes += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x12, 0x34, 0xFF, 0x00, 0x56, 0x78, 0xFF, 0xD9]
        return Data(bytes)
    }

    /// The bad cases: record file, its title, its photo entry, and the exact line `bantin`
    /// prints for it (run from the scratch folder, records in `records/`).
    static let cases: [(file: String, title: String, photo: [String], message: String)] = [
        ("b-missing.yaml", "Ảnh thiếu tệp", ["  - file: photos/khong-co.jpg", "    caption: Ảnh không có"],
         "records/b-missing.yaml:31:11: error: photos[0].file: photos/khong-co.jpg does not exist"),
        ("c-truncated.yaml", "Ảnh JPEG bị cắt", ["  - file: photos/cat-ngang.jpg", "    caption: Ảnh bị cắt"],
         "records/c-truncated.yaml:31:11: error: photos[0].file: photos/cat-ngang.jpg is a truncated JPEG (the file ends before the end of its image data); copy the file again"),
        ("d-gif.yaml", "Ảnh GIF", ["  - file: photos/hoat-hinh.jpg", "    caption: Ảnh GIF"],
         "records/d-gif.yaml:31:11: error: photos[0].file: photos/hoat-hinh.jpg is a GIF image, not a JPEG or PNG image"),
        ("e-text.yaml", "Tệp chữ", ["  - file: photos/ghi-chu.jpg", "    caption: Tệp chữ"],
         "records/e-text.yaml:31:11: error: photos[0].file: photos/ghi-chu.jpg is a text file, not a JPEG or PNG image"),
        ("f-huge.yaml", "Ảnh quá lớn", ["  - file: photos/qua-lon.jpg", "    caption: Ảnh quá lớn"],
         "records/f-huge.yaml:31:11: error: photos[0].file: photos/qua-lon.jpg is 12000 × 8000 pixels; at most 10000 on a side"),
        ("g-caption.yaml", "Chú thích không có ảnh", ["  - caption: Chú thích không có ảnh"],
         "records/g-caption.yaml:31:5: error: photos[0]: a caption without a photo file"),
        // Issue 9: a photo out of the record's folder, one that fails only when decoded, a
        // size that would make a drawing matrix Cairo cannot invert.
        ("h-outside.yaml", "Ảnh ngoài thư mục", ["  - file: ../ngoai.jpg", "    caption: Ảnh của nơi khác"],
         "records/h-outside.yaml:31:11: error: photos[0].file: ../ngoai.jpg is outside the record's folder; use a file inside it, or allow its folder with --allow-folder DIR"),
        ("i-deflate.yaml", "Ảnh PNG hỏng dữ liệu", ["  - file: photos/hong.png", "    caption: Ảnh hỏng"],
         "records/i-deflate.yaml:31:11: error: photos[0].file: photos/hong.png is a PNG whose image data cannot be decoded (IDAT: invalid block type); save or copy it again"),
        ("j-tiny.yaml", "Ảnh quá nhỏ", ["  - file: photos/tot.jpg", "    width: 0.0001pt"],
         "records/j-tiny.yaml:32:12: error: photos[0].width: less than 0.1 mm is too narrow to print; a photo is at least 5 mm wide"),
    ]

    static func makeRecords(in scratch: Scratch) throws {
        try scratch.write("records/a-good.yaml", good)
        for bad in cases { try scratch.write("records/" + bad.file, Self.bad(bad.title, photo: bad.photo)) }
        let photos = scratch.file("records/photos")
        try FileManager.default.createDirectory(atPath: photos, withIntermediateDirectories: true)
        let photo = try #require(bytes(Fixtures.path("Examples/photos/toan-canh.jpg")))
        try photo.prefix(photo.count / 2).write(to: URL(fileURLWithPath: photos + "/cat-ngang.jpg"))
        try Data("GIF89a".utf8 + [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x3B])
            .write(to: URL(fileURLWithPath: photos + "/hoat-hinh.jpg"))
        try Data("Ảnh hội nghị sẽ gửi sau.\n".utf8).write(to: URL(fileURLWithPath: photos + "/ghi-chu.jpg"))
        try Self.jpeg(width: 12000, height: 8000).write(to: URL(fileURLWithPath: photos + "/qua-lon.jpg"))
        try Data(ImageBytes.jpeg(width: 64, height: 48)).write(to: URL(fileURLWithPath: scratch.file("ngoai.jpg")))
        try Data(ImageBytes.pngWithBadDeflate(width: 40, height: 30)).write(to: URL(fileURLWithPath: photos + "/hong.png"))
        try Data(ImageBytes.jpeg(width: 64, height: 48)).write(to: URL(fileURLWithPath: photos + "/tot.jpg"))
    }

    @Test func eachBadRecordIsNamedAndTheGoodItemIsStillPrinted() throws {
        let scratch = Scratch()
        try Self.makeRecords(in: scratch)
        let run = try Bantin.run(["bulletin", "records", "-o", "issue.pdf"], in: scratch.path)
        #expect(run.status == 1, "\(run)")
        for bad in Self.cases {
            #expect(run.errorLines.contains(bad.message), "no line \(bad.message)\n\(run)")
        }
        #expect(run.errorLines.count == Self.cases.count, "one line per bad record, no more:\n\(run.error)")

        let pdf = scratch.file("issue.pdf")
        try #require(FileManager.default.fileExists(atPath: pdf), "issue.pdf was not written")
        let text = folded(try PDF.rawText(pdf))
        #expect(text.contains(Self.goodHeadline), "the good item is missing")
        for bad in Self.cases { #expect(!text.contains(bad.title), "the bad record \(bad.file) was printed") }
        #expect(try Self.images(pdf).isEmpty, "an image of a bad record was embedded")
    }

    @Test(arguments: cases.map(\.file))
    func eachBadRecordAloneFailsWithItsLineAndWritesNothing(file: String) throws {
        let scratch = Scratch()
        try Self.makeRecords(in: scratch)
        let bad = try #require(Self.cases.first { $0.file == file })
        let run = try Bantin.run(["bulletin", "records/" + file, "-o", "issue.pdf"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.errorLines.first == bad.message, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("issue.pdf")), "a PDF without any item was written")
    }

    static func images(_ pdf: String) throws -> [String] {
        try PDF.tool("pdfimages", ["-list", pdf]).split(separator: "\n").dropFirst(2).map(String.init)
    }
}
