import Records

/// The placeholder values a minutes layout's templates may use, computed from one meeting.
struct MinutesValues {
    let values: [String: String]

    init(_ meeting: Meeting, layout: Layout) throws(LayoutError) {
        let pad = layout.padCounts
        func count(_ n: Int) -> String { VietnameseNumber.count(n, padded: pad) }
        func person(_ p: Person) -> String { p.role.map { "\(p.name), \($0)" } ?? p.name }
        func addressedPerson(_ p: Person) -> String {
            let name = Self.addressed(p.name, p.salutation)
            return p.role.map { "\(name), \($0)" } ?? name
        }

        var v: [String: String] = [:]
        v["place"] = meeting.organization.place
        v["organization"] = meeting.organization.name
        v["code"] = meeting.organization.code
        // Numbers below 10 get a leading zero (docs/formatting-rules.md §1.3); a record without one leaves the place
        // blank, to be filled in by hand.
        v["number"] = try layout.string(.numberBlank, unless: meeting.number.map { VietnameseNumber.count($0, padded: true) })
        v["title"] = meeting.title
        v["meeting"] = try Self.word(for: meeting.meetingType, layout: layout)
        v["date"] = VietnameseDate.long(meeting.date)
        v["date-line"] = VietnameseDate.dateLine(place: meeting.organization.place, date: meeting.date)
        v["start"] = meeting.start.map(VietnameseTime.long) ?? ""
        v["end"] = meeting.end.map(VietnameseTime.long) ?? ""
        v["end-date"] = VietnameseDate.long(meeting.endDate ?? meeting.date)
        v["venue"] = meeting.venue
        // As written, joined: layouts set the agenda as a list (section kind `agenda`).
        v["agenda"] = meeting.agenda.joined(separator: "; ")
        v["chair"] = person(meeting.chair)
        v["secretary"] = person(meeting.secretary)
        v["chair-addressed"] = addressedPerson(meeting.chair)
        v["secretary-addressed"] = addressedPerson(meeting.secretary)
        v["members"] = count(meeting.attendance.members)
        v["present"] = count(meeting.attendance.present)
        v["absent"] = count(meeting.attendance.absentCount)

        // docs/formatting-rules.md §3.3: "(có lý do: 01 đồng chí Hoàng Văn Nam, đi công tác; không có lý do:
        // 01 đồng chí Vi Thị Hoa)": a group's people are separated by semicolons when each carries a reason
        // (the reason follows a comma), by commas otherwise; the groups by semicolons; no brackets inside.
        let absent = meeting.attendance.absent
        let excused = absent.filter(\.isExcused)
        let unexcused = absent.filter { !$0.isExcused }
        func group(_ people: [Absentee], _ key: StringKey, _ template: StringKey, separator: String) throws(LayoutError) -> String {
            let names = try people.map { (a) throws(LayoutError) -> String in
                try Template.fill(try layout.string(template), ["name": a.name, "addressed": Self.addressed(a.name, a.salutation),
                                                                "reason": a.reason ?? ""])
            }.joined(separator: separator)
            return try Template.fill(try layout.string(key), ["count": count(people.count),
                                                              "listed-count": VietnameseNumber.count(people.count, padded: true),
                                                              "names": names])
        }
        var parts: [String] = []
        if !excused.isEmpty { parts.append(try group(excused, .absentWithReason, .absenteeWithReason, separator: "; ")) }
        if !unexcused.isEmpty { parts.append(try group(unexcused, .absentWithoutReason, .absentee, separator: ", ")) }
        v["absentees"] = parts.isEmpty ? "" : try Template.fill(try layout.string(.absentees), ["list": parts.joined(separator: "; ")])
        v["guests"] = try meeting.guests.map { (g) throws(LayoutError) -> String in
            try Template.fill(try layout.string(.guest), ["guest": person(g), "guest-addressed": addressedPerson(g)])
        }.joined(separator: "; ")
        self.values = v
    }

    /// `ông Đàm Văn Chính` when the record gives the salutation, else the bare name: never a
    /// guessed form of address.
    static func addressed(_ name: String, _ salutation: Salutation?) -> String {
        salutation.map { "\($0.rawValue) \(name)" } ?? name
    }

    /// The layout's word for a kind of meeting (`hội nghị`, `cuộc họp` …), lower case.
    static func word(for type: MeetingType, layout: Layout) throws(LayoutError) -> String {
        let key: StringKey
        switch type {
        case .conference: key = .meetingConference
        case .meeting: key = .meetingMeeting
        case .cellMeeting: key = .meetingCellMeeting
        case .workshop: key = .meetingWorkshop
        }
        return try layout.optionalString(key) ?? defaultWords[type] ?? type.rawValue
    }

    /// The words of layouts written before records said their kind of meeting.
    static let defaultWords: [MeetingType: String] = [
        .conference: "hội nghị", .meeting: "cuộc họp", .cellMeeting: "buổi sinh hoạt chi bộ", .workshop: "hội thảo",
    ]

    /// Every placeholder the values fill, for checking a layout's templates when it is loaded.
    static let names: Set<String> = ["place", "organization", "code", "number", "title", "meeting", "date", "date-line",
                                     "start", "end", "end-date", "venue", "agenda", "chair", "secretary",
                                     "chair-addressed", "secretary-addressed", "members", "present", "absent",
                                     "absentees", "guests"]

    /// The record parts a section may require.
    static let parts: Set<String> = ["start", "no-start", "end", "agenda", "guests", "proceedings", "speeches",
                                     "conclusion", "votes", "absent", "number"]

    /// Whether the record part a section `requires` is present.
    static func has(_ part: String, in meeting: Meeting) -> Bool {
        switch part {
        case "start": return meeting.start != nil
        case "no-start": return meeting.start == nil
        case "end": return meeting.end != nil
        case "agenda": return !meeting.agenda.isEmpty
        case "guests": return !meeting.guests.isEmpty
        case "proceedings": return !meeting.proceedings.isEmpty
        case "speeches": return !meeting.speeches.isEmpty
        case "conclusion": return !meeting.conclusion.isEmpty
        case "votes": return !meeting.votes.isEmpty
        case "absent": return !meeting.attendance.absent.isEmpty
        case "number": return meeting.number != nil
        default: return true
        }
    }
}
