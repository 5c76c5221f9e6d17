/// What every page carries outside its text area: the page number and the running head,
/// both page furniture (artifacts) to a reader that does not see the page.
struct PageDecorations {
    let setup: PageSetup

    /// Decorates every page; running heads need the marks of the pages before.
    ///
    /// In place: each page's element array is its only copy, so it grows where it is instead
    /// of a second set of arrays being made beside the first.
    func decorate(_ pages: inout [Page], shaper: Shaper) {
        var lastMark: String? = nil
        // Shaped once: every page shows the same line, only centred on its own size.
        let watermark = setup.watermark.flatMap { centredLine($0, shaper: shaper) }
        for index in pages.indices {
            let marks = pages[index].placed.compactMap(\.mark)
            let head = marks.first ?? lastMark
            lastMark = marks.last ?? lastMark
            number(&pages[index], index: index, shaper: shaper)
            if var element = watermark {
                let size = pages[index].size
                element.centre = Point(x: snap(size.width / 2), y: snap(size.height / 2))
                // First, so everything else is drawn over it.
                pages[index].elements.insert(.watermark(element), at: 0)
            }
            if let running = setup.runningHead, let head, index > 0 || running.showOnFirstPage {
                pages[index].elements += self.head(head, running, template: setup.template(forPage: index), shaper: shaper)
                    .tagged(.artifact)
            }
        }
    }

    /// The watermark's line, its runs centred on its own origin (the caller puts that origin
    /// at the page's centre).
    private func centredLine(_ watermark: Watermark, shaper: Shaper) -> WatermarkElement? {
        let paragraph = Paragraph([TextSpan(watermark.text, style: watermark.style)],
                                  style: ParagraphStyle(alignment: .left, leading: watermark.style.size))
        let lines = paragraph.typeset(width: 100_000, context: LayoutContext(shaper: shaper))
        guard lines.count == 1, let line = lines.first else { return nil }
        let runs = line.elements.compactMap { element -> GlyphRun? in if case .text(let run) = element { return run } else { return nil } }
        guard !runs.isEmpty else { return nil }
        // Centred on the middle of the capitals (a serif face's cap height is about 0.66 em),
        // which the eye takes for the line's centre.
        let capMiddle = 0.33 * watermark.style.size
        let dx = -(line.maxX + line.minX) / 2, dy = -line.baseline + capMiddle
        let centred = runs.map { run -> GlyphRun in
            guard case .text(let moved) = PageElement.text(run).offset(dx: dx, dy: dy) else { return run }
            return moved
        }
        return WatermarkElement(runs: centred, centre: Point(x: 0, y: 0), angle: watermark.angle, gray: watermark.gray)
    }

    private func number(_ page: inout Page, index: Int, shaper: Shaper) {
        guard let numbering = setup.numbering else { return }
        let number = numbering.text(numbering.firstNumber + index)
        page.label = number
        guard index > 0 || numbering.showOnFirstPage else { return }
        let template = setup.template(forPage: index)
        page.elements += line(number, style: numbering.style, alignment: .center, baseline: numbering.baseline,
                              template: template, shaper: shaper).tagged(.artifact)
    }

    private func head(_ text: String, _ running: RunningHead, template: PageTemplate, shaper: Shaper) -> [PageElement] {
        var elements = line(text, style: running.style, alignment: running.alignment, baseline: running.baseline,
                            template: template, shaper: shaper)
        if running.rule > 0 {
            let y = snap(running.baseline + running.ruleOffset)
            elements.append(.rule(RuleElement(from: Point(x: template.margins.left, y: y),
                                              to: Point(x: snap(template.size.width - template.margins.right), y: y),
                                              thickness: running.rule)))
        }
        return elements
    }

    /// One line of text set across the text width, its baseline at `baseline`.
    private func line(_ text: String, style: TextStyle, alignment: Alignment, baseline: Double,
                      template: PageTemplate, shaper: Shaper) -> [PageElement] {
        let paragraph = Paragraph([TextSpan(text, style: style)], style: ParagraphStyle(alignment: alignment, leading: style.size))
        let context = LayoutContext(shaper: shaper)
        guard let first = paragraph.typeset(width: template.textWidth, context: context).first else { return [] }
        return first.elements.map { $0.offset(dx: template.margins.left, dy: baseline - first.baseline) }
    }
}
