/// Vertical material, the page builder's input (TeX's vertical list, simplified): boxes that
/// never split, spaces that vanish at a page break, and penalties that price a break.
public enum VItem: Sendable {
    case box(VBox)
    /// Vertical glue; a page may break at a space that follows a box, and the space is dropped.
    case space(Double)
    /// A break opportunity with its cost: `Penalty.never` forbids, `Penalty.always` forces.
    case penalty(Int)
    /// Material around this point that must share a page (`Keep`); the page builder turns it
    /// into forbidden breaks before it fills pages, so it works wherever a block puts it.
    case keep(Keep)
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

