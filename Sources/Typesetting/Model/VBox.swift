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
            case .penalty, .keep: break
            }
        }
        return VBox(height: y, elements: elements, role: role)
    }
}
