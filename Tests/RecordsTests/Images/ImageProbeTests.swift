import Testing
@testable import Records

/// The byte-level checks of photo files, on files built in the test.
struct ImageProbeTests {
    private func problem(_ bytes: [UInt8]) -> String? {
        if case .failure(let problem) = ImageProbe.probe(bytes) { return problem.message.en }
        return nil
    }

    private func facts(_ bytes: [UInt8]) -> ImageProbe.Facts? {
        try? ImageProbe.probe(bytes).get()
    }

    @Test func jpegSizeAndComponentsFromTheFrameHeader() {
        #expect(facts(TestImages.jpeg(width: 1200, height: 800)) == .init(format: "jpeg", pixelWidth: 1200, pixelHeight: 800))
        // Progressive (SOF2), extended (SOF1) and greyscale JPEGs are fine.
        #expect(facts(TestImages.jpeg(width: 640, height: 480, sof: 0xC2))?.pixelWidth == 640)
        #expect(facts(TestImages.jpeg(width: 640, height: 480, sof: 0xC1))?.pixelHeight == 480)
        #expect(facts(TestImages.jpeg(width: 10, height: 20, components: 1)) != nil)
        // Fill bytes before a marker, a restart-free DHT before the frame, zero padding after EOI.
        var padded = TestImages.jpeg(width: 30, height: 40)
        padded.insert(contentsOf: [0xFF, 0xFF, 0xC4, 0x00, 0x03, 0x00], at: 2)
        padded += [0, 0, 0]
        #expect(facts(padded) == .init(format: "jpeg", pixelWidth: 30, pixelHeight: 40))
    }

