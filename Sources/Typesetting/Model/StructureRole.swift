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

/// Where material of a role begins and ends among a page's elements. Marks nest; a role may
/// begin on one page and end on a later one.
public enum StructureMark: Sendable, Hashable {
    case begin(StructureRole)
    case end
}

extension Array where Element == PageElement {
    /// The elements inside a begin and an end mark of `role`.
    public func tagged(_ role: StructureRole) -> [PageElement] {
        isEmpty ? self : [.structure(.begin(role))] + self + [.structure(.end)]
    }

    /// The elements without their structure marks, as page furniture (a table header
    /// repeated on a continuation page is not the table's content a second time).
    public func asArtifact() -> [PageElement] {
        filter { if case .structure = $0 { return false } else { return true } }.tagged(.artifact)
    }
}

extension Array where Element == VItem {
    /// The material with `role` beginning in its first box and ending in its last.
    public func tagged(_ role: StructureRole) -> [VItem] {
        guard let first = firstIndex(where: \.isBox), let last = lastIndex(where: \.isBox) else { return self }
        var items = self
        if case .box(var box) = items[first] {
            box.elements.insert(.structure(.begin(role)), at: 0)
            items[first] = .box(box)
        }
        if case .box(var box) = items[last] {
            box.elements.append(.structure(.end))
            items[last] = .box(box)
        }
        return items
    }
}
