import Records
import Typesetting

/// The booklet's cover: the publishing organisation, the title with the period, and the
/// place and date.
struct Cover {
    let make: BlockFactory
    let layout: Layout

    func blocks(publisher: Organization, period: Period, style: CompilationOptions.Style, date: CivilDate) throws(LayoutError) -> [any Block] {
        var blocks: [any Block] = []
        if let parent = publisher.parent { blocks.append(try make.paragraph(parent, .coverParent)) }
        blocks.append(try make.paragraph(publisher.name, .coverOrganization))
        blocks.append(Spacer(try layout.spacing(.coverGap), discardable: false))
        let key: StringKey = style == .minutes ? .coverTitleMinutes : .coverTitleBulletin
        let title = try Template.fill(try layout.string(key), ["period": period.vietnameseName.uppercased()])
        var coverTitle = try make.paragraph(title, .coverTitle)
        coverTitle.role = .heading(level: 1)
        blocks.append(coverTitle)
        blocks.append(try make.paragraph(try Template.fill(try layout.string(.coverPeriod),
                                                           ["first": VietnameseDate.short(period.first), "last": VietnameseDate.short(period.last)]),
                                         .coverPeriod))
        blocks.append(Spacer(try layout.spacing(.coverGap), discardable: false))
        blocks.append(try make.paragraph(VietnameseDate.dateLine(place: publisher.place, date: date), .coverDate))
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
        var blocks: [any Block] = [try make.paragraph(try layout.string(.contentsTitle), .contentsTitle, heading: true, level: 1)]
        func entry(_ text: String, _ destination: String, _ page: Int?, _ styleName: StyleKey) throws(LayoutError) -> any Block {
            let style = try make.sheet.style(styleName)
            var reference = style.text
            reference.font = style.regular
            return LeaderEntry(make.names.mark(InlineMarkup.spans(text, style: style)), reference: TextSpan(page.map(String.init) ?? "", style: reference),
                               style: style.paragraph, destination: destination)
        }
        for (k, section) in sections.enumerated() {
            blocks.append(try entry(section.title, "section-\(k + 1)", pageOf["section-\(k + 1)"], .contentsSection))
            for item in section.meetings {
                blocks.append(try entry(item.entryTitle, item.anchor, pageOf[item.anchor], .contentsEntry))
            }
        }
        blocks.append(try entry(summaryTitle, "summary", pageOf["summary"], .contentsSection))
        blocks.append(try entry(indexTitle, "index", indexPage, .contentsSection))
        return blocks
    }
}
