import Records
import Typesetting

/// The booklet's summary: meetings and attendance per section (month or organisation) and
/// per organisation, the rate over the members called.
struct SummaryTable {
    let make: BlockFactory
    let layout: Layout

    func blocks(_ meetings: [Meeting], sections: [Sections]) throws(LayoutError) -> [any Block] {
        var blocks: [any Block] = [try make.paragraph(try layout.string(.summaryTitle), .summaryTitle, heading: true, level: 1)]
        blocks.append(try table(try layout.string(.summaryBySection),
                                sections.map { ($0.title, $0.meetings.map(\.meeting)) }))
        let organizations = VietnameseCollation.shared.sorted(Array(Set(meetings.map(\.organization.name))))
        blocks.append(try table(try layout.string(.summaryByOrganization),
                                organizations.map { name in (name, meetings.filter { $0.organization.name == name }) }))
        return blocks
    }

    private func table(_ firstHeader: String, _ groups: [(String, [Meeting])]) throws(LayoutError) -> Table {
        func cell(_ text: String, _ style: StyleKey) throws(LayoutError) -> Table.Cell { Table.Cell([try make.paragraph(text, style)]) }
        var rows: [[Table.Cell]] = [[
            try cell(firstHeader, .tableHeader), try cell(try layout.string(.summaryMeetings), .tableHeader),
            try cell(try layout.string(.summaryAttendance), .tableHeader), try cell(try layout.string(.summaryRate), .tableHeader),
        ]]
        var all: [Meeting] = []
        for (title, group) in groups {
            rows.append(try row(title, group, cell))
            all += group
        }
        rows.append(try row(try layout.string(.summaryTotal), all, cell))
        let padding = try layout.spacing(.tablePadding)
        return Table(columns: try layout.columns(.summary), rows: rows, headerRows: 1, border: try layout.spacing(.tableBorder),
                     padding: Insets(top: padding / 2, bottom: padding / 2, left: padding, right: padding),
                     spaceBefore: try layout.spacing(.tableSpace), spaceAfter: try layout.spacing(.tableSpace), role: "summary", isData: true)
    }

    private func row(_ title: String, _ meetings: [Meeting],
                     _ cell: (String, StyleKey) throws(LayoutError) -> Table.Cell) throws(LayoutError) -> [Table.Cell] {
        let present = meetings.reduce(0) { $0 + $1.attendance.present }
        let members = meetings.reduce(0) { $0 + $1.attendance.members }
        return [try cell(title, .tableCell), try cell(String(meetings.count), .tableNumber),
                try cell("\(present)/\(members)", .tableNumber),
                try cell(VietnameseNumber.percent(present, of: members), .tableNumber)]
    }
}
