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
