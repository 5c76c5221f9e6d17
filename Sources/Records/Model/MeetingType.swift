/// What kind of gathering a meeting record minutes: the word the minutes use for it in their
/// section headings and closing sentence ("Hội nghị kết thúc …", "Cuộc họp kết thúc …").
/// Decree 30's Mẫu 1.9 names cuộc họp, hội nghị and hội thảo; a chi bộ's monthly or themed
/// meeting is a buổi sinh hoạt chi bộ (docs/records.md, `meeting_type`).
public enum MeetingType: String, Sendable, Hashable, CaseIterable {
    /// Hội nghị: a conference of a committee or a whole organisation.
    case conference
    /// Cuộc họp: an ordinary meeting (giao ban, working meeting).
    case meeting
    /// Buổi sinh hoạt chi bộ: a Party cell's regular or themed meeting.
    case cellMeeting = "cell-meeting"
    /// Hội thảo: a workshop or seminar.
    case workshop

    /// The kind a record that does not say is taken to be, from what it does say: the first
    /// words of its title (`Hội nghị …`, `Cuộc họp …`, `Họp …`, `Hội thảo …`, `Sinh hoạt …`),
    /// else a Party record of a chi bộ is a buổi sinh hoạt chi bộ, another Party record a hội
    /// nghị (Party practice) and a state record a cuộc họp (the first of Mẫu 1.9's words).
    public static func inferred(title: String, organization: String?, regime: Regime?) -> MeetingType {
        let title = title.lowercased()
        let byTitle: [(prefix: String, type: MeetingType)] = [
            ("hội nghị", .conference), ("hội thảo", .workshop), ("cuộc họp", .meeting), ("họp", .meeting),
            ("buổi sinh hoạt", regime == .state ? .meeting : .cellMeeting),
            ("sinh hoạt", regime == .state ? .meeting : .cellMeeting),
        ]
        if let match = byTitle.first(where: { title.hasPrefix($0.prefix + " ") || title == $0.prefix }) { return match.type }
        switch regime {
        case .state: return .meeting
        case .party, nil:
            let cell = organization?.lowercased().hasPrefix("chi bộ") ?? false
            return cell ? .cellMeeting : .conference
        }
    }
}
