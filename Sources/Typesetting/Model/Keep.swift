/// Material that must share a page, written into the vertical list where the block that wants
/// it lays itself out (TeX's `\nobreak`, `\clubpenalty` and `\widowpenalty` at their
/// infinite values, CSS's `break-before/after: avoid`). Being an item, a keep works however
/// deeply its block is nested: inside a group, a marked section or a span.
public enum Keep: Sendable, Hashable {
    /// No page break here nor among the last `boxes` boxes before this point: a signature
    /// with the last lines of the body, a note under a table with the table's last row.
    case withPrevious(boxes: Int)
    /// No page break here nor among the first `boxes` boxes after this point: a heading with
    /// the first lines of what follows, a line ending in ":" with what it introduces.
    case withNext(boxes: Int)
    /// No page break here nor among the first `boxes` boxes after this point, though the
    /// next column of the same page may take them: a news item's lead and its first lines,
    /// which stay on the page of their headline but may run on from one column to the next.
    case onPageWithNext(boxes: Int)
}

extension Array where Element == VItem {
    /// Turns every keep into forbidden breaks, as the page builder needs them: the keep itself
    /// becomes `Penalty.never` (`Penalty.columnOnly` for a keep on the page), the penalties it covers become `never`, and a space after a box
    /// that it covers (a break) gets a `never` before it, so it is no break either. A keep stops
    /// at a forced break, and floats (which may move to another page) are not counted.
    public mutating func resolveKeeps() {
        guard contains(where: { if case .keep = $0 { return true } else { return false } }) else { return }
        // Per item: 0 free, 1 a column break only (`Penalty.columnOnly`), 2 forbidden.
        var forbidden = [UInt8](repeating: 0, count: count)
        /// Marks the breaks from `index` on, stepping by `step`, until `boxes` boxes are passed.
        func forbid(from index: Int, step: Int, boxes: Int, level: UInt8 = 2) {
            var seen = 0
            var position = index
            while position >= 0, position < count, seen < boxes {
                switch self[position] {
                case .box(let box):
                    if !box.float { seen += 1 }
                    // Going back, the break above the last counted box stays free.
                    if step < 0 && seen == boxes { return }
                case .penalty(let value):
                    if value <= Penalty.always { return }
                    forbidden[position] = Swift.max(forbidden[position], level)
                case .space, .keep:
                    forbidden[position] = Swift.max(forbidden[position], level)
                }
                position += step
            }
        }
        for index in indices {
            guard case .keep(let keep) = self[index] else { continue }
            switch keep {
            case .withPrevious(let boxes):
                forbidden[index] = 2
                forbid(from: index - 1, step: -1, boxes: boxes)
            case .withNext(let boxes):
                forbidden[index] = 2
                forbid(from: index + 1, step: 1, boxes: boxes)
            case .onPageWithNext(let boxes):
                forbidden[index] = Swift.max(forbidden[index], 1)
                forbid(from: index + 1, step: 1, boxes: boxes, level: 1)
            }
        }
        var resolved: [VItem] = []
        resolved.reserveCapacity(count + count / 8)
        for (index, item) in enumerated() {
            let penalty = forbidden[index] == 2 ? Penalty.never : Penalty.columnOnly
            switch item {
            case .keep:
                resolved.append(.penalty(penalty))
            case .penalty(let value) where forbidden[index] > 0 && value < Penalty.never:
                resolved.append(.penalty(penalty))
            case .space where forbidden[index] > 0 && index > 0 && self[index - 1].isBox:
                resolved.append(.penalty(penalty))
                resolved.append(item)
            default:
                resolved.append(item)
            }
        }
        self = resolved
    }
}
