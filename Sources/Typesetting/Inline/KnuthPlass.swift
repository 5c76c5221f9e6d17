import Foundation

/// An item of Knuth & Plass's paragraph model: boxes, glue and penalties.
public struct BreakItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case box, glue, penalty }
    public var kind: Kind
    public var width: Double
    public var stretch: Double
    public var shrink: Double
    /// Glue with infinite stretch (TeX's `fil`), as in the glue that ends a paragraph.
    public var infiniteStretch: Bool
    public var penalty: Int
    /// For boxes: whether this box starts a word (a syllable, in Vietnamese), to count the
    /// words on the last line.
    public var startsWord: Bool

    /// A box; `stretch` and `shrink` are those of the letter spacing between its letters, if
    /// any (justified text only).
    public static func box(_ width: Double, startsWord: Bool = true, stretch: Double = 0, shrink: Double = 0) -> BreakItem {
        BreakItem(kind: .box, width: width, stretch: stretch, shrink: shrink, infiniteStretch: false, penalty: 0, startsWord: startsWord)
    }
    public static func glue(_ width: Double, stretch: Double, shrink: Double, infinite: Bool = false) -> BreakItem {
        BreakItem(kind: .glue, width: width, stretch: stretch, shrink: shrink, infiniteStretch: infinite, penalty: 0, startsWord: false)
    }
    public static func penalty(_ cost: Int, width: Double = 0) -> BreakItem {
        BreakItem(kind: .penalty, width: width, stretch: 0, shrink: 0, infiniteStretch: false, penalty: cost, startsWord: false)
    }
}

/// A chosen line break: the item index it happens at, and the adjustment ratio of the line
/// that ends there (negative: shrunk; positive: stretched; 0 when it has infinite stretch).
public struct LineBreak: Sendable, Hashable {
    public var position: Int
    public var ratio: Double
}

/// Optimal-fit line breaking after Knuth & Plass, "Breaking Paragraphs into Lines" (1981),
/// with TeX's demerits (The TeXbook ch. 14; tex.web §851–§860): badness 100·r³, fitness
/// classes, adjacent-class demerits, a tolerance pass and an emergency pass, plus a cost for
/// a single word on the last line and TeX's looseness. A box may stretch and shrink too (the
/// letter spacing of justified text, `LineBreakSettings.letterStretch`): its stretch counts in
/// the line's total like glue's, as the extra glue of font expansion does in pdfTeX.
public struct KnuthPlass: Sendable {
    public var settings: LineBreakSettings

    public init(settings: LineBreakSettings = LineBreakSettings()) { self.settings = settings }

    /// The best breaks for `items` (which must end with a forced break), with line widths
    /// `width(lineIndex)`; lines after the second must all have `width(1)`'s width.
    ///
    /// `looseness` asks for that many more (or fewer) lines than the optimum when a feasible
    /// breaking with that count exists, as the page builder may ask. `emergencyStretch` is
    /// the extra stretch per line of the third pass. Never fails: when no breaking fits even
    /// then, the final pass allows overfull lines with huge demerits, as TeX does.
    public func breakLines(_ items: [BreakItem], width: (Int) -> Double, looseness: Int = 0,
                           emergencyStretch: Double = 0) -> [LineBreak] {
        precondition(!items.isEmpty, "a paragraph ends with a forced break")
        let prefix = Prefix(items)
        // TeX (tex.web §873): take a pass's result when it is feasible and, if a looseness
        // was asked for, reaches it; otherwise try the next pass, keeping the last result.
        var fallback: [LineBreak]? = nil
        let passes: [(Double, Double, Bool)] = [
            (settings.pretolerance, 0, false), (settings.tolerance, 0, false),
            (settings.tolerance, emergencyStretch, false), (.infinity, emergencyStretch, true),
        ]
        for (index, (tolerance, extra, final)) in passes.enumerated() {
            if index == 2 && emergencyStretch <= 0 { continue }
            guard let (breaks, achieved) = run(items, prefix, width, tolerance: tolerance, extra: extra,
                                               looseness: looseness, final: final) else { continue }
            // The first pass only saves work, as TeX's does; but a runt it leaves, or a tie it
            // breaks, may go in the second, whose feasible breakings include the first's (a
            // runt or a broken tie is avoided whenever the paragraph can be set otherwise
            // within tolerance).
            let keepsRunt = index == 0 && settings.runtDemerits > 0 && endsInRunt(breaks, items, prefix)
            let breaksTie = index == 0 && breaks.contains {
                items[$0.position].kind == .penalty && items[$0.position].penalty == settings.tieCost
            }
            if (achieved && !keepsRunt && !breaksTie) || final { return breaks }
            fallback = breaks
        }
        return fallback!
    }

