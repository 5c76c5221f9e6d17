/// Attendance and vote counts that must add up (docs/formatting-rules.md §3.3, §3.4, §8 items
/// 19–20), and absences whose reason the record must confirm.
enum AttendanceRules {
    static func check(_ draft: MeetingDraft, context: DecodingContext) {
        guard let attendance = draft.attendance else { return }
        let present = attendance.present, members = attendance.members
        if present > members {
            context.error("attendance.present", at: location("attendance.present", context),
                          .morePresentThanMembers(present, members))
        } else if attendance.absent.count != attendance.absentCount {
            let listed = attendance.absent.count
            let path = context.locations["attendance.absent"] != nil ? "attendance.absent" : "attendance"
            context.error("attendance.absent", at: location(path, context),
                          .absentListMismatch(.namesListed(listed), absent: attendance.absentCount))
        }
        // An absence without a reason matters to the member: it is printed as one only when
        // the record confirms it (`reason: không có lý do`).
        for (index, absentee) in attendance.absent.enumerated() where absentee.reason == nil {
            let path = "attendance.absent[\(index)]"
            // A misspelt `reason` is already reported where it is written.
            if context.diagnostics.contains(where: { $0.field.hasPrefix(path + ".") }) { continue }
            context.warning(path, at: location(context.locations[path] != nil ? path : "attendance", context),
                            .absenteeWithoutReason(absentee.name))
        }
        for (index, vote, explicitBase) in draft.votes {
            let path = "votes[\(index)]"
            let cast = vote.for + vote.against + vote.other
            if cast > present {
                context.error(path, at: location(path, context),
                              .votesOverPresent(cast, present))
            }
            if explicitBase, cast > vote.base {
                context.error("\(path).base", at: location(context.locations["\(path).base"] != nil ? "\(path).base" : path, context),
                              .votesOverBase(cast, vote.base))
            }
        }
    }

    /// Where a path was read; every path checked here was, so the fallback is never used.
    static func location(_ path: String, _ context: DecodingContext) -> SourceLocation {
        context.locations[path] ?? SourceLocation(file: context.file, line: 1, column: 1)
    }
}

/// When the meeting happened: an end before its start on the same day, or an end date
/// before the date, cannot be right (docs/formatting-rules.md §3.5).
enum ScheduleRules {
    static func check(_ draft: MeetingDraft, context: DecodingContext) {
        guard let date = draft.date else { return }
        if let endDate = draft.endDate, endDate < date {
            context.error("end_date", at: AttendanceRules.location("end_date", context),
                          .endDateBeforeDate("\(endDate)", "\(date)"))
        }
        let sameDay = draft.endDate.map { $0 == date } ?? true
        if sameDay, let start = draft.start, let end = draft.end, end < start {
            context.error("end", at: AttendanceRules.location("end", context),
                          .endBeforeStart("\(end)", "\(start)"))
        }
    }
}
