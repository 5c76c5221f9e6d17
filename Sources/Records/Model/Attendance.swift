/// Who attended: the member count (the base of every percentage), those present, and the
/// absentees by name. Validation guarantees `absent.count == absentCount`.
public struct Attendance: Hashable, Sendable {
    public var members: Int
    public var present: Int
    public var absent: [Absentee]

    public init(members: Int, present: Int, absent: [Absentee] = []) {
        self.members = members
        self.present = present
        self.absent = absent
    }

    /// Members who did not attend: `members - present`.
    public var absentCount: Int { members - present }
}