    /// The best breaks whose every line stays within the tolerance, or nil when none exists
    /// (the first two passes only).
    public func breakWithinTolerance(_ items: [BreakItem], width: (Int) -> Double) -> [LineBreak]? {
        let prefix = Prefix(items)
        return run(items, prefix, width, tolerance: settings.pretolerance, extra: 0, looseness: 0, final: false).map(\.breaks)
            ?? run(items, prefix, width, tolerance: settings.tolerance, extra: 0, looseness: 0, final: false)
            .map(\.breaks)
    }

    /// Whether the last line of `breaks` holds a single word and there is a line before it.
    private func endsInRunt(_ breaks: [LineBreak], _ items: [BreakItem], _ sums: Prefix) -> Bool {
        guard breaks.count >= 2 else { return false }
        let start = Self.startOfLine(after: breaks[breaks.count - 2].position, items)
        return sums.words[breaks[breaks.count - 1].position] - sums.words[start] == 1
    }

    /// Running sums of widths, stretch and shrink, so any line's totals cost O(1).
    struct Prefix {
        var width: [Double], stretch: [Double], shrink: [Double], fil: [Int], words: [Int]
        init(_ items: [BreakItem]) {
            let n = items.count + 1
            width = .init(repeating: 0, count: n); stretch = width; shrink = width
            fil = .init(repeating: 0, count: n); words = fil
            for (i, item) in items.enumerated() {
                width[i + 1] = width[i]; stretch[i + 1] = stretch[i]; shrink[i + 1] = shrink[i]
                fil[i + 1] = fil[i]; words[i + 1] = words[i]
                switch item.kind {
                case .box:
                    width[i + 1] += item.width; stretch[i + 1] += item.stretch; shrink[i + 1] += item.shrink
                    if item.startsWord { words[i + 1] += 1 }
                case .glue:
                    width[i + 1] += item.width; stretch[i + 1] += item.stretch; shrink[i + 1] += item.shrink
                    if item.infiniteStretch { fil[i + 1] += 1 }
                case .penalty: break
                }
            }
        }
    }

    /// A feasible breakpoint on the way to the best breaking.
    final class Node {
        let position: Int          // index of the break item; the line after starts past it
        let start: Int             // first item of the next line (discardables skipped)
        let line: Int              // lines before this break
        let fitness: Int
        let demerits: Double
        let ratio: Double
        let previous: Node?
        init(position: Int, start: Int, line: Int, fitness: Int, demerits: Double, ratio: Double, previous: Node?) {
            self.position = position; self.start = start; self.line = line; self.fitness = fitness
            self.demerits = demerits; self.ratio = ratio; self.previous = previous
        }
    }

