import Records
import Typesetting

/// The top of the first page: the issuing organisation, the word BẢN TIN, the issue number
/// and date, and a rule across the page.
struct Masthead {
    let make: BlockFactory
    let layout: Layout

    func blocks(organization: Organization, issue: Int?, date: CivilDate) throws(LayoutError) -> [any Block] {
        var blocks: [any Block] = []
        if let parent = organization.parent { blocks.append(try make.paragraph(parent, .mastheadParent)) }
        blocks.append(try make.paragraph(organization.name, .mastheadOrganization))
        var title = try make.paragraph(try layout.string(.mastheadTitle), .mastheadTitle)
        title.role = .heading(level: 1)
        blocks.append(title)
        let values = ["issue": issue.map(String.init) ?? "", "date": VietnameseDate.long(date),
                      "place": organization.place, "date-line": VietnameseDate.dateLine(place: organization.place, date: date)]
        let line = try Template.fill(try layout.string(issue == nil ? .mastheadLineNoIssue : .mastheadLine), values)
        blocks.append(try make.paragraph(line, .mastheadLine))
        blocks.append(try make.rule(.mastheadRule))
        return [Span(blocks)]
    }
}
