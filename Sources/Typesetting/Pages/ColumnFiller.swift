/// What one column (or a one-column page) takes from the vertical list.
struct ColumnFill {
    /// Items placed, in order: boxes and the spaces between them.
    var placed: [Int] = []
    /// The first item the next column starts from (past a discarded break item).
    var next: Int
    /// Floats that did not fit and wait for the next page.
    var deferred: [Int] = []
    /// Height of the placed material, repeated table headers included.
    var height: Double = 0
    /// The column was cut where no break is allowed, because nothing legal fitted.
    var forced = false
    /// Floats set at the column's top before its material (moved there by balancing).
    var leadingFloats: [Int] = []
}

/// Fills one column as TeX's page builder fills a page (tex.web §980–§1008), with a ragged
/// bottom: it takes material until the next box no longer fits, remembering the cheapest
/// legal break seen so far, and cuts there.
///
/// A break's cost is its penalty plus a fill cost that grows with the space it leaves empty,
/// so of two equally legal breaks the fuller column wins. Penalties of `Penalty.never`
/// (widows, orphans, keeps) are never chosen unless nothing else fits, in which case the
/// column is cut before the box that overflows rather than losing content. A float that does
/// not fit is set aside for the next page and filling goes on after it.
struct ColumnFiller {
    let items: [VItem]
    let settings: PageBreakSettings
    /// Stop at a spanning box: on multi-column pages it ends the column segment.
    let stopAtSpans: Bool

    /// `breakAtStart` makes the column's start a legal break (cost 0), for a column that
    /// already holds floats: material that cannot start well below them waits for the next
    /// column or page instead of being cut where it must not be. `lastColumn`: the column ends
    /// the page, so a `Penalty.columnOnly` is no break in it.
    func fill(from start: Int, available: Double, deferFloats: Bool = true, breakAtStart: Bool = false,
              lastColumn: Bool = true) -> ColumnFill {
        let header = repeatedHeader(at: start)
        var height = header.reduce(0) { $0 + $1.height }
        var placed: [Int] = []
        var deferred: [Int] = []
        var best: (index: Int, cost: Double, count: Int, height: Double)? =
            breakAtStart ? (start - 1, settings.emptyPageCost, 0, height) : nil
        var sawBox = false

        func consider(_ index: Int, penalty: Int) {
            let empty = max(0, available - height) / available
            let cost = Double(penalty) + settings.emptyPageCost * empty * empty * empty
            if best.map({ cost <= $0.cost }) ?? true { best = (index, cost, placed.count, height) }
        }
        func cut(at index: Int, next: Int) -> ColumnFill {
            ColumnFill(placed: placed, next: next, deferred: deferred.filter { $0 < index }, height: height)
        }

        var index = start
        while index < items.count {
            switch items[index] {
            case .box(let box):
                if stopAtSpans && box.span { return cut(at: index, next: index) }
                let overflows = height + box.height > available + settings.fitTolerance
                // A float waits too when it fits but what must follow it would not.
                if box.float && deferFloats && sawBox
                    && height + box.height + followingHeight(after: index) > available + settings.fitTolerance {
                    deferred.append(index)
                    index += 1
                    // Its space below goes with it; the space above it stays for the text.
                    if index < items.count, case .space = items[index] { index += 1 }
                    continue
                }
                if (sawBox || breakAtStart) && overflows {
                    if let best {
                        var fill = ColumnFill(placed: Array(placed.prefix(best.count)), next: best.index + 1,
                                              deferred: deferred.filter { $0 < best.index }, height: best.height)
                        fill.placed = trimTrailingSpaces(fill.placed, height: &fill.height)
                        return fill
                    }
                    var fill = cut(at: index, next: index)
                    fill.forced = true
                    return fill
                }
                placed.append(index)
                height += box.height
                sawBox = true
            case .space(let amount):
                if index > start, items[index - 1].isBox, !keptAfter(index) { consider(index, penalty: 0) }
                placed.append(index)
                height += amount
            case .penalty(let value):
                if value <= Penalty.always && sawBox { return cut(at: index, next: index + 1) }
                if value == Penalty.columnOnly {
                    if !lastColumn && sawBox { consider(index, penalty: 0) }
                } else if value < Penalty.never && sawBox {
                    consider(index, penalty: value)
                }
            case .keep:
                break
            }
            index += 1
        }
        return cut(at: items.count, next: items.count)
    }

    /// Spaces at a column's foot take no room.
    private func trimTrailingSpaces(_ placed: [Int], height: inout Double) -> [Int] {
        var placed = placed
        while let last = placed.last, case .space(let amount) = items[last] {
            placed.removeLast()
            height -= amount
        }
        return placed
    }

    /// Whether the spaces from `index` on lead to a penalty or a keep: a keep written after a
    /// block's trailing space still holds, and a penalty there prices the break itself (TeX
    /// puts `\penalty` before the glue), so the space is no break of its own, free of it.
    func keptAfter(_ index: Int) -> Bool {
        var next = index + 1
        while next < items.count, case .space = items[next] { next += 1 }
        guard next < items.count else { return false }
        switch items[next] {
        case .penalty, .keep: return true
        default: return false
        }
    }

    /// Table header rows to repeat when a column starts inside a table.
    func repeatedHeader(at index: Int) -> [VBox] {
        guard index < items.count, case .box(let box) = items[index] else { return [] }
        return box.repeatedHeader
    }

    /// The height of what must follow the box at `index` on its page: the material up to
    /// the first legal page break after it (a headline's lead and the two lines orphan control
    /// keeps with it). Floats do not count: they can wait for the next page.
    func followingHeight(after index: Int) -> Double { following(after: index).height }

    /// `followingHeight`, and the index of that first legal page break.
    func following(after index: Int) -> (height: Double, end: Int) {
        var height = 0.0
        var next = index + 1
        while next < items.count {
            switch items[next] {
            case .box(let box):
                if !box.float { height += box.height }
            case .space(let amount):
                if items[next - 1].isBox, !keptAfter(next) { return (height, next) }
                height += amount
            case .penalty(let value):
                if value < Penalty.columnOnly { return (height, next) }
            case .keep:
                break
            }
            next += 1
        }
        return (height, next)
    }
}
