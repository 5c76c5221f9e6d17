import Records

/// The booklet's sections: meetings gathered by month or by organisation, in date order.
struct Sections {
    /// A meeting as the booklet lists it.
    struct Item {
        let meeting: Meeting
        /// Its named destination, unique in the booklet.
        let anchor: String
        /// How the contents and the outline name it.
        var entryTitle: String {
            "\(meeting.title) (\(VietnameseDate.short(meeting.date)))"
        }
    }

    let title: String
    let meetings: [Item]

    static func group(_ meetings: [Meeting], by grouping: CompilationOptions.Grouping) -> [Sections] {
        let ordered = meetings.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .enumerated().map { Item(meeting: $1.element, anchor: "meeting-\($0 + 1)") }
        switch grouping {
        case .month:
            var sections: [Sections] = []
            for item in ordered {
                let title = VietnameseDate.monthTitle(year: item.meeting.date.year, month: item.meeting.date.month)
                if sections.last?.title == title {
                    sections[sections.count - 1] = Sections(title: title, meetings: sections.last!.meetings + [item])
                } else {
                    sections.append(Sections(title: title, meetings: [item]))
                }
            }
            return sections
        case .organization:
            let names = VietnameseCollation.shared.sorted(Array(Set(ordered.map(\.meeting.organization.name))))
            return names.map { name in Sections(title: name, meetings: ordered.filter { $0.meeting.organization.name == name }) }
        }
    }
}
