import Records
import Typesetting

/// Builds meeting minutes (biên bản) from a record, in the form its layout describes:
/// Party (HD 36, skeleton of docs/formatting-rules.md §3.2) or state (Decree 30, Mẫu 1.9).
public struct MinutesBuilder: Sendable {
    public let sheet: StyleSheet
    public var layout: Layout { sheet.layout }

    /// `words`: the word list the caller loaded (`StyleSheet`).
    public init(layout: Layout, fonts: FontLibrary, words: WordJoins) throws(LayoutError) {
        try layout.expect(product: "minutes")
        self.sheet = try StyleSheet(layout: layout, fonts: fonts, words: words)
    }

    /// The document for `meeting`. `creationDate` (ISO 8601) overrides the record's own date
    /// (the CLI passes SOURCE_DATE_EPOCH through it).
    public func build(_ meeting: Meeting, creationDate: String? = nil, creator: String = "BanTin") throws(LayoutError) -> BuiltDocument {
        let values = try MinutesValues(meeting, layout: layout).values
        let blocks = try self.blocks(for: meeting, header: true, values: values)
        let info = DocumentInfo(
            title: try Template.fill(try layout.string(.documentTitle), values),
            author: meeting.organization.name,
            subject: meeting.title,
            keywords: try layout.string(.keywords),
            creator: creator,
            language: BuiltDocument.language,
            creationDate: creationDate ?? Self.recordDate(meeting))
        return BuiltDocument(setup: try sheet.pageSetup(), blocks: blocks, info: info)
    }

    /// The minutes as blocks; without `header`, as a compilation sets them (no organisation
    /// and motto block, which the booklet's cover and running heads replace).
    public func blocks(for meeting: Meeting, header: Bool = true) throws(LayoutError) -> [any Block] {
        try blocks(for: meeting, header: header, values: try MinutesValues(meeting, layout: layout).values)
    }

    private func blocks(for meeting: Meeting, header: Bool, values: [String: String]) throws(LayoutError) -> [any Block] {
        let make = BlockFactory(sheet: sheet, names: ProtectedNames(meeting.protectedNames))
        var blocks: [any Block] = []
        if header {
            // State minutes (Mẫu 1.9) have no place and date line.
            blocks = try DocumentHeader(make: make, layout: layout, organization: meeting.organization,
                                        number: try Template.fill(try layout.string(.number), values),
                                        dateLine: layout.regime == "party" ? values["date-line"] : nil).blocks()
        }
        blocks += try make.titleGroup(title: try layout.string(.title), summary: meeting.title)
        blocks += try MinutesBody(make: make, layout: layout, values: values).blocks(for: meeting)

        // The signatures never stand alone: the closing goes with them, and the last lines of
        // the body with it unless that leaves a hole. Those lines may be a vote table's note,
        // kept with the table and the table with its heading: a hard keep here would move the
        // whole votes section to the next page with the signatures.
        let closing: StringKey = meeting.end == nil ? .closingNoTime
            : (meeting.endDate.map { $0 != meeting.date } ?? false) ? .closingOtherDay : .closing
        blocks.append(AvoidBreak())
        blocks.append(try make.paragraph(MinutesBody.sentenceCase(try Template.fill(try layout.string(closing), values)), .closing))
        blocks.append(BreakHint.keep)
        let signature = SignatureBlock(make: make, layout: layout)
        blocks.append(try signature.signatures(for: meeting))
        // Nơi nhận sits under the signatures (Mẫu 1.9), never alone at the top of a page.
        blocks.append(BreakHint.keep)
        blocks.append(try signature.recipients(for: meeting))
        return blocks
    }

    /// The end of the meeting (or its start, or its day).
    static func recordDate(_ meeting: Meeting) -> String {
        DocumentDate.iso(meeting.endDate ?? meeting.date, meeting.end ?? meeting.start)
    }
}
