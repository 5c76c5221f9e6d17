import Records
import Typesetting

/// The signatures (secretary on the left, chair on the right) and the Nơi nhận list.
struct SignatureBlock {
    let make: BlockFactory
    let layout: Layout

    /// Both signatures in one unbreakable grid: labels in the first row, the space for the
    /// handwritten signature and the names in the second, so the names share a baseline
    /// however many lines either label takes.
    func signatures(for meeting: Meeting) throws(LayoutError) -> Table {
        let secretary = meeting.signers.secretary
        let chair = meeting.signers.chair
        func labels(_ signer: Signer?, _ key: StringKey) throws(LayoutError) -> [any Block] {
            let label = try layout.string(key)
            let lines: [String?]
            if layout.signatureLabelsFixed {
                // Mẫu 1.9: THƯ KÝ and CHỦ TỌA always; the signer's authority and position
                // (its note 5: the state position, if needed) under the label.
                let title = signer.map(\.title).flatMap { $0.uppercased() == label.uppercased() ? nil : $0 }
                lines = [label, signer?.authority, title]
            } else {
                lines = [signer?.authority, signer?.title ?? label]
            }
            return try lines.compactMap { $0 }.map { (l) throws(LayoutError) in try make.paragraph(l, .signatureLabel) }
        }
        let gap = try layout.spacing(.signatureSpace)
        func name(_ text: String) throws(LayoutError) -> [any Block] {
            [Spacer(gap, discardable: false), try make.paragraph(text, .signatureName)]
        }
        return try make.grid(.signature, rows: [
            [try labels(secretary, .secretaryLabel), try labels(chair, .chairLabel)],
            [try name(secretary?.name ?? meeting.secretary.name), try name(chair?.name ?? meeting.chair.name)],
        ], spaceBefore: try layout.spacing(.signatureBefore), role: "signature")
    }

    /// "Nơi nhận:" and its dashed items, the last one the archive line, in the left column.
    func recipients(for meeting: Meeting) throws(LayoutError) -> Table {
        var blocks: [any Block] = [try make.paragraph(try layout.string(.recipientsLabel), .recipientsLabel)]
        for recipient in meeting.recipients {
            blocks.append(try make.paragraph(try Template.fill(try layout.string(.recipient), ["recipient": recipient]),
                                             .recipientsItem))
        }
        blocks.append(try make.paragraph(try archiveLine(for: meeting), .recipientsItem))
        return try make.grid(.signature, rows: [[blocks, []]], spaceBefore: try layout.spacing(.recipientsBefore),
                             role: "recipients")
    }

    /// The archive template of layouts written before records could name their archive.
    static let archiveGivenDefaults = ["party": "- Lưu {archive}.", "state": "- Lưu: VT, {archive}."]

    /// The last line of Nơi nhận: what the record (or its settings) says the archive keeps,
    /// in the layout's `archive-given` template, else the layout's own `archive` line.
    func archiveLine(for meeting: Meeting) throws(LayoutError) -> String {
        guard let given = meeting.archive.map(ListItem.archive), !given.isEmpty else { return try layout.string(.archive) }
        let template = try layout.optionalString(.archiveGiven) ?? Self.archiveGivenDefaults[layout.regime] ?? "- Lưu {archive}."
        return try Template.fill(template, ["archive": given])
    }
}
