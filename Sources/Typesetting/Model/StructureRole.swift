/// What a piece of material is to a reader who does not see the page: the roles of tagged
/// PDF's standard structure types (ISO 32000-1 §14.8.4). A renderer that writes structure
/// tags maps each role to its tag; others ignore them.
public enum StructureRole: Sendable, Hashable {
    /// A heading of `level` 1 (the document's title) and below.
    case heading(level: Int)
    case paragraph
    case list
    case listItem
    /// A list item's label (its bullet or number), when it is set apart from the body.
    case listLabel
    case listBody
    /// A table of data (not a layout grid).
    case table
    case tableRow
    case headerCell
    case dataCell
    /// A picture; `alternateText` is what a reader hears instead (its caption).
    case figure(alternateText: String)
    case caption
    /// Page furniture that is not part of the document's content: running heads, page
    /// numbers, repeated table headers, crop marks.
    case artifact

    /// Whether the role holds content of its own; the others only group roles inside them.
    public var holdsContent: Bool {
        switch self {
        case .list, .listItem, .table, .tableRow, .artifact: return false
        default: return true
        }
    }
}
