import Documents
import Foundation
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// A phone photo's EXIF orientation reaches the layout: the news item places the upright size
/// and the image element carries the turn the renderer applies.
@Suite(.englishMessages) struct PhotoOrientationTests {
    @Test func aQuarterTurnedPhotoIsPlacedUpright() throws {
        var meeting = try BulletinFixtures.seed()
        let stored = Photo(file: "photos/dien-thoai.jpg", resolvedPath: "/photos/dien-thoai.jpg", caption: "Ảnh điện thoại",
                           format: "jpeg", pixelWidth: 4000, pixelHeight: 3000, contentID: "phone", dataBytes: 3_000_000,
                           orientation: 6, width: .points(150), after: 0)
        meeting.photos = [stored]
        let (_, pages, _) = try BulletinFixtures.issue([meeting], layout: "Layouts/bulletin.yaml")
        let images = pages.flatMap { $0.elements }.compactMap { element -> ImageElement? in
            if case .image(let image) = element { return image } else { return nil }
        }
        let image = try #require(images.first)
        #expect(image.size.width == 150 && image.size.height == 200, "\(image.size)")
        #expect(image.source.orientation == .right && image.source.dataBytes == 3_000_000)
        #expect(TraceRenderer().render(LaidOutDocument(pages: pages, info: DocumentInfo(title: "t"))).contains("150.00x200.00 jpeg dien-thoai.jpg turned=right"))
    }
}
