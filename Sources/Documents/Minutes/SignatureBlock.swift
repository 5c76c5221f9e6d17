import Records
import Typesetting

/// The signatures (secretary on the left, chair on the right) and the Nơi nhận list.
struct SignatureBlock {
    let make: BlockFactory
    let layout: Layout

    /// Both signatures in one unbreakable grid; the names share a baseline because the
    /// shorter label column is padded to the taller one.
    func signatures(for meeting: Meeting) throws(LayoutError) -> Table {
        let secretary = meeting.signers.secretary
        let chair = meeting.signers.chair
        let secretaryTitle = try layout.string("secretary-label", unless: secretary?.title)
        let chairTitle = try layout.string("chair-label", unless: chair?.title)
        let leftLabels = [secretary?.authority, secretaryTitle].compactMap { $0 }
        let rightLabels = [chair?.authority, chairTitle].compactMap { $0 }
        let labelStyle = try make.sheet.style("signature-label")
        let gap = try layout.spacing("signature-space")
        func column(_ labels: [String], pad: Int, name: String) throws(LayoutError) -> [any Block] {
            var blocks: [any Block] = try labels.map { (l) throws(LayoutError) in try make.paragraph(l, "signature-label") }
            if pad > 0 { blocks.append(Spacer(Double(pad) * labelStyle.paragraph.leading)) }
            blocks.append(Spacer(gap))
            blocks.append(try make.paragraph(name, "signature-name"))
            return blocks
        }
        let rows = max(leftLabels.count, rightLabels.count)
        let left = try column(leftLabels, pad: rows - leftLabels.count, name: secretary?.name ?? meeting.secretary.name)
        let right = try column(rightLabels, pad: rows - rightLabels.count, name: chair?.name ?? meeting.chair.name)
        return try make.grid("signature", rows: [[left, right]], spaceBefore: try layout.spacing("signature-before"),
                             role: "signature")
    }

    /// "Nơi nhận:" and its dashed items, the last one the archive line, in the left column.
    func recipients(for meeting: Meeting) throws(LayoutError) -> Table {
        var blocks: [any Block] = [try make.paragraph(try layout.string("recipients-label"), "recipients-label")]
        for recipient in meeting.recipients {
            blocks.append(try make.paragraph(try Template.fill(try layout.string("recipient"), ["recipient": recipient]),
                                             "recipients-item"))
        }
        blocks.append(try make.paragraph(try layout.string("archive"), "recipients-item"))
        return try make.grid("signature", rows: [[blocks, []]], spaceBefore: try layout.spacing("recipients-before"),
                             role: "recipients")
    }
}
