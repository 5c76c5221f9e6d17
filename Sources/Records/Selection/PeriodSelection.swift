/// The records of a period, for a compilation booklet or a report.
public struct PeriodSelection {
    /// The meetings whose `date` (the day the meeting opened; a meeting running past the
    /// period's end still counts) lies in `period`, in their given order, and how many were
    /// left out. An empty `inside` is the caller's `PeriodError.noMeetings`.
    public static func select(_ meetings: [Meeting], in period: Period) -> (inside: [Meeting], outside: Int) {
        let inside = meetings.filter { period.contains($0.date) }
        return (inside, meetings.count - inside.count)
    }
}