    private func run(_ items: [BreakItem], _ sums: Prefix, _ width: (Int) -> Double, tolerance: Double,
                     extra: Double, looseness: Int, final: Bool) -> (breaks: [LineBreak], achieved: Bool)? {
        var active: [Node] = [Node(position: -1, start: 0, line: 0, fitness: 1, demerits: 0, ratio: 0, previous: nil)]
        let distinguishLines = looseness != 0
        var lastDeactivated: Node? = nil

        for i in items.indices {
            let item = items[i]
            let legal: Bool
            switch item.kind {
            case .box: legal = false
            case .glue: legal = i > 0 && items[i - 1].kind == .box
            case .penalty: legal = item.penalty < Penalty.never
            }
            guard legal else { continue }
            let forced = item.kind == .penalty && item.penalty <= Penalty.always

            // Best candidate per (fitness, line) reaching this breakpoint.
            var best: [Int: (demerits: Double, node: Node, ratio: Double, fitness: Int, line: Int)] = [:]
            var survivors: [Node] = []
            survivors.reserveCapacity(active.count)
            for node in active {
                let lineWidth = width(node.line)
                var natural = sums.width[i] - sums.width[node.start]
                if item.kind == .penalty { natural += item.width }
                let stretch = sums.stretch[i] - sums.stretch[node.start] + extra
                let shrink = sums.shrink[i] - sums.shrink[node.start]
                let infinite = sums.fil[i] - sums.fil[node.start] > 0
                let ratio: Double
                if natural < lineWidth {
                    ratio = infinite ? 0 : (stretch > 0 ? (lineWidth - natural) / stretch : .infinity)
                } else if natural > lineWidth {
                    ratio = shrink > 0 ? (lineWidth - natural) / shrink : -.infinity
                } else {
                    ratio = 0
                }
                let deactivate = ratio < -1 || forced
                if !deactivate { survivors.append(node) } else { lastDeactivated = node }
                guard ratio >= -1 else { continue }
                let bad = badness(ratio)
                guard bad <= tolerance else { continue }
                var demerits = (settings.linePenalty + bad) * (settings.linePenalty + bad)
                if item.kind == .penalty {
                    let p = Double(item.penalty)
                    if item.penalty >= 0 { demerits += p * p } else if !forced { demerits -= p * p }
                }
                let fitness = fitnessClass(ratio)
                if abs(fitness - node.fitness) > 1 { demerits += settings.adjacentDemerits }
                if forced && i == items.count - 1 && sums.words[i] - sums.words[node.start] == 1 && node.line > 0 {
                    demerits += settings.runtDemerits
                }
                let total = node.demerits + demerits
                let key = fitness * 1_000_003 + (distinguishLines ? node.line + 1 : 0)
                if best[key].map({ total < $0.demerits }) ?? true {
                    best[key] = (total, node, ratio, fitness, node.line + 1)
                }
            }
            active = survivors

            // TeX's rescue in the final pass: never let the active list run dry; break
            // here from the last node we had, overfull, with huge demerits.
            if best.isEmpty && active.isEmpty && final, let node = lastDeactivated {
                let ratio = -1.0
                best[0] = (node.demerits + 1e12, node, ratio, 3, node.line + 1)
            }
            let nextStart = Self.startOfLine(after: i, items)
            for key in best.keys.sorted() {
                let candidate = best[key]!
                active.append(Node(position: i, start: nextStart, line: candidate.line, fitness: candidate.fitness,
                                   demerits: candidate.demerits, ratio: candidate.ratio, previous: candidate.node))
            }
            if active.isEmpty { return nil }
        }

        // Only nodes at the final forced break remain.
        let finals = active.filter { $0.position == items.count - 1 }
        guard !finals.isEmpty else { return nil }
        var chosen = finals.min { ($0.demerits, $0.line) < ($1.demerits, $1.line) }!
        var achieved = true
        if looseness != 0 {
            let target = chosen.line + looseness
            let closest = finals.min {
                (abs($0.line - target), $0.demerits) < (abs($1.line - target), $1.demerits)
            }!
            chosen = closest
            achieved = closest.line == target
        }
        var breaks: [LineBreak] = []
        var node: Node? = chosen
        while let current = node, current.position >= 0 {
            breaks.append(LineBreak(position: current.position, ratio: current.ratio))
            node = current.previous
        }
        return (breaks.reversed(), achieved)
    }

    /// The largest ratio a line within the tolerance is set with: 100·r³ = tolerance.
    public var toleranceRatio: Double { cbrt(settings.tolerance / 100) }

    /// TeX's badness: 100·|r|³, capped at 10 000 (tex.web §108); infinite when the line
    /// cannot stretch at all.
    func badness(_ ratio: Double) -> Double {
        if ratio.isInfinite { return ratio > 0 ? .infinity : 10_000 }
        return min(10_000, 100 * abs(ratio * ratio * ratio))
    }

    /// Fitness classes of tex.web §817: 0 very loose, 1 loose, 2 decent, 3 tight.
    func fitnessClass(_ ratio: Double) -> Int {
        if ratio < -0.5 { return 3 }
        if ratio <= 0.5 { return 2 }
        if ratio <= 1 { return 1 }
        return 0
    }

    /// The first item of the line after a break at `position`: glue and penalties after a
    /// break are discarded, up to the next box or forced break.
    static func startOfLine(after position: Int, _ items: [BreakItem]) -> Int {
        var index = position + 1
        while index < items.count {
            let item = items[index]
            if item.kind == .box { break }
            if item.kind == .penalty && item.penalty <= Penalty.always && index > position + 1 { break }
            index += 1
        }
        return index
    }
}
