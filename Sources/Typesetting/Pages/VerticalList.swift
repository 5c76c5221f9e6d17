/// Vertical material, the page builder's input (TeX's vertical list, simplified): boxes that
/// never split, spaces that vanish at a page break, and penalties that price a break.
public enum VItem: Sendable {
    case box(VBox)
    /// Vertical glue; a page may break at a space that follows a box, and the space is dropped.
    case space(Double)
    /// A break opportunity with its cost: `Penalty.never` forbids, `Penalty.always` forces.
    case penalty(Int)
}

/// What a box is, for the page builder's checks and for tests that look for widows,
/// orphans and headings stranded at a page foot.
public enum BoxRole: Sendable, Hashable {
    /// Line `index` (0-based) of a paragraph of `count` lines; `paragraph` is unique per layout.
    case line(paragraph: Int, index: Int, count: Int)
    /// A heading or title line, which must never end a page.
    case heading
    /// Any other unbreakable block, named by its builder ("rule", "table-row", "signature").
    case block(String)
}

/// An unbreakable piece of a page: its height and drawing, relative to its top-left corner
/// (x measured from the left edge of the text area).
public struct VBox: Sendable {
    public var height: Double
    public var elements: [PageElement]
    public var role: BoxRole
    /// Boxes to draw first when a page starts with this box: a table's header rows.
    public var repeatedHeader: [VBox]
    /// Set across every column of a multi-column page (a headline over both columns).
    public var span: Bool = false
    /// May wait for the top of the next page when it does not fit, while the material after
    /// it goes on filling the current one (a photo).
    public var float: Bool = false
    /// A section title this box starts (TeX's \mark), which running heads show.
    public var mark: String? = nil

    public init(height: Double, elements: [PageElement], role: BoxRole, repeatedHeader: [VBox] = []) {
        self.height = height; self.elements = elements; self.role = role; self.repeatedHeader = repeatedHeader
    }

    /// Stacks vertical material into one box, dropping penalties and the spaces at its ends
    /// (used for table cells and other blocks that never split).
    public static func stack(_ items: [VItem], role: BoxRole) -> VBox {
        var trimmed = items[...]
        while let first = trimmed.first, !first.isBox { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, !last.isBox { trimmed = trimmed.dropLast() }
        var y = 0.0
        var elements: [PageElement] = []
        for item in trimmed {
            switch item {
            case .box(let box):
                elements += box.elements.map { $0.offset(dx: 0, dy: y) }
                y += box.height
            case .space(let amount): y += amount
            case .penalty: break
            }
        }
        return VBox(height: y, elements: elements, role: role)
    }
}

extension VItem {
    var isBox: Bool { if case .box = self { return true } else { return false } }

    /// `parts` one after another, in one array made at its exact size, each part emptied once
    /// copied. A document's material is the longest array its layout makes: grown by
    /// appending, two or three copies of it would be held at once while it grew.
    static func joining(_ parts: inout [[VItem]]) -> [VItem] {
        var joined: [VItem] = []
        joined.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for index in parts.indices {
            joined += parts[index]
            parts[index] = []
        }
        return joined
    }
}

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
