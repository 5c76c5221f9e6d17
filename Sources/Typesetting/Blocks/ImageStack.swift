/// Images drawn over one another in one unbreakable box of a fixed height, later ones on top:
/// a signature with a seal stamped across it. Each image is placed from the measure's centre
/// (x) and the box's top (y) and may reach above or below the box, over what stands there; it
/// never starts left of the measure.
public struct ImageStack: Block {
    /// One image and where it goes.
    public struct Placed: Sendable {
        public var source: ImageSource
        /// The image's left edge from the measure's centre, and its top from the box's top.
        public var offset: Point
        public var size: Size
        public init(source: ImageSource, offset: Point, size: Size) {
            self.source = source; self.offset = offset; self.size = size
        }
    }

    public var images: [Placed]
    public var height: Double
    public var role: String

    public init(_ images: [Placed], height: Double, role: String) {
        self.images = images; self.height = height; self.role = role
    }

    public func layout(width measure: Double, context: LayoutContext) -> [VItem] {
        let elements = images.map { placed in
            PageElement.image(ImageElement(source: placed.source,
                                           origin: Point(x: snap(max(measure / 2 + placed.offset.x, 0)), y: snap(placed.offset.y)),
                                           size: Size(width: snap(placed.size.width), height: snap(placed.size.height))))
        }
        return [.box(VBox(height: height, elements: elements, role: .block(role)))]
    }
}
