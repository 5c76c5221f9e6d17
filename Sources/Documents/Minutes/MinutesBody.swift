import Records
import Typesetting

/// The body of minutes, section by section as the layout lists them.
struct MinutesBody {
    let make: BlockFactory
    let layout: Layout
    let values: [String: String]

    func blocks(for meeting: Meeting) throws(LayoutError) -> [any Block] {
        var blocks: [any Block] = []
        for (index, section) in layout.sections.enumerated() {
            if let parts = section.requires, !parts.contains(where: { MinutesValues.has($0, in: meeting) }) { continue }
            let style = section.style ?? .body
            func text() throws(LayoutError) -> String {
                guard let text = section.text else { throw .missing("sections[\(index)].text") }
                return Self.sentenceCase(try Template.fill(text, values))
            }
            switch section.kind {
            case "line":
                blocks.append(try make.paragraph(try text(), style))
            case "heading":
                blocks.append(try make.paragraph(try text(), section.style ?? .heading, heading: true))
            case "agenda":
                blocks += try agenda(meeting.agenda, lead: try text(), style: style)
            case "proceedings":
                blocks += try meeting.proceedings.map { (p) throws(LayoutError) in try make.paragraph(p, style) }
            case "conclusion":
                blocks += try meeting.conclusion.map { (p) throws(LayoutError) in try make.paragraph(p, style) }
            case "speeches":
                guard let template = section.text else { throw .missing("sections[\(index)].text") }
                for speech in meeting.speeches {
                    let filled = try Template.fill(template, ["speaker": speech.speaker, "text": speech.text,
                                                              "introduction": try introduction(of: speech, in: meeting)])
                    blocks.append(try make.paragraph(Self.sentenceCase(filled), style))
                }
            case "votes":
                blocks += try votes(meeting.votes, section: section)
            default:
                throw .invalid("sections[\(index)].kind", Localized.layoutUnknownSectionKind(section.kind).text())
            }
        }
        return blocks
    }

    /// A speaker as the layout introduces them, once, with the position the record gives
    /// (`đồng chí Nguyễn Đức Thắng, Phó Bí thư Thường trực …,`; state: `ông Đàm Văn Chính,
    /// Phó Giám đốc Sở,`), the form of address only when the record says it.
    private func introduction(of speech: Speech, in meeting: Meeting) throws(LayoutError) -> String {
        let (role, salutation) = meeting.introduction(of: speech)
        let values = ["name": speech.speaker, "addressed": MinutesValues.addressed(speech.speaker, salutation), "role": role ?? ""]
        if let role, !role.isEmpty {
            return try Template.fill(try layout.optionalString(.speakerWithRole) ?? "{name}, {role},", values)
        }
        return try Template.fill(try layout.optionalString(.speaker) ?? "{name}", values)
    }

    /// The agenda as the forms set it: one item on the lead's line (`- Nội dung: …`), several
    /// as a list under it, each item as written (its capital kept), `;` after each but the last.
    private func agenda(_ items: [String], lead: String, style: StyleKey) throws(LayoutError) -> [any Block] {
        let items = items.map(Self.withoutFinalStop).filter { !$0.isEmpty }
        guard items.count > 1 else {
            return try items.map { (item) throws(LayoutError) in try make.paragraph("\(lead) \(item).", style) }
        }
        var list: [Paragraph] = []
        for (index, item) in items.enumerated() {
            let template = index == items.count - 1 ? try layout.optionalString(.agendaLastItem) ?? "- {item}."
                : try layout.optionalString(.agendaItem) ?? "- {item};"
            list.append(try make.paragraph(try Template.fill(template, ["item": item]), style))
        }
        return [try make.paragraph(lead, style), make.list(list)]
    }

    /// An item without the `.` or `;` its writer may have ended it with.
    static func withoutFinalStop(_ item: String) -> String {
        var item = Substring(item)
        while let last = item.last, last == "." || last == ";" || last == " " { item = item.dropLast() }
        return String(item)
    }

    /// A sentence starting with a capital: a template that starts with a word filled in
    /// (`{meeting} kết thúc …`) starts the sentence with it.
    static func sentenceCase(_ text: String) -> String {
        guard let first = text.first, first.isLetter, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The votes as a ruled table (motion, for, against, other: count over base with the
    /// percentage), then a sentence naming the base when every vote shares one.
    private func votes(_ votes: [Vote], section: SectionSpec) throws(LayoutError) -> [any Block] {
        let headerStyle = StyleKey.tableHeader, cellStyle = StyleKey.tableCell, numberStyle = StyleKey.tableNumber
        func cell(_ text: String, _ style: StyleKey) throws(LayoutError) -> Table.Cell {
            Table.Cell([try make.paragraph(text, style)])
        }
        let pad = layout.padCounts
        func share(_ part: Int, _ vote: Vote) -> String {
            "\(VietnameseNumber.count(part, padded: pad))/\(vote.base) (\(VietnameseNumber.percent(part, of: vote.base)))"
        }
        var rows: [[Table.Cell]] = [[
            try cell(try layout.string(.votesMotion), headerStyle),
            try cell(try layout.string(.votesFor), headerStyle),
            try cell(try layout.string(.votesAgainst), headerStyle),
            try cell(try layout.string(.votesOther), headerStyle),
        ]]
        for vote in votes {
            rows.append([try cell(vote.motion, cellStyle), try cell(share(vote.for, vote), numberStyle),
                         try cell(share(vote.against, vote), numberStyle), try cell(share(vote.other, vote), numberStyle)])
        }
        let spacing = try layout.spacing(.tablePadding)
        let table = Table(columns: try layout.columns(.votes), rows: rows, headerRows: 1,
                          border: try layout.spacing(.tableBorder),
                          padding: Insets(top: spacing / 2, bottom: spacing / 2, left: spacing, right: spacing),
                          keepTogether: votes.count <= layout.keepTogetherRows, spaceBefore: try layout.spacing(.tableSpace),
                          spaceAfter: try layout.spacing(.tableSpace), role: "votes", isData: true,
                          keepYieldsToHoles: true)
        var blocks: [any Block] = [table]
        let bases = Set(votes.map { "\($0.base)|\($0.baseLabel ?? "")" })
        if bases.count == 1, let first = votes.first {
            let label = try layout.string(.votesBaseLabel, unless: first.baseLabel)
            let sentence = try Template.fill(try layout.string(.votesBase), ["base": String(first.base), "label": label])
            // The note explains the table: it never starts a page away from its last row.
            blocks.append(KeepWithPrevious(boxes: 1))
            blocks.append(try make.paragraph(sentence, .body))
        }
        return blocks
    }
}
