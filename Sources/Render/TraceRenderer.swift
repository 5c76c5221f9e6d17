import Typesetting

/// Writes the pages of a document as plain text, one line per text line, per rule and per
/// image (top-left corner, upright size, format, file name, and how it is turned when it is):
/// the golden files of layout tests,
/// readable in a diff. Links (rectangle and target) and named destinations follow each
/// page's images; a document with an outline ends with it, one entry a line, indented by level.
///
/// ```
/// page 1 595.28x841.89 label=-
///   line y=70.87 x=85.04-510.24 [LiberationSerif-Bold 13] CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
///   rule 310.00,90.00-420.00,90.00 w=0.50
///   image 85.04,120.00 200.00x150.00 jpeg toan-canh.jpg
///   image 85.04,300.00 150.00x200.00 jpeg dien-thoai.jpg turned=right
///   link 85.00,120.00 300.00x14.00 -> dest:meeting-3
///   dest meeting-3 85.00,120.00
/// outline
///   Tháng 1/2023 -> dest:meeting-3
///     Hội nghị sơ kết -> dest:meeting-3
/// ```
///
/// With `unit: .millimetres` every position and size is in millimetres to 0.1 mm (font sizes
/// stay in points): the coarser form of the per-product golden traces, which moves only when a
/// change is visible on paper.
public struct TraceRenderer: Sendable {
    /// The unit of positions and sizes in a trace.
    public enum Unit: Sendable {
        /// Points to 0.01 pt.
        case points
        /// Millimetres to 0.1 mm.
        case millimetres
    }

    /// The unit positions and sizes are written in.
    public let unit: Unit

    /// Runs whose baselines differ by at most this much (points) belong to one line.
    static let baselineTolerance = 0.01
    /// A gap wider than this (points) between two runs of a line reads as a word space.
    static let spaceGap = 0.1
    /// A gap wider than this between runs on one baseline separates columns, not words: the
    /// widest justified space stays far below it.
    static let columnGap = 12.0

    public init(unit: Unit = .points) { self.unit = unit }

    /// A position or size in the trace's unit and precision.
    private func fixed(_ points: Double) -> String {
        switch unit {
        case .points: return TraceNumber.fixed(points)
        case .millimetres: return TraceNumber.fixed(points * 25.4 / 72, decimals: 1)
        }
    }

    /// The trace of every page, each line ending in a newline.
    public func render(_ document: LaidOutDocument) -> String {
        var out = ""
        for page in document.pages {
            out += "page \(page.index) \(fixed(page.size.width))x\(fixed(page.size.height))"
            out += " label=\(page.label ?? "-")\n"
            for case .watermark(let watermark) in page.elements {
                out += "  watermark \(watermark.text) \(fixed(watermark.centre.x)),\(fixed(watermark.centre.y))"
                out += " angle=\(TraceNumber.fixed(watermark.angle)) gray=\(TraceNumber.fixed(watermark.gray))\n"
            }
            for line in lines(of: page) { out += "  \(describe(line))\n" }
            for rule in sortedRules(of: page) {
                out += "  rule \(fixed(rule.from.x)),\(fixed(rule.from.y))"
                out += "-\(fixed(rule.to.x)),\(fixed(rule.to.y))"
                out += " w=\(TraceNumber.fixed(rule.thickness))\n"
            }
            for image in sortedImages(of: page) {
                out += "  image \(fixed(image.origin.x)),\(fixed(image.origin.y))"
                out += " \(fixed(image.size.width))x\(fixed(image.size.height))"
                out += " \(image.source.format.rawValue) \(Self.fileName(image.source.path))"
                out += image.source.orientation == .up ? "\n" : " turned=\(image.source.orientation)\n"
            }
            for link in sortedLinks(of: page) {
                out += "  link \(fixed(link.origin.x)),\(fixed(link.origin.y))"
                out += " \(fixed(link.size.width))x\(fixed(link.size.height))"
                out += " -> \(Self.describe(link.target))\n"
            }
            for destination in sortedDestinations(of: page) {
                out += "  dest \(destination.name)"
                out += " \(fixed(destination.point.x)),\(fixed(destination.point.y))\n"
            }
        }
        if !document.outline.isEmpty {
            out += "outline\n"
            Self.trace(document.outline, depth: 1, into: &out)
        }
        return out
    }

