import Testing
@testable import Typesetting

/// `ImageStack`: images over one another in one box of a fixed height (a signature with a seal).
@Suite struct ImageStackTests {
    static let wide = ImageSource(path: "/sig.png", format: .png, pixelWidth: 600, pixelHeight: 240, id: "sig")
    static let round = ImageSource(path: "/seal.png", format: .png, pixelWidth: 425, pixelHeight: 425, id: "seal")

    @Test func imagesArePlacedFromTheCentreInOrderInOneBox() throws {
        let stack = ImageStack([
            .init(source: Self.wide, offset: Point(x: -75, y: 0), size: Size(width: 150, height: 60)),
            .init(source: Self.round, offset: Point(x: -127, y: -21), size: Size(width: 102, height: 102)),
        ], height: 60, role: "signature-image")
        let items = stack.layout(width: 280, context: LayoutContext())
        try #require(items.count == 1)
        guard case .box(let box) = items[0] else { Issue.record("not a box"); return }
        #expect(box.height == 60)
        let images = box.elements.compactMap { if case .image(let image) = $0 { return image } else { return nil } }
        #expect(images.map(\.source.id) == ["sig", "seal"])          // the seal drawn last, on top
        #expect(images[0].origin == Point(x: 65, y: 0))
        #expect(images[1].origin == Point(x: 13, y: -21))            // reaches above the box
        #expect(images[1].size == Size(width: 102, height: 102))
    }

    /// Property: whatever the offset, no image starts left of the measure.
    @Test(arguments: [-500.0, -141, -140, -20, 0, 30])
    func noImageStartsLeftOfTheMeasure(_ x: Double) throws {
        let stack = ImageStack([.init(source: Self.round, offset: Point(x: x, y: 0), size: Size(width: 102, height: 102))],
                               height: 10, role: "r")
        guard case .box(let box) = try #require(stack.layout(width: 280, context: LayoutContext()).first),
              case .image(let image) = try #require(box.elements.first) else { Issue.record("no image"); return }
        #expect(image.origin.x == max(140 + x, 0))
    }
}
