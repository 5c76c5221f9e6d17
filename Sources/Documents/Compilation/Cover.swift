import Records
import Typesetting

/// The booklet's cover: the publishing organisation, the title with the period, and the
/// place and date.
struct Cover {
    let make: BlockFactory
    let layout: Layout

    func blocks(publisher: Organization, period: Period, style: CompilationOptions.Style, date: CivilDate) throws(LayoutError) -> [any Block] {
        var blocks: [any Block] = []
        if let parent = publisher.parent { blocks.append(try make.paragraph(parent, "cover-parent")) }
        blocks.append(try make.paragraph(publisher.name, "cover-organization"))
        blocks.append(Spacer(try layout.spacing("cover-gap"), discardable: false))
        let key = style == .minutes ? "cover-title-minutes" : "cover-title-bulletin"
        let title = try Template.fill(try layout.string(key), ["period": period.vietnameseName.uppercased()])
        blocks.append(try make.paragraph(title, "cover-title"))
        blocks.append(try make.paragraph(try Template.fill(try layout.string("cover-period"),
                                                           ["first": VietnameseDate.short(period.first), "last": VietnameseDate.short(period.last)]),
                                         "cover-period"))
        blocks.append(Spacer(try layout.spacing("cover-gap"), discardable: false))
        blocks.append(try make.paragraph(VietnameseDate.dateLine(place: publisher.place, date: date), "cover-date"))
        return blocks
    }
}

/// The table of contents: sections and their meetings, the summary and the index, each with
/// dot leaders to its page and a link to it.
struct Contents {
    let make: BlockFactory
    let layout: Layout

    func blocks(sections: [Sections], pageOf: [String: Int], summaryTitle: String, indexTitle: String,
                indexPage: Int) throws(LayoutError) -> [any Block] {
        var blocks: [any Block] = [try make.paragraph(try layout.string("contents-title"), "contents-title", heading: true)]
        func entry(_ text: String, _ destination: String, _ page: Int?, _ styleName: String) throws(LayoutError) -> any Block {
            let style = try make.sheet.style(styleName)
            var reference = style.text
            reference.font = style.regular
            return LeaderEntry(InlineMarkup.spans(text, style: style), reference: TextSpan(page.map(String.init) ?? "", style: reference),
                               style: style.paragraph, destination: destination)
        }
        for (k, section) in sections.enumerated() {
            blocks.append(try entry(section.title, "section-\(k + 1)", pageOf["section-\(k + 1)"], "contents-section"))
            for item in section.meetings {
                blocks.append(try entry(item.entryTitle, item.anchor, pageOf[item.anchor], "contents-entry"))
            }
        }
        blocks.append(try entry(summaryTitle, "summary", pageOf["summary"], "contents-section"))
        blocks.append(try entry(indexTitle, "index", indexPage, "contents-section"))
        return blocks
    }
}