    /// `line y=… x=…-… [fonts] text` in the trace's unit.
    private func describe(_ line: TraceLine) -> String {
        "line y=\(fixed(line.y)) x=\(fixed(line.minX))-\(fixed(line.maxX)) [\(line.fonts.joined(separator: ", "))] \(line.text)"
    }

    /// The text lines of `page`: runs grouped by baseline, sorted by y, then x.
    public func lines(of page: Page) -> [TraceLine] {
        // Sort by baseline (then x, then drawing order, for a total order that never depends
        // on the sort algorithm), then cut wherever a run is off the line's first baseline.
        let runs = page.runs.enumerated().sorted { a, b in
            if a.element.origin.y != b.element.origin.y { return a.element.origin.y < b.element.origin.y }
            if a.element.origin.x != b.element.origin.x { return a.element.origin.x < b.element.origin.x }
            return a.offset < b.offset
        }.map(\.element)
        var groups: [[GlyphRun]] = []
        for run in runs {
            if let baseline = groups.last?.first?.origin.y,
               abs(run.origin.y - baseline) <= Self.baselineTolerance + 1e-9 {
                groups[groups.count - 1].append(run)
            } else {
                groups.append([run])
            }
        }
        // Runs of one baseline far apart belong to different columns (a header's left and
        // right blocks, table cells): each becomes its own line.
        let columns = groups.flatMap { group -> [[GlyphRun]] in
            var parts: [[GlyphRun]] = []
            for run in group.sorted(by: { $0.origin.x < $1.origin.x }) {
                if let last = parts.last?.last, run.origin.x - (last.origin.x + last.width) > Self.columnGap {
                    parts.append([run])
                } else if parts.isEmpty {
                    parts.append([run])
                } else {
                    parts[parts.count - 1].append(run)
                }
            }
            return parts
        }
        return columns.map(line(of:)).sorted { ($0.y, $0.minX) < ($1.y, $1.minX) }
    }

    /// Joins one baseline's runs left to right into a `TraceLine`.
    private func line(of group: [GlyphRun]) -> TraceLine {
        let runs = group.sorted { $0.origin.x < $1.origin.x }
        var text = ""
        var fonts: [String] = []
        var previous: GlyphRun?
        for run in runs {
            if let previous, needsSpace(between: previous, and: run, joinedSoFar: text) { text += " " }
            text += run.text
            let font = "\(run.font.postScriptName) \(TraceNumber.short(run.size))"
            if !fonts.contains(font) { fonts.append(font) }
            previous = run
        }
        return TraceLine(y: runs[0].origin.y,
                         minX: runs.map(\.origin.x).min()!,
                         maxX: runs.map { $0.origin.x + $0.width }.max()!,
                         text: text, fonts: fonts)
    }

    /// A space stands for a visible gap, unless the text already has one at the seam.
    private func needsSpace(between left: GlyphRun, and right: GlyphRun, joinedSoFar: String) -> Bool {
        let gap = right.origin.x - (left.origin.x + left.width)
        guard gap > Self.spaceGap else { return false }
        let leftEnds = joinedSoFar.last?.isWhitespace ?? true
        let rightStarts = right.text.first?.isWhitespace ?? true
        return !leftEnds && !rightStarts
    }

    /// Rules of `page`, in a fixed order: by start point (y, x), then end point, then width.
    private func sortedRules(of page: Page) -> [RuleElement] {
        let rules = page.elements.compactMap { element -> RuleElement? in
            if case .rule(let rule) = element { return rule } else { return nil }
        }
        return rules.sorted {
            ($0.from.y, $0.from.x, $0.to.y, $0.to.x, $0.thickness) < ($1.from.y, $1.from.x, $1.to.y, $1.to.x, $1.thickness)
        }
    }
}

