/// How wide an image is set.
public enum ImageWidth: Sendable, Hashable {
    case points(Double)
    /// A fraction of the measure (1 = the full column).
    case fraction(Double)
}

/// A photo with its caption: one unbreakable, floating box. The image keeps its aspect
/// ratio, is centred in the measure, never wider than it and never taller than a page.
public struct ImageBlock: Block {
    public var source: ImageSource
    public var width: ImageWidth
    /// The caption under the image, kept with it.
    public var caption: Paragraph?
    /// Space between the image and its caption.
    public var captionGap: Double
    public var spaceBefore: Double
    public var spaceAfter: Double
    public var floats: Bool
    /// Never break a page right after the photo (a photo between a lead and its text).
    public var keepWithNext: Bool
    /// What a reader hears instead of the picture; nil: the caption's text.
    public var alternateText: String?

    public init(source: ImageSource, width: ImageWidth = .fraction(1), caption: Paragraph? = nil,
                captionGap: Double = 4, spaceBefore: Double = 6, spaceAfter: Double = 6, floats: Bool = true,
                keepWithNext: Bool = false, alternateText: String? = nil) {
        self.source = source; self.width = width; self.caption = caption; self.captionGap = captionGap
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.floats = floats
        self.keepWithNext = keepWithNext; self.alternateText = alternateText
    }

    /// The figure's alternate text: the one given, else the caption's words.
    public var spokenText: String {
        alternateText ?? caption.map { $0.spans.map(\.text).joined() } ?? ""
    }

    public func layout(width measure: Double, context: LayoutContext) -> [VItem] {
        var captionParagraph = caption
        captionParagraph?.role = .caption
        let captionItems = captionParagraph?.layout(width: measure, context: context) ?? []
        let captionBox = VBox.stack(captionItems, role: .block("caption"))
        var imageWidth: Double
        switch width {
        case .points(let points): imageWidth = min(points, measure)
        case .fraction(let fraction): imageWidth = measure * min(max(fraction, 0), 1)
        }
        // A photo taller than a page would run off it: shrink it, aspect kept.
        let room = context.pageHeight - captionBox.height - captionGap
        if room.isFinite, imageWidth * source.aspect > room, room > 0 { imageWidth = room / source.aspect }
        let imageHeight = snap(imageWidth * source.aspect)
        let x = snap((measure - imageWidth) / 2)
        var elements: [PageElement] = [PageElement.image(ImageElement(source: source, origin: Point(x: x, y: 0),
                                                          size: Size(width: snap(imageWidth), height: imageHeight)))]
            .tagged(.figure(alternateText: spokenText))
        var height = imageHeight
        if !captionItems.isEmpty {
            height += captionGap
            elements += captionBox.elements.map { $0.offset(dx: 0, dy: height) }
            height += captionBox.height
        }
        var box = VBox(height: height, elements: elements, role: .block("photo"))
        box.float = floats
        var items: [VItem] = []
        if spaceBefore > 0 { items.append(.space(spaceBefore)) }
        items.append(.box(box))
        if keepWithNext { items.append(.penalty(Penalty.never)) }
        if spaceAfter > 0 { items.append(.space(spaceAfter)) }
        return items
    }
}
