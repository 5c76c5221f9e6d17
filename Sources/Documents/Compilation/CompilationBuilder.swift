import Records
import Typesetting

/// Builds a compilation booklet (tập sơ kết, bản tin quý): a cover, a table of contents, the
/// period's meetings in sections with running heads, a summary table and an index of people,
/// with a PDF outline, links and page labels (cover none, contents in roman numerals, the
/// rest in arabic from 1).
///
/// The body is laid out first, numbered from 1, so the contents and the index read the real
/// page numbers from it; the front matter is numbered on its own and cannot move them.
public struct CompilationBuilder: Sendable {
    public let sheet: StyleSheet
    public let content: MeetingContent
    public var layout: Layout { sheet.layout }

    /// `words`: the word list the caller loaded (`StyleSheet`).
    public init(layout: Layout, fonts: FontLibrary, words: WordJoins, content: MeetingContent) throws(LayoutError) {
        try layout.expect(product: "compilation")
        self.sheet = try StyleSheet(layout: layout, fonts: fonts, words: words)
        self.content = content
    }

    /// The laid-out booklet of `meetings` (all inside the period, at least one).
    public func build(_ meetings: [Meeting], options: CompilationOptions) throws(LayoutError) -> LaidOutDocument {
        let make = BlockFactory(sheet: sheet, names: ProtectedNames(meetings.flatMap(\.protectedNames)))
        let sections = Sections.group(meetings, by: options.grouping)
        let publisher = BulletinBuilder.publisher(of: meetings, named: nil)
        let base = try sheet.pageSetup()

        // 1. The body: sections, each meeting in full, then the summary.
        var body: [any Block] = []
        var outline: [OutlineEntry] = []
        for (k, section) in sections.enumerated() {
            if k > 0 { body.append(BreakHint.newPage) }
            let sectionName = "section-\(k + 1)"
            body.append(Mark(section.title, [Anchor(sectionName, [try make.paragraph(section.title, .sectionTitle, heading: true, level: 1)])]))
            var children: [OutlineEntry] = []
            for (j, item) in section.meetings.enumerated() {
                if j > 0 {
                    body.append(options.style == .minutes ? BreakHint.newPage : Spacer(try layout.spacing(.meetingGap)))
                }
                body.append(Anchor(item.anchor, try content.blocks(for: item.meeting, style: options.style)))
                children.append(OutlineEntry(title: item.entryTitle, destination: item.anchor))
            }
            outline.append(OutlineEntry(title: section.title, destination: sectionName, children: children))
        }
        let summaryTitle = try layout.string(.summaryTitle)
        body.append(BreakHint.newPage)
        body.append(Mark(summaryTitle, [Anchor("summary", try SummaryTable(make: make, layout: layout).blocks(meetings, sections: sections))]))
        outline.append(OutlineEntry(title: summaryTitle, destination: "summary"))

        var bodySetup = base
        bodySetup.numbering?.firstNumber = 1
        bodySetup.runningHead = try runningHead()
        // The body's blocks go once laid out: from here on the pages are the only copy.
        var bodyPages = Typesetter(setup: bodySetup).layout(consume body, workers: options.workers)
        for index in bodyPages.indices {
            bodyPages[index].elements.insert(.destination(DestinationElement(name: "page-\(index + 1)", point: Point(x: 0, y: 0))), at: 0)
        }
        let pageOf = Self.destinationPages(bodyPages)

        // 2. The index of people, from the body's pages, numbered on after them.
        let indexTitle = try layout.string(.indexTitle)
        let index = try PeopleIndex(make: make, layout: layout).blocks(meetings, pages: bodyPages)
        var indexSetup = bodySetup
        indexSetup.numbering?.firstNumber = bodyPages.count + 1
        let indexPages = Typesetter(setup: indexSetup)
            .layout([Mark(indexTitle, [Anchor("index", [try make.paragraph(indexTitle, .indexTitle, heading: true, level: 1)])])] + index)
        outline.append(OutlineEntry(title: indexTitle, destination: "index"))

        // 3. Front matter: the cover (no number) and the contents (i, ii, …).
        var coverSetup = base
        coverSetup.numbering = nil
        let cover = Typesetter(setup: coverSetup).layout(try Cover(make: make, layout: layout)
            .blocks(publisher: publisher, period: options.period, style: options.style, date: meetings.map(\.date).max()!))
        var contentsSetup = base
        contentsSetup.numbering?.format = .roman
        contentsSetup.numbering?.showOnFirstPage = true
        let entries = try Contents(make: make, layout: layout).blocks(sections: sections, pageOf: pageOf,
                                                                       summaryTitle: summaryTitle, indexTitle: indexTitle,
                                                                       indexPage: bodyPages.count + 1)
        let contents = Typesetter(setup: contentsSetup).layout(entries)

        let pages = (cover + contents + bodyPages + indexPages).enumerated().map { position, page -> Page in
            var page = page
            page.index = position + 1
            return page
        }
        let values = ["period": options.period.vietnameseName, "organization": publisher.name]
        let info = DocumentInfo(
            title: try Template.fill(try layout.string(options.style == .minutes ? .documentTitleMinutes : .documentTitleBulletin), values),
            author: publisher.name,
            subject: options.period.vietnameseName,
            keywords: try layout.string(.keywords),
            creator: options.creator,
            language: BuiltDocument.language,
            creationDate: options.creationDate ?? DocumentDate.iso(options.period.last))
        return LaidOutDocument(pages: pages, info: info, outline: outline)
    }

    private func runningHead() throws(LayoutError) -> RunningHead? {
        guard let spec = layout.page.runningHead else { return nil }
        let style = try sheet.style(spec.style)
        let rule = try layout.optionalRule(.runningHeadRule)
        return RunningHead(style: style.text, baseline: spec.baseline.points(), alignment: style.paragraph.alignment,
                           rule: rule?.thickness.points() ?? 0, ruleOffset: rule?.offset?.points() ?? 4)
    }

    /// Body page number (1-based) of every named destination.
    static func destinationPages(_ pages: [Page]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, page) in pages.enumerated() {
            for name in page.destinations where result[name] == nil { result[name] = index + 1 }
        }
        return result
    }

}
