import Records
import Typesetting

/// The index of people: chairs, secretaries, guests and speakers, sorted the Vietnamese way (given
/// name, then middle names, then family name, CLDR collation; docs/formatting-rules.md §5.1), each
/// with the body pages its name is printed on (`NameSearch` in the pages' `PageText`), linked to
/// the first.
struct PeopleIndex {
    let make: BlockFactory
    let layout: Layout

    func blocks(_ meetings: [Meeting], pages: [Page]) throws(LayoutError) -> [any Block] {
        let names = meetings.reduce(into: Set<String>()) { $0.formUnion($1.namesByRole) }
        let style = try make.sheet.style(.indexEntry)
        var reference = style.text
        reference.font = style.regular
        var blocks: [any Block] = []
        let sorted = PersonNameOrder.sorted(Array(names))
        let found = NameSearch(sorted).pages(in: pages.map(PageText.bytes))
        for (name, onPages) in zip(sorted, found) {
            guard let first = onPages.first else { continue }
            blocks.append(LeaderEntry(make.names.mark(InlineMarkup.spans(name, style: style)),
                                      reference: TextSpan(onPages.map(String.init).joined(separator: ", "), style: reference),
                                      style: style.paragraph, destination: "page-\(first)"))
        }
        return blocks
    }
}
