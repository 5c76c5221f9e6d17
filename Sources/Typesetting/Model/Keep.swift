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
}

extension Array where Element == VItem {
    /// Turns every keep into forbidden breaks, as the page builder needs them: the keep itself
    /// becomes `Penalty.never`, the penalties it covers become `never`, and a space after a box
    /// that it covers (a break) gets a `never` before it, so it is no break either. A keep stops
    /// at a forced break, and floats (which may move to another page) are not counted.
    public mutating func resolveKeeps() {
        guard contains(where: { if case .keep = $0 { return true } else { return false } }) else { return }
        var forbidden = [Bool](repeating: false, count: count)
        /// Marks the breaks from `index` on, stepping by `step`, until `boxes` boxes are passed.
        func forbid(from index: Int, step: Int, boxes: Int) {
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
                    forbidden[position] = true
                case .space, .keep:
                    forbidden[position] = true
                }
                position += step
            }
        }
        for index in indices {
            guard case .keep(let keep) = self[index] else { continue }
            forbidden[index] = true
            switch keep {
            case .withPrevious(let boxes): forbid(from: index - 1, step: -1, boxes: boxes)
            case .withNext(let boxes): forbid(from: index + 1, step: 1, boxes: boxes)
            }
        }
        var resolved: [VItem] = []
        resolved.reserveCapacity(count + count / 8)
        for (index, item) in enumerated() {
            switch item {
            case .keep:
                resolved.append(.penalty(Penalty.never))
            case .penalty where forbidden[index]:
                resolved.append(.penalty(Penalty.never))
            case .space where forbidden[index] && index > 0 && self[index - 1].isBox:
                resolved.append(.penalty(Penalty.never))
                resolved.append(item)
            default:
                resolved.append(item)
            }
        }
        self = resolved
    }
}