extension TraceRenderer {
    /// Images of `page`, in a fixed order: by top-left corner (y, x), then size, then file.
    private func sortedImages(of page: Page) -> [ImageElement] {
        let images = page.elements.compactMap { element -> ImageElement? in
            if case .image(let image) = element { return image } else { return nil }
        }
        return images.enumerated().sorted { a, b in
            let (l, r) = (a.element, b.element)
            if (l.origin.y, l.origin.x, l.size.width, l.size.height) != (r.origin.y, r.origin.x, r.size.width, r.size.height) {
                return (l.origin.y, l.origin.x, l.size.width, l.size.height) < (r.origin.y, r.origin.x, r.size.width, r.size.height)
            }
            if l.source.path != r.source.path { return l.source.path < r.source.path }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Links of `page`, in a fixed order: by top-left corner (y, x), then size, then target.
    private func sortedLinks(of page: Page) -> [LinkElement] {
        let links = page.elements.compactMap { element -> LinkElement? in
            if case .link(let link) = element { return link } else { return nil }
        }
        return links.enumerated().sorted { a, b in
            let (l, r) = (a.element, b.element)
            if (l.origin.y, l.origin.x, l.size.width, l.size.height) != (r.origin.y, r.origin.x, r.size.width, r.size.height) {
                return (l.origin.y, l.origin.x, l.size.width, l.size.height) < (r.origin.y, r.origin.x, r.size.width, r.size.height)
            }
            let (lt, rt) = (Self.describe(l.target), Self.describe(r.target))
            if lt != rt { return lt < rt }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Destinations of `page`, by point (y, x), then name.
    private func sortedDestinations(of page: Page) -> [DestinationElement] {
        let destinations = page.elements.compactMap { element -> DestinationElement? in
            if case .destination(let destination) = element { return destination } else { return nil }
        }
        return destinations.sorted { ($0.point.y, $0.point.x, $0.name) < ($1.point.y, $1.point.x, $1.name) }
    }

    /// `dest:name` or `uri:address`.
    static func describe(_ target: LinkElement.Target) -> String {
        switch target {
        case .destination(let name): return "dest:\(name)"
        case .uri(let uri): return "uri:\(uri)"
        }
    }

    /// One line per outline entry, `  title -> dest:name`, indented two spaces per level.
    static func trace(_ entries: [OutlineEntry], depth: Int, into out: inout String) {
        for entry in entries {
            out += String(repeating: "  ", count: depth) + "\(entry.title) -> dest:\(entry.destination)\n"
            trace(entry.children, depth: depth + 1, into: &out)
        }
    }

    /// The last component of a path: traces stay the same wherever the files live.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }
}

/// One line of text in a trace: the runs of one baseline joined left to right.
public struct TraceLine: Sendable, Hashable, CustomStringConvertible {
    /// Baseline, in points from the top of the page.
    public var y: Double
    /// Left edge of the first run and pen position after the last, in points.
    public var minX: Double
    public var maxX: Double
    public var text: String
    /// "PostScriptName size" of each font used, in order of first use from the left.
    public var fonts: [String]

    public init(y: Double, minX: Double, maxX: Double, text: String, fonts: [String]) {
        self.y = y; self.minX = minX; self.maxX = maxX; self.text = text; self.fonts = fonts
    }

    /// The trace form: `line y=70.87 x=85.04-510.24 [LiberationSerif-Bold 13] text`.
    public var description: String {
        "line y=\(TraceNumber.fixed(y)) x=\(TraceNumber.fixed(minX))-\(TraceNumber.fixed(maxX))"
            + " [\(fonts.joined(separator: ", "))] \(text)"
    }
}

/// Number formatting for traces: exact, locale-free (never a decimal comma), no `-0.00`.
enum TraceNumber {
    /// Two decimals, rounded half away from zero: `12.5` → "12.50".
    static func fixed(_ value: Double) -> String { fixed(value, decimals: 2) }

    /// `decimals` decimals, rounded half away from zero: `fixed(12.25, decimals: 1)` → "12.3".
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((value * Double(scale)).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = scaled.magnitude
        guard decimals > 0 else { return "\(sign)\(magnitude)" }
        let fraction = String(magnitude % UInt64(scale))
        return "\(sign)\(magnitude / UInt64(scale)).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }

    /// Up to two decimals without trailing zeros, for font sizes: `13` → "13", `13.5` → "13.5".
    static func short(_ value: Double) -> String {
        var text = fixed(value)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
