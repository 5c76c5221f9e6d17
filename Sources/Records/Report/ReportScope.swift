import Foundation

/// Which meetings a report's figures count: those of the reporting organisation and of the
/// units under it (docs/records.md "Which meetings a report counts"). A unit is under the
/// organisation when a record names it as `organization.parent`, directly or through another
/// unit, or when the report lists it under `units:`. Every other meeting is left out, with
/// the reason: a Sở's report never counts the chi bộ meetings that lie among its records.
public struct ReportScope: Sendable {
    /// One meeting the figures leave out, and why.
    public struct LeftOut: Sendable {
        public var meeting: Meeting
        public var message: Localized
    }

    /// The meetings counted, in their given order, and those left out.
    public let counted: [Meeting]
    public let leftOut: [LeftOut]

    public init(meetings: [Meeting], organization: Organization, units: [String]) {
        var inside = Set([Self.key(organization.name)] + units.map(Self.key))
        // Units under units: repeat until no record adds one (at most one pass per record).
        var changed = true
        while changed {
            changed = false
            for meeting in meetings {
                guard let parent = meeting.organization.parent, inside.contains(Self.key(parent)) else { continue }
                if inside.insert(Self.key(meeting.organization.name)).inserted { changed = true }
            }
        }
        var counted: [Meeting] = []
        var leftOut: [LeftOut] = []
        for meeting in meetings {
            if inside.contains(Self.key(meeting.organization.name)) {
                counted.append(meeting)
            } else {
                leftOut.append(LeftOut(meeting: meeting, message: .meetingLeftOut(
                    VietnameseDate.short(meeting.date), meeting.organization.name,
                    parent: meeting.organization.parent, reporting: organization.name)))
            }
        }
        self.counted = counted
        self.leftOut = leftOut
    }

    /// An organisation's name as compared (records are NFC already): lower case, single spaces, the old and new
    /// tone placements of "uỷ/ủy" alike, and a Party committee one with the Party organisation
    /// it leads ("Đảng ủy Sở …" is the committee of "Đảng bộ Sở …", "Chi ủy" of "Chi bộ").
    static func key(_ name: String) -> String {
        var key = name.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
        key = key.replacingOccurrences(of: "uỷ", with: "ủy")
        for (committee, organisation) in [("đảng ủy ", "đảng bộ "), ("chi ủy ", "chi bộ ")] where key.hasPrefix(committee) {
            key = organisation + key.dropFirst(committee.count)
        }
        return key
    }
}
