import Testing
@testable import Typesetting

/// The eight EXIF orientations: where the stored image's corners land in the upright box, and
/// the upright aspect the layout uses.
struct ImageOrientationTests {
    private func map(_ orientation: ImageOrientation, _ u: Double, _ v: Double, in size: Size) -> Point {
        let m = orientation.placement(in: size)
        return Point(x: m.a * u + m.c * v + m.tx, y: m.b * u + m.d * v + m.ty)
    }

    @Test func theStoredTopLeftCornerLandsWhereTheTagSays() {
        let box = Size(width: 30, height: 40)
        // (stored top-left, stored top-right) in the upright box, from the tag's definition
        // ("row 0 is the visual top/right/bottom/left, column 0 is the visual left/top …").
        let expected: [ImageOrientation: (Point, Point)] = [
            .up: (Point(x: 0, y: 0), Point(x: 30, y: 0)),
            .upMirrored: (Point(x: 30, y: 0), Point(x: 0, y: 0)),
            .down: (Point(x: 30, y: 40), Point(x: 0, y: 40)),
            .downMirrored: (Point(x: 0, y: 40), Point(x: 30, y: 40)),
            .leftMirrored: (Point(x: 0, y: 0), Point(x: 0, y: 40)),
            .right: (Point(x: 30, y: 0), Point(x: 30, y: 40)),
            .rightMirrored: (Point(x: 30, y: 40), Point(x: 30, y: 0)),
            .left: (Point(x: 0, y: 40), Point(x: 0, y: 0)),
        ]
        for orientation in ImageOrientation.allCases {
            let (topLeft, topRight) = expected[orientation]!
            #expect(map(orientation, 0, 0, in: box) == topLeft, "\(orientation)")
            #expect(map(orientation, 1, 0, in: box) == topRight, "\(orientation)")
            // The whole box is covered: the far corner lands opposite the first.
            let far = map(orientation, 1, 1, in: box)
            #expect(far.x == 30 - topLeft.x && far.y == 40 - topLeft.y, "\(orientation)")
        }
    }

    @Test func aQuarterTurnSwapsTheUprightSides() {
        let stored = ImageSource(path: "/p.jpg", format: .jpeg, pixelWidth: 4000, pixelHeight: 3000, id: "p")
        #expect(stored.aspect == 0.75)
        for orientation in ImageOrientation.allCases {
            var source = stored
            source.orientation = orientation
            #expect(source.aspect == (orientation.rawValue >= 5 ? 4.0 / 3.0 : 0.75), "\(orientation)")
        }
    }
}
