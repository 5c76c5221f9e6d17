extension PageElement {
    /// The same element moved by (dx, dy), positions snapped to the layout precision.
    public func offset(dx: Double, dy: Double) -> PageElement {
        switch self {
        case .text(var run):
            run.origin = run.origin.moved(dx: dx, dy: dy)
            run.glyphs = run.glyphs.offset(dx: dx, dy: dy)
            return .text(run)
        case .rule(var rule):
            rule.from = rule.from.moved(dx: dx, dy: dy)
            rule.to = rule.to.moved(dx: dx, dy: dy)
            return .rule(rule)
        case .image(var image):
            image.origin = image.origin.moved(dx: dx, dy: dy)
            return .image(image)
        case .link(var link):
            link.origin = link.origin.moved(dx: dx, dy: dy)
            return .link(link)
        case .destination(var destination):
            destination.point = destination.point.moved(dx: dx, dy: dy)
            return .destination(destination)
        case .watermark(var watermark):
            watermark.centre = watermark.centre.moved(dx: dx, dy: dy)
            return .watermark(watermark)
        case .structure:
            return self
        }
    }
}
