import Foundation
import Testing
@testable import Records

/// The generated sample images in Examples/photos pass the photo checks as committed.
struct SamplePhotosTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/photos")

    @Test(arguments: [("toan-canh.jpg", "jpeg", 1200, 800), ("phat-bieu-chi-dao.jpg", "jpeg", 1000, 750), ("logo.png", "png", 300, 300)])
    func samplePhoto(_ name: String, _ format: String, _ width: Int, _ height: Int) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        #expect(data.count < 200_000, "\(name) is \(data.count) bytes")
        let facts = try ImageProbe.probe([UInt8](data)).get()
        #expect(facts == .init(format: format, pixelWidth: width, pixelHeight: height, hasTransparency: name == "logo.png"))
        if format == "jpeg" {
            // Baseline (SOF0) with three components, no EXIF.
            let bytes = [UInt8](data)
            #expect(bytes.indices.dropLast().contains { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC0 })
            #expect(!bytes.indices.dropLast().contains { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC2 })
            #expect(!bytes.starts(with: [0xFF, 0xD8, 0xFF, 0xE1]))
        }
    }
}
