/// What could be read of a record, field by field: nil (or missing from a list) wherever
/// the field was absent or wrong, which has then been reported. Validation checks the
/// fields against each other; a draft with no errors becomes a `Meeting`.
struct MeetingDraft {
    var kind: RecordKind?
    var regime: Regime?
    var organization: Organization?
    var number: Int?
    var title: String?
    var meetingType: MeetingType?
    var date: CivilDate?
    var start: ClockTime?
    var end: ClockTime?
    var endDate: CivilDate?
    var venue: String?
    var chair: Person?
    var secretary: Person?
    var guests: [Person] = []
    var attendance: Attendance?
    var agenda: [String] = []
    var proceedings: [String] = []
    var speeches: [Speech] = []
    var conclusion: [String] = []
    /// Votes by their index in the record, so diagnostics keep the record's numbering.
    var votes: [(index: Int, vote: Vote, explicitBase: Bool)] = []
    var photos: [(index: Int, photo: Photo)] = []
    var article: Article?
    var recipients: [String] = []
    var archive: String?
    var signers = Signers()

    /// The meeting, once every required field is present; nil otherwise.
    func meeting(sourceFile: String, locations: [String: SourceLocation]) -> Meeting? {
        guard let kind, let regime, let organization, let title, let date, let venue,
              let chair, let secretary, let attendance else { return nil }
        var meeting = Meeting(
            kind: kind, regime: regime, organization: organization, number: number, title: title,
            meetingType: meetingType, date: date,
            start: start, end: end, endDate: endDate, venue: venue, chair: chair, secretary: secretary,
            guests: guests, attendance: attendance, agenda: agenda, proceedings: proceedings,
            speeches: speeches, conclusion: conclusion, votes: votes.map(\.vote), photos: photos.map(\.photo),
            article: article, recipients: recipients, archive: archive, signers: signers, sourceFile: sourceFile)
        meeting.fieldLocations = locations
        return meeting
    }
}
