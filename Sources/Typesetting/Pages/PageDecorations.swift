/// What every page carries outside its text area: the page number.
struct PageDecorations {
    let setup: PageSetup

    func decorate(_ page: Page, index: Int, shaper: Shaper) -> Page {
        var page = page
        guard let numbering = setup.numbering else { return page }
        let number = numbering.firstNumber + index
        page.label = String(number)
        guard index > 0 || numbering.showOnFirstPage else { return page }
        let template = setup.template(forPage: index)
        let paragraph = Paragraph([TextSpan(String(number), style: numbering.style)],
                                  style: ParagraphStyle(alignment: .center, leading: numbering.style.size))
        let context = LayoutContext(shaper: shaper)
        for line in paragraph.typeset(width: template.textWidth, context: context) {
            page.elements += line.elements.map {
                $0.offset(dx: template.margins.left, dy: numbering.baseline - line.baseline)
            }
        }
        return page
    }
}
