import Records
import Typesetting

/// The foot of a report: Nơi nhận on the left, level with the authority line, and the signature on
/// the right (authority, position, the signature image or room for a handwritten one, the name),
/// all centred on one axis (docs/formatting-rules.md §1.6, §1.9, checklist 15–18).
struct ReportSignature {
    let make: BlockFactory
    let layout: Layout

    func block(for report: Report) throws(LayoutError) -> Table {
        let signer = report.signer
        var right: [any Block] = []
        if let authority = signer.authority { right.append(try make.paragraph(authority, .signatureLabel)) }
        right.append(try make.paragraph(signer.title, .signatureLabel))
        let space = try layout.spacing(.signatureSpace)
        let seal = layout.allowsSeal ? signer.seal : nil
        if !report.draft, signer.signature != nil || seal != nil {
            right += try signatureImages(signer.signature, seal: seal, room: space, signer: signer.name ?? signer.title)
        } else {
            right.append(Spacer(space, discardable: false))
        }
        if let name = signer.name { right.append(try make.paragraph(name, .signatureName)) }

        var left: [any Block] = [try make.paragraph(try layout.string(.recipientsLabel), .recipientsLabel)]
        for recipient in report.recipients {
            left.append(try make.paragraph(try Template.fill(try layout.string(.recipient), ["recipient": ListItem.text(recipient)]),
                                           .recipientsItem))
        }
        let archive: String
        if let given = report.archive.map(ListItem.archive), !given.isEmpty {
            archive = try Template.fill(try layout.string(.archiveGiven), ["archive": given])
        } else {
            archive = try layout.string(.archive)
        }
        left.append(try make.paragraph(archive, .recipientsItem))

        // Nơi nhận stands level with the authority line (docs/formatting-rules.md §1.9): the grid
        // sets the cell whose first baseline is higher lower by the difference.
        return try make.grid(.signature, rows: [[left, right]], spaceBefore: try layout.spacing(.signatureBefore),
                             alignsFirstBaselines: true, role: "signature")
    }

    /// The signature image, centred in the room a handwritten one would take, never taller
    /// than that room nor wider than the layout's share of the column; the seal at its real
    /// size over the signature's left part, covering `seal-overlap` of its width (about a
    /// third, Decree 30, Appendix I, cell 8), centred on it vertically. Without a signature
    /// image the seal stands where a handwritten signature twice as wide as the room is tall
    /// would be.
    private func signatureImages(_ image: SignatureImage?, seal: SealImage?, room: Double, signer: String) throws(LayoutError) -> [any Block] {
        var placed: [ImageStack.Placed] = []
        var width = room * 2, height = room
        if let image {
            let source = ImageSource(path: image.resolvedPath, format: .png, pixelWidth: image.pixelWidth,
                                     pixelHeight: image.pixelHeight, id: image.contentID)
            let widest = try make.columnWidth(.signature, 1) * (try layout.fraction(.signatureImageWidth))
            width = min(widest, room / source.aspect)
            height = snap(width * source.aspect)
            placed.append(ImageStack.Placed(source: source, offset: Point(x: -width / 2, y: 0), size: Size(width: width, height: height)))
        }
        if let seal {
            guard let overlap = try layout.optionalFraction(.sealOverlap) else { throw .missing("fractions.seal-overlap") }
            let millimetre = 72 / 25.4
            let size = Size(width: seal.widthMillimetres * millimetre, height: seal.heightMillimetres * millimetre)
            let source = ImageSource(path: seal.image.resolvedPath, format: .png, pixelWidth: seal.image.pixelWidth,
                                     pixelHeight: seal.image.pixelHeight, id: seal.image.contentID)
            placed.append(ImageStack.Placed(source: source, offset: Point(x: -width / 2 + width * overlap - size.width,
                                                                           y: (height - size.height) / 2),
                                            size: size))
        }
        let margin = snap(max(room - height, 0) / 2)
        // A reader hears whose signature it is (the name is printed under it too).
        return [Spacer(margin, discardable: false),
                Tagged(.figure(alternateText: signer), [ImageStack(placed, height: height, role: "signature-image")]),
                Spacer(room - height - margin, discardable: false)]
    }
}