    @Test func badJPEGs() {
        // The end of the image data is the full decode's to check (ImageFileTests).
        #expect(problem(TestImages.jpeg(width: 1200, height: 800, end: false)) == nil)
        #expect(problem(Array(TestImages.jpeg(width: 1200, height: 800).prefix(12)))
            == "is a truncated JPEG (segment FF E0 at byte 2 runs past the end); copy the file again")
        #expect(problem([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xD9])
            == "is a corrupt JPEG (it has no SOF frame header)")
        #expect(problem([0xFF, 0xD8, 0xFF]) == "is a truncated JPEG (it ends before the frame header); copy the file again")
        #expect(problem([0xFF, 0xD8, 0x00, 0x11]) == "is a corrupt JPEG (no marker at byte 2)")
        #expect(problem([0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01, 0xFF, 0xD9]) == "is a corrupt JPEG (segment FF E1 at byte 2 has length 1)")
        #expect(problem(TestImages.jpeg(width: 1200, height: 800, components: 4)) == "is a CMYK JPEG; save it as RGB")
        #expect(problem(TestImages.jpeg(width: 0, height: 800)) == "is a corrupt JPEG (its size is 0 × 800 pixels)")
        #expect(problem(TestImages.jpeg(width: 800, height: 0, sof: 0xC2)) == "is a corrupt JPEG (its size is 800 × 0 pixels)")
        #expect(problem(TestImages.jpeg(width: 12000, height: 800)) == "is 12000 × 800 pixels; at most 10000 on a side")
        #expect(problem(TestImages.jpeg(width: 10000, height: 10000)) == nil)
        #expect(problem(TestImages.jpeg(width: 800, height: 10001)) == "is 800 × 10001 pixels; at most 10000 on a side")
        #expect(problem(TestImages.jpeg(width: 100, height: 100, sof: 0xC3))
            == "is a lossless JPEG, which PDF viewers cannot show; save it as a baseline RGB JPEG")
        #expect(problem(TestImages.jpeg(width: 100, height: 100, sof: 0xC9))
            == "is an arithmetic-coded JPEG, which PDF viewers cannot show; save it as a baseline RGB JPEG")
        #expect(problem(TestImages.jpeg(width: 100, height: 100, precision: 12))
            == "is a 12-bit JPEG, which PDF viewers cannot show; save it as a baseline RGB JPEG")
        #expect(problem(TestImages.jpeg(width: 100, height: 100, components: 2)) == "is a corrupt JPEG (2 colour components)")
    }

    /// Only the head of a file is probed: running out of it is no truncation, but headers
    /// too large to read; the same bytes as a whole file are truncated.
    @Test func probeFromTheHeadOnly() throws {
        var jpeg: [UInt8] = [0xFF, 0xD8]
        for _ in 0..<3 { jpeg += [0xFF, 0xE2, 0xFF, 0xFF] + [UInt8](repeating: 0x41, count: 65_533) }
        #expect(problem(jpeg) == "is a truncated JPEG (it ends before the frame header); copy the file again")
        if case .failure(let problem) = ImageProbe.probe(jpeg, isWholeFile: false) {
            #expect(problem.message.en == "is a JPEG whose headers before the image data exceed 1024 KB; save it again without extra metadata")
        } else {
            Issue.record("a head without a frame header was accepted")
        }
        // A head that reaches the frame header is enough, whatever follows.
        let head = Array(TestImages.jpeg(width: 4000, height: 3000).prefix(200))
        #expect(try ImageProbe.probe(head, isWholeFile: false).get().pixelWidth == 4000)
        let pngHead = Array(TestImages.png(width: 300, height: 300).prefix(60))
        #expect(try ImageProbe.probe(pngHead, isWholeFile: false).get().pixelHeight == 300)
    }

    @Test func pngSizeFromIHDR() {
        #expect(facts(TestImages.png(width: 300, height: 300)) == .init(format: "png", pixelWidth: 300, pixelHeight: 300))
        #expect(facts(TestImages.png(width: 7, height: 9, depth: 16, colour: 6))?.pixelHeight == 9)
        // Ancillary chunks between IHDR and IEND are walked over.
        let png = TestImages.png(width: 5, height: 6)
        let withText = Array(png.prefix(33)) + TestImages.chunk("tEXt", Array("Title\u{0}Logo".utf8)) + Array(png.dropFirst(33))
        #expect(facts(withText)?.pixelWidth == 5)
    }

    @Test func badPNGs() {
        let png = TestImages.png(width: 300, height: 300)
        // The probe stops at the first IDAT: what follows is the full decode's to check.
        #expect(problem(Array(png.dropLast(12))) == nil)
        #expect(problem(Array(png.prefix(33))) == "is a truncated PNG (it ends before its image data); copy the file again")
        #expect(problem(Array(png.prefix(20))) == "is a truncated PNG (chunk IHDR at byte 8 runs past the end); copy the file again")
        #expect(problem(Array(png.prefix(8))) == "is a truncated PNG (it ends before the IHDR chunk); copy the file again")
        let gammaFirst = ImageProbe.pngSignature + TestImages.chunk("gAMA", [0, 0, 0xB1, 0x8F]) + Array(png.dropFirst(8))
        #expect(problem(gammaFirst) == "is a corrupt PNG (the first chunk is gAMA, not IHDR)")
        let shortHeader = ImageProbe.pngSignature + TestImages.chunk("IHDR", Array(repeating: 1, count: 12))
        #expect(problem(shortHeader) == "is a corrupt PNG (its IHDR chunk has 12 bytes, not 13)")
        var flipped = png
        flipped[20] ^= 0xFF   // inside IHDR's data
        #expect(problem(flipped) == "is a corrupt PNG (chunk IHDR at byte 8 fails its CRC check)")
        #expect(problem(TestImages.png(width: 300, height: 300, depth: 4, colour: 2)) == "is a corrupt PNG (bit depth 4 with colour type 2)")
        #expect(problem(TestImages.png(width: 0, height: 300)) == "is a corrupt PNG (its size is 0 × 300 pixels)")
        #expect(problem(TestImages.png(width: 300, height: 12000)) == "is 300 × 12000 pixels; at most 10000 on a side")
        let noData = ImageProbe.pngSignature + Array(png[8..<33]) + TestImages.chunk("IEND", [])
        #expect(problem(noData) == "is a corrupt PNG (it has no IDAT image data)")
    }

    @Test func otherFormatsAreNamed() {
        #expect(problem(Array("GIF89a".utf8) + [1, 0, 1, 0, 0x80, 0, 0]) == "is a GIF image, not a JPEG or PNG image")
        #expect(problem(Array("RIFF".utf8) + [0x24, 0, 0, 0] + Array("WEBPVP8 ".utf8)) == "is a WebP image, not a JPEG or PNG image")
        #expect(problem(Array("BM".utf8) + [0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0, 1, 0])
            == "is a BMP image, not a JPEG or PNG image")
        #expect(problem([0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0]) == "is a TIFF image, not a JPEG or PNG image")
        #expect(problem([0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8]) == "is a TIFF image, not a JPEG or PNG image")
        #expect(problem(Array("%PDF-1.7\n".utf8)) == "is a PDF document, not a JPEG or PNG image")
        #expect(problem([0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0]) == "is a HEIC image, not a JPEG or PNG image")
        #expect(problem([0, 0, 0, 0x1C] + Array("ftypavif".utf8) + [0, 0, 0, 0]) == "is an AVIF image, not a JPEG or PNG image")
        #expect(problem(Array("Ảnh toàn cảnh hội nghị\nsee photos/\n".utf8)) == "is a text file, not a JPEG or PNG image")
        // "BM" at the start of text is still text.
        #expect(problem(Array("BMW and other notes about the photos".utf8)) == "is a text file, not a JPEG or PNG image")
        // Text cut by the 512-byte sample in the middle of a character is still text.
        #expect(problem(Array(String(repeating: "a", count: 511).utf8) + Array("ả".utf8)) == "is a text file, not a JPEG or PNG image")
        #expect(problem([0x00, 0x01, 0x02, 0x03, 0xFE]) == "is not a JPEG or PNG image")
        #expect(problem([]) == "is an empty file (0 bytes), not a JPEG or PNG image")
    }

    @Test func sha256() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Lengths around the padding boundaries, against Python's hashlib.
        let expected = [
            55: "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b",
            56: "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27",
            63: "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055",
            64: "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241",
            65: "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e",
            119: "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e",
            120: "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5",
            1000: "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371",
        ]
        for (count, digest) in expected {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }
            #expect(SHA256.hex(bytes) == digest, "length \(count)")
        }
    }

    @Test func photoWidths() throws {
        #expect(try PhotoWidth.parse("200pt").get() == .points(200))
        #expect(try PhotoWidth.parse("80mm").get() == .points(80 * 72 / 25.4))
        #expect(try PhotoWidth.parse("8cm").get() == .points(8 * 720 / 25.4))
        #expect(try PhotoWidth.parse("7.5 cm").get() == .points(7.5 * 720 / 25.4))
        #expect(try PhotoWidth.parse("60%").get() == .fraction(0.6))
        #expect(try PhotoWidth.parse("100%").get() == .fraction(1))
        for bad in ["80", "mm", "8,5cm", "-3cm", "1e2pt", "inf pt", ".cm", "80 MM", "80px"] {
            #expect(PhotoWidth.parse(bad) == .failure(.notAWidth), "\(bad)")
        }
        #expect(PhotoWidth.parse("0mm") == .failure(.notPositive))
        #expect(PhotoWidth.parse("0%") == .failure(.notPositive))
        #expect(PhotoWidth.parse("120%") == .failure(.moreThanTheColumn))
        #expect(PhotoWidth.fraction(0.5).points(inColumn: 400) == 200)
        #expect(PhotoWidth.points(150).points(inColumn: 400) == 150)
    }
}
