import Records
import Typesetting

/// What the person making a booklet chooses on the command line.
public struct CompilationOptions: Sendable {
    /// How each meeting appears: its minutes (without the header block) or its news item.
    public enum Style: String, Sendable, CaseIterable { case minutes, bulletin }
    /// How meetings are gathered into sections.
    public enum Grouping: String, Sendable, CaseIterable { case month, organization }

    public var period: Period
    public var style: Style
    public var grouping: Grouping
    public var creationDate: String?
    public var creator: String
    /// Threads the body is laid out on (`--jobs`); the booklet is the same with any number.
    public var workers: Int

    public init(period: Period, style: Style = .minutes, grouping: Grouping = .month, creationDate: String? = nil,
                creator: String = "BanTin", workers: Int = 1) {
        self.period = period; self.style = style; self.grouping = grouping
        self.creationDate = creationDate; self.creator = creator; self.workers = workers
    }
}

/// Where each meeting's content comes from: the minutes builders by regime, or the bulletin.
public struct MeetingContent: Sendable {
    public var minutes: [String: MinutesBuilder]
    public var bulletin: BulletinBuilder?

    public init(minutes: [String: MinutesBuilder], bulletin: BulletinBuilder?) {
        self.minutes = minutes; self.bulletin = bulletin
    }

    func blocks(for meeting: Meeting, style: CompilationOptions.Style) throws(LayoutError) -> [any Block] {
        switch style {
        case .minutes:
            guard let builder = minutes[meeting.regime.rawValue] else {
                throw .missing(Localized.layoutMinutesForRegime(meeting.regime.rawValue).text())
            }
            return try builder.blocks(for: meeting, header: false)
        case .bulletin:
            guard let bulletin else { throw .missing(Localized.layoutBulletinNeeded.text()) }
            return try bulletin.itemBlocks(for: meeting)
        }
    }
}
