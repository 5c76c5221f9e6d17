import Records
import Typesetting

/// The top of the first page: the issuing organisation, the word BẢN TIN, the issue number
/// and date, and a rule across the page.
struct Masthead {
    let make: BlockFactory
    let layout: Layout

    func blocks(organization: Organization, issue: Int?, date: CivilDate) throws(LayoutError) -> [any Block] {
        var blocks: [any Block] = []
        if let parent = organization.parent { blocks.append(try make.paragraph(parent, "masthead-parent")) }
        blocks.append(try make.paragraph(organization.name, "masthead-organization"))
        blocks.append(try make.paragraph(try layout.string("masthead-title"), "masthead-title"))
        let values = ["issue": issue.map(String.init) ?? "", "date": VietnameseDate.long(date),
                      "place": organization.place, "date-line": VietnameseDate.dateLine(place: organization.place, date: date)]
        let line = try Template.fill(try layout.string(issue == nil ? "masthead-line-no-issue" : "masthead-line"), values)
        blocks.append(try make.paragraph(line, "masthead-line"))
        blocks.append(try make.rule("masthead-rule"))
        return [Span(blocks)]
    }
}
