import Records
import Typesetting

/// The index of people: chairs, secretaries, guests and speakers, sorted the Vietnamese way
/// (given name, then middle names, then family name, CLDR collation; §5.1), each with the
/// body pages its name is printed on, linked to the first.
struct PeopleIndex {
    let make: BlockFactory
    let layout: Layout

    func blocks(_ meetings: [Meeting], pages: [Page]) throws(LayoutError) -> [any Block] {
        var names = Set<String>()
        for meeting in meetings {
            names.insert(meeting.chair.name)
            names.insert(meeting.secretary.name)
            for guest in meeting.guests { names.insert(guest.name) }
            for speech in meeting.speeches { names.insert(speech.speaker) }
        }
        // A page's text with its lines joined, so a name broken across lines is found.
        let texts = pages.map { page in
            page.runs.sorted { ($0.origin.y, $0.origin.x) < ($1.origin.y, $1.origin.x) }.map(\.text)
                .joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let style = try make.sheet.style("index-entry")
        var reference = style.text
        reference.font = style.regular
        var blocks: [any Block] = []
        for name in PersonNameOrder.sorted(Array(names)) {
            let onPages = texts.enumerated().filter { $0.element.contains(name) }.map { $0.offset + 1 }
            guard let first = onPages.first else { continue }
            blocks.append(LeaderEntry(InlineMarkup.spans(name, style: style),
                                      reference: TextSpan(onPages.map(String.init).joined(separator: ", "), style: reference),
                                      style: style.paragraph, destination: "page-\(first)"))
        }
        return blocks
    }
}
