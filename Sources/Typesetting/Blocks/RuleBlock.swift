/// How long a horizontal rule is.
public enum RuleLength: Sendable {
    case points(Double)
    /// A fraction of the measure it is set in.
    case fractionOfMeasure(Double)
    /// A fraction of the widest line `text` takes when set in the rule's own measure (a rule
    /// under a heading, as long as it): measured when laid out, with the document's context,
    /// so a wrapped text gives the length of its longest line.
    case underText(Paragraph, fraction: Double)
}

/// A horizontal rule centred (or aligned) in its measure, in a box of its own height.
public struct RuleBlock: Block {
    public var length: RuleLength
    public var thickness: Double
    public var alignment: Alignment
    /// Height of the box the rule sits in; the rule is drawn at `offset` from its top.
    public var height: Double
    public var offset: Double
    public var keepWithNext: Bool

    public init(length: RuleLength, thickness: Double = 0.5, alignment: Alignment = .center,
                height: Double = 4, offset: Double = 1, keepWithNext: Bool = true) {
        self.length = length; self.thickness = thickness; self.alignment = alignment
        self.height = height; self.offset = offset; self.keepWithNext = keepWithNext
    }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        let length = min(width, resolvedLength(width: width, context: context))
        let x: Double
        switch alignment {
        case .center, .justify: x = (width - length) / 2
        case .left: x = 0
        case .right: x = width - length
        }
        let y = snap(offset + thickness / 2)
        let rule = RuleElement(from: Point(x: snap(x), y: y), to: Point(x: snap(x + length), y: y), thickness: thickness)
        var items: [VItem] = [.box(VBox(height: height, elements: [.rule(rule)], role: .block("rule")))]
        if keepWithNext { items.append(.penalty(Penalty.never)) }
        return items
    }

    func resolvedLength(width: Double, context: LayoutContext) -> Double {
        switch length {
        case .points(let value): return value
        case .fractionOfMeasure(let fraction): return width * fraction
        case .underText(let text, let fraction):
            let lines = text.typeset(width: width, context: context)
            return (lines.map { $0.maxX - $0.minX }.max() ?? 0) * fraction
        }
    }
}

/// Natural widths of text, without line breaking.
public enum TextMeasure {
    /// The width of `spans` set on one line at natural spacing.
    public static func width(of spans: [TextSpan], shaper: Shaper = .shared) -> Double {
        spans.reduce(0) { total, span in
            total + shaper.shape(span.text, font: span.style.font).width(font: span.style.font, size: span.style.size)
        }
    }
}
