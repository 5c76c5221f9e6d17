import Records

/// The placeholder values a minutes layout's templates may use, computed from one meeting.
struct MinutesValues {
    let values: [String: String]

    init(_ meeting: Meeting, layout: Layout) throws(LayoutError) {
        let pad = layout.padCounts
        func count(_ n: Int) -> String { VietnameseNumber.count(n, padded: pad) }
        func person(_ p: Person) -> String { p.role.map { "\(p.name), \($0)" } ?? p.name }

        var v: [String: String] = [:]
        v["place"] = meeting.organization.place
        v["organization"] = meeting.organization.name
        v["code"] = meeting.organization.code
        // Numbers below 10 get a leading zero (docs/formatting-rules.md §1.3); a record without one leaves the place
        // blank, to be filled in by hand.
        v["number"] = try layout.string(.numberBlank, unless: meeting.number.map { VietnameseNumber.count($0, padded: true) })
        v["title"] = meeting.title
        v["date"] = VietnameseDate.long(meeting.date)
        v["date-line"] = VietnameseDate.dateLine(place: meeting.organization.place, date: meeting.date)
        v["start"] = meeting.start.map(VietnameseTime.long) ?? ""
        v["end"] = meeting.end.map(VietnameseTime.long) ?? ""
        v["end-date"] = VietnameseDate.long(meeting.endDate ?? meeting.date)
        v["venue"] = meeting.venue
        v["agenda"] = meeting.agenda.joined(separator: "; ")
        v["chair"] = person(meeting.chair)
        v["secretary"] = person(meeting.secretary)
        v["members"] = count(meeting.attendance.members)
        v["present"] = count(meeting.attendance.present)
        v["absent"] = count(meeting.attendance.absentCount)

        let absent = meeting.attendance.absent
        let excused = absent.filter { $0.reason != nil }
        let unexcused = absent.filter { $0.reason == nil }
        var parts: [String] = []
        if !excused.isEmpty {
            let names = try excused.map { (a) throws(LayoutError) -> String in
                try Template.fill(try layout.string(.absenteeWithReason), ["name": a.name, "reason": a.reason ?? ""])
            }.joined(separator: ", ")
            parts.append(try Template.fill(try layout.string(.absentWithReason), ["count": count(excused.count), "names": names]))
        }
        if !unexcused.isEmpty {
            let names = try unexcused.map { (a) throws(LayoutError) -> String in
                try Template.fill(try layout.string(.absentee), ["name": a.name])
            }.joined(separator: ", ")
            parts.append(try Template.fill(try layout.string(.absentWithoutReason), ["count": count(unexcused.count), "names": names]))
        }
        v["absentees"] = parts.isEmpty ? "" : try Template.fill(try layout.string(.absentees), ["list": parts.joined(separator: "; ")])
        v["guests"] = try meeting.guests.map { (g) throws(LayoutError) -> String in
            try Template.fill(try layout.string(.guest), ["guest": person(g)])
        }.joined(separator: "; ")
        self.values = v
    }

    /// Every placeholder the values fill, for checking a layout's templates when it is loaded.
    static let names: Set<String> = ["place", "organization", "code", "number", "title", "date", "date-line", "start", "end",
                                     "end-date", "venue", "agenda", "chair", "secretary", "members", "present", "absent",
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
