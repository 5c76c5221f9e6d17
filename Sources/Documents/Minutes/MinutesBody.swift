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
                return try Template.fill(text, values)
            }
            switch section.kind {
            case "line":
                blocks.append(try make.paragraph(try text(), style))
            case "heading":
                blocks.append(try make.paragraph(try text(), section.style ?? .heading, heading: true))
            case "proceedings":
                blocks += try meeting.proceedings.map { (p) throws(LayoutError) in try make.paragraph(p, style) }
            case "conclusion":
                blocks += try meeting.conclusion.map { (p) throws(LayoutError) in try make.paragraph(p, style) }
            case "speeches":
                guard let template = section.text else { throw .missing("sections[\(index)].text") }
                for speech in meeting.speeches {
                    blocks.append(try make.paragraph(try Template.fill(template, ["speaker": speech.speaker, "text": speech.text]), style))
                }
            case "votes":
                blocks += try votes(meeting.votes, section: section)
            default:
                throw .invalid("sections[\(index)].kind", Localized.layoutUnknownSectionKind(section.kind).text())
            }
        }
        return blocks
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
                          spaceAfter: try layout.spacing(.tableSpace), role: "votes")
        var blocks: [any Block] = [table]
        let bases = Set(votes.map { "\($0.base)|\($0.baseLabel ?? "")" })
        if bases.count == 1, let first = votes.first {
            let label = try layout.string(.votesBaseLabel, unless: first.baseLabel)
            let sentence = try Template.fill(try layout.string(.votesBase), ["base": String(first.base), "label": label])
            blocks.append(try make.paragraph(sentence, .body))
        }
        return blocks
    }
}
