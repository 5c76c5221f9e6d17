/// Checks of a decoded record that involve more than one field, or the file system.
enum MeetingValidator {
    static func validate(_ draft: inout MeetingDraft, context: DecodingContext) {
        AttendanceRules.check(draft, context: context)
        ScheduleRules.check(draft, context: context)
        SignatureRules.checkMinutes(draft, context: context)
        SpeechRules.check(draft, context: context)
        PhotoRules.check(&draft, context: context)
    }
}
