extension Paragraph {
    /// The widest run between two places a line may break, at natural spacing, with the
    /// indents around it: an unbreakable span, a bound word or name, or one long word. The
    /// items are collected as `typeset` collects them, for a measure no run overflows.
    public func minimumWidth(context: LayoutContext) -> Double {
        let spans = self.spans.filter { !$0.text.isEmpty }
        guard !spans.isEmpty else { return 0 }
        let items = InlineContent(spans: spans, settings: context.settings.lineBreaking, ragged: style.alignment != .justify,
                                  balanced: style.balanced, centred: style.alignment == .center,
                                  words: style.words, ties: style.ties, measure: .infinity, shaper: context.shaper).items
        var widest = 0.0, run = 0.0
        for (index, item) in items.enumerated() {
            switch item.kind {
            case .box:
                run += item.width
            case .glue where index > 0 && items[index - 1].kind == .box:
                // A legal break: the glue itself vanishes at the line's end.
                widest = max(widest, run); run = 0
            case .glue:
                run += item.width
            case .penalty where item.penalty < Penalty.never:
                widest = max(widest, run + item.width); run = 0
            case .penalty:
                break
            }
        }
        return max(widest, run) + style.leftIndent + style.rightIndent + max(style.firstLineIndent, 0)
    }
}
