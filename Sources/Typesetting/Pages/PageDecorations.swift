/// What every page carries outside its text area: the page number and the running head.
struct PageDecorations {
    let setup: PageSetup

    /// Decorates every page; running heads need the marks of the pages before.
    ///
    /// In place: each page's element array is its only copy, so it grows where it is instead
    /// of a second set of arrays being made beside the first.
    func decorate(_ pages: inout [Page], shaper: Shaper) {
        var lastMark: String? = nil
        for index in pages.indices {
            let marks = pages[index].placed.compactMap(\.mark)
            let head = marks.first ?? lastMark
            lastMark = marks.last ?? lastMark
            number(&pages[index], index: index, shaper: shaper)
            if let running = setup.runningHead, let head, index > 0 || running.showOnFirstPage {
                pages[index].elements += self.head(head, running, template: setup.template(forPage: index), shaper: shaper)
            }
        }
    }

    private func number(_ page: inout Page, index: Int, shaper: Shaper) {
        guard let numbering = setup.numbering else { return }
        let number = numbering.text(numbering.firstNumber + index)
        page.label = number
        guard index > 0 || numbering.showOnFirstPage else { return }
        let template = setup.template(forPage: index)
        page.elements += line(number, style: numbering.style, alignment: .center, baseline: numbering.baseline,
                              template: template, shaper: shaper)
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
