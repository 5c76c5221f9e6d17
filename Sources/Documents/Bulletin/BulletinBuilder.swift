import Records
import Typesetting

/// Builds a printed bulletin issue (bản tin): a masthead on the first page, then one news
/// item per meeting, as the seed article is presented on the agency's site
/// (docs/formatting-rules.md §4.3). Not regulated; the look comes from `Layouts/bulletin.yaml`.
public struct BulletinBuilder: Sendable {
    public let sheet: StyleSheet
    public var layout: Layout { sheet.layout }

    /// `words`: the word list the caller loaded (`StyleSheet`).
    public init(layout: Layout, fonts: FontLibrary, words: WordJoins) throws(LayoutError) {
        try layout.expect(product: "bulletin")
        self.sheet = try StyleSheet(layout: layout, fonts: fonts, words: words)
    }

    /// The issue for `meetings` (at least one), with notes on items made without an article.
    public func build(_ meetings: [Meeting], options: BulletinOptions) throws(LayoutError)
        -> (document: BuiltDocument, notes: [BulletinNote]) {
        let ordered = options.order == .given ? meetings
            : meetings.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        let make = BlockFactory(sheet: sheet, names: ProtectedNames(ordered.flatMap(\.protectedNames)))
        let date = options.date ?? ordered.map(\.date).max()!
        let publisher = Self.publisher(of: ordered, named: options.publisher)
        var blocks: [any Block] = try Masthead(make: make, layout: layout)
            .blocks(organization: publisher, issue: options.issue, date: date)
        var notes: [BulletinNote] = []
        let itemBuilder = NewsItem(make: make, layout: layout, columns: try sheet.pageSetup().first.columns)
        for (position, meeting) in ordered.enumerated() {
            if position > 0 { blocks += try itemBuilder.separator() }
            if meeting.article == nil {
                notes.append(BulletinNote(file: meeting.sourceFile,
                                          message: Localized.bulletinItemWithoutArticle.text()))
            }
            blocks += try itemBuilder.blocks(for: meeting)
        }
        let values = ["organization": publisher.name, "issue": options.issue.map(String.init) ?? "",
                      "date": VietnameseDate.short(date)]
        let info = DocumentInfo(
            title: try Template.fill(try layout.string(.documentTitle), values),
            author: publisher.name,
            subject: ordered.map(\.title).joined(separator: "; "),
            keywords: try layout.string(.keywords),
            creator: options.creator,
            language: BuiltDocument.language,
            creationDate: options.creationDate ?? DocumentDate.iso(date))
        return (BuiltDocument(setup: try sheet.pageSetup(), blocks: blocks, info: info), notes)
    }

    /// One meeting as a news item, as a compilation in bulletin style sets it.
    public func itemBlocks(for meeting: Meeting) throws(LayoutError) -> [any Block] {
        try NewsItem(make: BlockFactory(sheet: sheet, names: ProtectedNames(meeting.protectedNames)), layout: layout, columns: 1).blocks(for: meeting)
    }

    /// The masthead's organisation: the one named, else the one most items come from, the
    /// latest item's on a tie.
    static func publisher(of meetings: [Meeting], named name: String?) -> Organization {
        let latest = meetings.enumerated().max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }!.element
        if let name { return Organization(name: name, code: latest.organization.code, place: latest.organization.place) }
        var counts: [String: Int] = [:]
        for meeting in meetings { counts[meeting.organization.name, default: 0] += 1 }
        let most = counts.values.max()!
        let candidates = meetings.filter { counts[$0.organization.name] == most }
        return candidates.enumerated().max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }!.element.organization
    }

}
