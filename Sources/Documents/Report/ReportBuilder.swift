import Records
import Typesetting

/// Builds a report (báo cáo) for signature from a report record whose placeholders have been
/// filled, in the form its layout describes: Party (HD 36) or state (Decree 30). A draft
/// carries its marking, a blank number and day, and no signature image
/// (docs/formatting-rules.md §1.10, checklist item 22).
public struct ReportBuilder: Sendable {
    public let sheet: StyleSheet
    public var layout: Layout { sheet.layout }

    /// `words`: the word list the caller loaded (`StyleSheet`).
    public init(layout: Layout, fonts: FontLibrary, words: WordJoins) throws(LayoutError) {
        try layout.expect(product: "report")
        self.sheet = try StyleSheet(layout: layout, fonts: fonts, words: words)
    }

    /// The document for `report`, whose texts are already filled from `figures`; the people
    /// `meetings` name (the period's), like the signer, are never split across lines.
    public func build(_ given: Report, figures: ReportFigures, meetings: [Meeting] = [],
                      options: ReportOptions = ReportOptions()) throws(LayoutError) -> BuiltDocument {
        let report = BodyEnd.marked(given, mark: try layout.optionalString(.bodyEnd) ?? "")
        let names = [report.signer.name].compactMap { $0 } + meetings.flatMap(\.protectedNames)
        let make = BlockFactory(sheet: sheet, names: ProtectedNames(names))
        var blocks: [any Block] = []
        if report.draft { blocks.append(try draftMark(report, make: make)) }
        blocks += try DocumentHeader(make: make, layout: layout, organization: report.organization,
                                     number: try numberLine(report), dateLine: try dateLine(report)).blocks()
        blocks += try make.titleGroup(title: try layout.string(.title, unless: report.title), summary: report.summary)
        if !report.addressees.isEmpty {
            blocks.append(try Addressees(make: make, layout: layout).block(report.addressees))
        }
        let body = ReportBody(make: make, layout: layout, figures: figures)
        blocks += try body.blocks(report.opening)
        blocks += try body.blocks(report.parts)
        blocks += try body.blocks(report.closing)
        // The signature never stands alone at the top of a page: the last lines of the body
        // go with it.
        blocks.append(KeepWithPrevious(boxes: layout.signatureKeepsLines))
        blocks.append(try ReportSignature(make: make, layout: layout).block(for: report))

        var setup = try sheet.pageSetup()
        if options.watermark && report.draft {
            guard let spec = layout.page.watermark else { throw .missing("page.watermark") }
            setup.watermark = Watermark(text: try layout.string(.watermark), style: try sheet.style(spec.style).text,
                                        angle: spec.angle, gray: spec.gray)
        }
        let info = DocumentInfo(
            title: try Template.fill(try layout.string(.documentTitle), ["summary": report.summary]),
            author: report.organization.name, subject: report.summary,
            keywords: try layout.string(.keywords), creator: options.creator,
            language: BuiltDocument.language,
            creationDate: options.creationDate ?? DocumentDate.iso(report.date, nil))
        return BuiltDocument(setup: setup, blocks: blocks, info: info)
    }

    /// `DỰ THẢO` (state) or `Dự thảo lần N` (Party) in a framed box above the header.
    private func draftMark(_ report: Report, make: BlockFactory) throws(LayoutError) -> Framed {
        let text: String
        if let round = report.round {
            text = try Template.fill(try layout.string(.draftMark), ["round": String(round)])
        } else {
            text = try layout.string(.draftMarkFirst)
        }
        // Each line on one line, the frame as wide as the widest (measured as it is laid out).
        var lines: [Paragraph] = []
        for line in text.split(separator: "\n").map(String.init) {
            var paragraph = try make.paragraph(line, .draftMark, unbreakable: true)
            paragraph.style.alignment = .center
            lines.append(paragraph)
        }
        let padding = try layout.spacing(.draftMarkPadding)
        let border = try layout.spacing(.draftMarkBorder)
        return Framed(lines, width: .infinity,
                      padding: Insets(top: padding, bottom: padding, left: padding + border, right: padding + border),
                      border: border, alignment: try sheet.style(.draftMark).paragraph.alignment,
                      spaceAfter: try layout.spacing(.draftMarkAfter), role: "draft-mark", fitsUnbreakableLines: true)
    }

    /// `Số 45-BC/ĐU`, or on a draft the number left blank: `Số      -BC/ĐU`.
    private func numberLine(_ report: Report) throws(LayoutError) -> String {
        let number = report.draft ? nil : report.number.map { VietnameseNumber.count($0, padded: true) }
        return try Template.fill(try layout.string(.number), [
            "number": try layout.string(.numberBlank, unless: number), "code": report.organization.code,
        ])
    }

    /// `Lạng Sơn, ngày 30 tháng 6 năm 2023`; a draft leaves the day and month blank.
    private func dateLine(_ report: Report) throws(LayoutError) -> String {
        guard report.draft else { return VietnameseDate.dateLine(place: report.organization.place, date: report.date) }
        return try Template.fill(try layout.string(.dateLineBlank),
                                 ["place": report.organization.place, "year": String(report.date.year)])
    }
}
