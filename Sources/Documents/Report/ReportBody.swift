import Records
import Typesetting

/// A report's numbered parts and their content: headings numbered per level as the layout writes
/// them (`I-`, `1.`, `a)` in Party documents; `I.`, `1.`, `a)` in state ones,
/// docs/formatting-rules.md §1.5 and §2.5), paragraphs and bullets, written tables and the table of
/// the period's meetings.
struct ReportBody {
    let make: BlockFactory
    let layout: Layout
    let figures: ReportFigures

    /// The parts in order, each heading numbered within its parent.
    func blocks(_ parts: [ReportPart]) throws(LayoutError) -> [any Block] {
        var blocks: [any Block] = []
        for (index, part) in parts.enumerated() {
            blocks.append(try heading(part, index: index))
            blocks += try self.blocks(part.content)
            blocks += try self.blocks(part.parts)
        }
        return blocks
    }

    /// One heading: its number for its level and position, then its title.
    private func heading(_ part: ReportPart, index: Int) throws(LayoutError) -> Paragraph {
        let text: String
        switch part.level {
        case .part:
            text = try Template.fill(try layout.string(.partHeading),
                                     ["number": VietnameseNumber.romanNumeral(index + 1), "title": part.heading])
        case .section:
            text = try Template.fill(try layout.string(.sectionHeading), ["number": String(index + 1), "title": part.heading])
        case .point:
            // The decoder refuses more points than there are letters.
            text = try Template.fill(try layout.string(.pointHeading),
                                     ["letter": VietnameseNumber.pointLetters[index], "title": part.heading])
        }
        // Parts, sections and points are the headings under the title (H1): H2, H3, H4.
        let level: Int
        switch part.level {
        case .part: level = 2
        case .section: level = 3
        case .point: level = 4
        }
        var paragraph = try make.paragraph(text, StyleKey("\(part.level.key)-heading"), heading: true, level: level)
        // A part with nothing under it is only a title: it keeps nothing with it, so a run of
        // such sections breaks like a list instead of moving to the next page as one block.
        paragraph.headsText = !(part.content.isEmpty && part.parts.isEmpty)
        return paragraph
    }

    /// Body items: paragraphs (`- ` and `+ ` lines as bullets) and tables.
    func blocks(_ content: [ReportContent]) throws(LayoutError) -> [any Block] {
        var blocks: [any Block] = []
        // Consecutive bullets (`- ` and `+ ` lines) are the items of one list.
        var bullets: [Paragraph] = []
        func endList() {
            if !bullets.isEmpty { blocks.append(make.list(bullets)) }
            bullets = []
        }
        for item in content {
            if case .paragraph(let text, _) = item, text.hasPrefix("- ") || text.hasPrefix("+ ") {
                bullets.append(try make.paragraph(text, text.hasPrefix("- ") ? .bullet : .subBullet))
                continue
            }
            endList()
            switch item {
            case .paragraph(let text, _):
                blocks.append(try make.paragraph(text, .body))
            case .table(let table):
                blocks.append(try ruledTable(columns: table.columns ?? Array(repeating: 1, count: table.header.count),
                                             header: table.header, rows: table.rows.map { $0.map { ($0, .tableCell) } },
                                             role: "table"))
            case .meetingsTable:
                blocks.append(try meetingsTable())
            }
        }
        endList()
        return blocks
    }

    /// The period's meetings (number, date, meeting, present/members, rate) and a total row.
    private func meetingsTable() throws(LayoutError) -> Table {
        let rows = figures.rows
        let several = Set(rows.map(\.organization)).count > 1
        var cells: [[(String, StyleKey)]] = []
        for (index, row) in rows.enumerated() {
            let title = several
                ? try Template.fill(try layout.string(.meetingsTitleOf), ["title": row.title, "organization": row.organization])
                : row.title
            cells.append([(String(index + 1), .tableNumber), (VietnameseDate.short(row.date), .tableNumber), (title, .tableCell),
                          ("\(row.present)/\(row.members)", .tableNumber),
                          (VietnameseNumber.percent(row.present, of: row.members), .tableNumber)])
        }
        let present = rows.reduce(0) { $0 + $1.present }, members = rows.reduce(0) { $0 + $1.members }
        cells.append([("", .tableCell), ("", .tableCell), ("**\(try layout.string(.meetingsTotal))**", .tableCell),
                      ("**\(present)/\(members)**", .tableNumber),
                      ("**\(VietnameseNumber.percent(present, of: members))**", .tableNumber)])
        let header = try [StringKey.meetingsNumber, .meetingsDate, .meetingsTitle, .meetingsAttendance, .meetingsRate]
            .map { (key) throws(LayoutError) in try layout.string(key) }
        return try ruledTable(columns: try layout.columns(.meetings), header: header, rows: cells, role: "meetings")
    }

    /// A ruled table with a repeated header row; short ones never break.
    private func ruledTable(columns: [Double], header: [String], rows: [[(text: String, style: StyleKey)]], role: String) throws(LayoutError) -> Table {
        func cell(_ text: String, _ style: StyleKey) throws(LayoutError) -> Table.Cell {
            Table.Cell(text.isEmpty ? [] : [try make.paragraph(text, style)])
        }
        var grid: [[Table.Cell]] = [try header.map { (h) throws(LayoutError) in try cell(h, .tableHeader) }]
        for row in rows { grid.append(try row.map { (c) throws(LayoutError) in try cell(c.text, c.style) }) }
        let padding = try layout.spacing(.tablePadding)
        let space = try layout.spacing(.tableSpace)
        return Table(columns: columns, rows: grid, headerRows: 1, border: try layout.spacing(.tableBorder),
                     padding: Insets(top: padding / 2, bottom: padding / 2, left: padding, right: padding),
                     keepTogether: rows.count <= layout.keepTogetherRows, spaceBefore: space, spaceAfter: space, role: role,
                     isData: true, keepYieldsToHoles: true)
    }
}
