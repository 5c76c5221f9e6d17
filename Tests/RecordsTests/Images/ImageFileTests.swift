import Foundation
import Testing
import TestSupport
@testable import Records

/// Reading the image file a record names: confinement to the record's folder, the probe
/// from the first bytes, the full decode, bytes after a JPEG's end, the EXIF orientation.
struct ImageFileTests {
    /// The diagnostics of reading `file` for a record at `folder/records/r.yaml`, as
    /// "severity: message" lines, and the file read (nil when refused).
    private func read(_ file: String, in folder: TempFolder, allowing allowed: [String] = []) -> (lines: [String], image: ImageFile?) {
        let context = DecodingContext(file: folder.path + "/records/r.yaml", convertLegacy: false, allowedFolders: allowed)
        let image = ImageFile.read(file, field: "photos[0].file", at: SourceLocation(file: context.file, line: 3, column: 11), context: context)
        return (context.diagnostics.map { "\($0.severity): \($0.message.en)" }, image)
    }

    private static let outside = "is outside the record's folder; use a file inside it, or allow its folder with --allow-folder DIR"

    @Test func aRecordReachesOnlyItsOwnFolderTree() throws {
        let folder = TempFolder()
        folder.write("records/photos/a.jpg", bytes: ImageBytes.jpeg(width: 64, height: 48))
        folder.write("elsewhere/b.jpg", bytes: ImageBytes.jpeg(width: 64, height: 48))
        #expect(read("photos/a.jpg", in: folder).image?.facts.pixelWidth == 64)
        // Absolute paths and ../ out of the folder, existing or not, get the same words, which
        // say nothing of what is there.
        #expect(read("/etc/passwd", in: folder).lines == ["error: /etc/passwd \(Self.outside)"])
        #expect(read("/etc/no-such-file.png", in: folder).lines == ["error: /etc/no-such-file.png \(Self.outside)"])
        #expect(read("../elsewhere/b.jpg", in: folder).lines == ["error: ../elsewhere/b.jpg \(Self.outside)"])
        #expect(read("photos/../../elsewhere/b.jpg", in: folder).lines == ["error: photos/../../elsewhere/b.jpg \(Self.outside)"])
        // A symlink out, to a file or to a folder (even to a missing file behind it).
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/records/photos/link.jpg", withDestinationPath: "/etc/shadow")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/records/out", withDestinationPath: folder.path + "/elsewhere")
        #expect(read("photos/link.jpg", in: folder).lines == ["error: photos/link.jpg \(Self.outside)"])
        #expect(read("out/b.jpg", in: folder).lines == ["error: out/b.jpg \(Self.outside)"])
        #expect(read("out/missing.jpg", in: folder).lines == ["error: out/missing.jpg \(Self.outside)"])
        // Inside, a missing file is named missing.
        #expect(read("photos/missing.jpg", in: folder).lines == ["error: photos/missing.jpg does not exist"])
        // A folder the user allows is reached, through a symlink too; its real path is kept.
        let allowed = read("../elsewhere/b.jpg", in: folder, allowing: [folder.path + "/elsewhere"])
        #expect(allowed.lines.isEmpty && allowed.image?.path == folder.path + "/elsewhere/b.jpg")
        #expect(read("out/b.jpg", in: folder, allowing: [folder.path + "/elsewhere"]).image?.path == folder.path + "/elsewhere/b.jpg")
    }

    @Test func aHugeFileThatIsNoImageIsRefusedFromItsHead() throws {
        let folder = TempFolder()
        let path = folder.write("records/big.jpg", bytes: [])
        // 1 GB of holes: only the first megabyte is ever read.
        #expect(truncate(path, 1 << 30) == 0)
        #expect(read("big.jpg", in: folder).lines == ["error: big.jpg is not a JPEG or PNG image"])
        // A FIFO named .jpg does not hang the run.
        #expect(mkfifo(folder.path + "/records/pipe.jpg", 0o600) == 0)
        #expect(read("pipe.jpg", in: folder).lines == ["error: pipe.jpg is not a regular file, not an image"])
    }

    @Test func bytesAfterTheJPEGsEndAreLeftOutWithAWarning() {
        let folder = TempFolder()
        let jpeg = ImageBytes.jpeg(width: 200, height: 100)
        folder.write("records/padded.jpg", bytes: jpeg + [UInt8](repeating: 0, count: 300_000))
        let (lines, image) = read("padded.jpg", in: folder)
        #expect(lines == ["warning: padded.jpg has 300000 bytes after the JPEG's end marker; they are left out of the PDF"])
        #expect(image?.dataBytes == jpeg.count)
        // The content id is the JPEG's own: the same photo unpadded has the same id.
        #expect(image?.contentID == SHA256.hex(jpeg))
    }

    @Test func damagedImageDataIsCaughtByTheFullDecode() {
        let folder = TempFolder()
        folder.write("records/cut.jpg", bytes: Array(ImageBytes.jpeg(width: 800, height: 600).dropLast(2000)))
        #expect(read("cut.jpg", in: folder).lines
            == ["error: cut.jpg is a truncated JPEG (the file ends before the end of its image data); copy the file again"])
        folder.write("records/garbage.jpg", bytes: ImageBytes.jpegWithGarbageScan(width: 64, height: 64))
        let garbage = read("garbage.jpg", in: folder).lines
        #expect(garbage.count == 1 && garbage[0].hasPrefix("error: garbage.jpg is a JPEG whose image data cannot be decoded ("), "\(garbage)")
        // Sound chunks (every CRC right), but the zlib data does not inflate.
        folder.write("records/deflate.png", bytes: ImageBytes.pngWithBadDeflate(width: 20, height: 20))
        #expect(read("deflate.png", in: folder).lines
            == ["error: deflate.png is a PNG whose image data cannot be decoded (IDAT: invalid block type); save or copy it again"])
        folder.write("records/filter.png", bytes: ImageBytes.png(width: 20, height: 20, filter: 9))
        #expect(read("filter.png", in: folder).lines
            == ["error: filter.png is a PNG whose image data cannot be decoded (bad adaptive filter value); save or copy it again"])
        let short = ImageBytes.pngFile(width: 20, height: 20, colour: 2, idat: ImageBytes.zlibStored([UInt8](repeating: 0, count: 61 * 10)))
        folder.write("records/short.png", bytes: short)
        // Rows missing: 10 of the 20 rows' bytes, in a sound zlib stream.
        #expect(read("short.png", in: folder).lines
            == ["error: short.png is a PNG whose image data cannot be decoded (Not enough image data); save or copy it again"])
        folder.write("records/good.png", bytes: ImageBytes.png(width: 20, height: 20, colour: 6))
        #expect(read("good.png", in: folder).image?.facts.hasTransparency == true)
    }

    @Test func exifOrientationInBothByteOrders() {
        let folder = TempFolder()
        for orientation in 1...8 {
            for order in [ImageBytes.ByteOrder.little, .big] {
                folder.write("records/o.jpg", bytes: ImageBytes.jpeg(width: 40, height: 30, orientation: orientation, byteOrder: order))
                #expect(read("o.jpg", in: folder).image?.facts.orientation == orientation, "\(orientation) \(order)")
            }
        }
        // No Exif, or a value out of range: as stored.
        #expect(ExifOrientation.find(in: ImageBytes.jpeg(width: 40, height: 30)) == nil)
        #expect(ExifOrientation.find(in: ImageBytes.jpeg(width: 40, height: 30, orientation: 9)) == nil)
        #expect(ExifOrientation.find(in: ImageBytes.jpeg(width: 40, height: 30, orientation: 6, byteOrder: .little)) == 6)
    }
}
