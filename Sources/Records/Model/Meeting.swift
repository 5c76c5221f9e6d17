/// One validated meeting record: everything the documents need, in NFC, with the source
/// position of every field kept for later diagnostics (e.g. a glyph no font has).
///
/// Equality and hashing compare what the record says, not where it was read from:
/// `sourceFile` and the field locations are left out, so the same meeting written as YAML
/// and as JSON compares equal.
public struct Meeting: Sendable, Hashable {
    public var kind: RecordKind
    public var regime: Regime
    public var organization: Organization
    /// Sequence number within the year (`Số 12-BB/ĐU`), when the record gives one.
    public var number: Int?
    public var title: String
    /// What kind of gathering it was (`meeting_type`), or what the record implies.
    public var meetingType: MeetingType
    public var date: CivilDate
    public var start: ClockTime?
    public var end: ClockTime?
    /// The day the meeting ended, from `end_date`, when it is later than `date`.
    public var endDate: CivilDate?
    public var venue: String
    public var chair: Person
    public var secretary: Person
    public var guests: [Person]
    public var attendance: Attendance
    public var agenda: [String]
    /// The course of the meeting, paragraph by paragraph.
    public var proceedings: [String]
    public var speeches: [Speech]
    public var conclusion: [String]
    public var votes: [Vote]
    public var photos: [Photo]
    public var article: Article?
    public var recipients: [String]
    /// What the archive line of Nơi nhận keeps (`Chi bộ` → `- Lưu Chi bộ.`); nil leaves the
    /// line to the layout.
    public var archive: String?
    public var signers: Signers
    /// The record file as it was named to the loader.
    public var sourceFile: String
    /// Dotted path → where that field (or mapping, or list) starts in `sourceFile`.
    var fieldLocations: [String: SourceLocation]

    public init(kind: RecordKind = .meeting, regime: Regime, organization: Organization, number: Int? = nil,
                title: String, meetingType: MeetingType? = nil, date: CivilDate, start: ClockTime? = nil, end: ClockTime? = nil,
                endDate: CivilDate? = nil, venue: String, chair: Person, secretary: Person,
                guests: [Person] = [], attendance: Attendance, agenda: [String] = [],
                proceedings: [String] = [], speeches: [Speech] = [], conclusion: [String] = [],
                votes: [Vote] = [], photos: [Photo] = [], article: Article? = nil,
                recipients: [String] = [], archive: String? = nil, signers: Signers = Signers(), sourceFile: String = "") {
        self.kind = kind
        self.regime = regime
        self.organization = organization
        self.number = number
        self.title = title
        self.meetingType = meetingType ?? .inferred(title: title, organization: organization.name, regime: regime)
        self.date = date
        self.start = start
        self.end = end
        self.endDate = endDate
        self.venue = venue
        self.chair = chair
        self.secretary = secretary
        self.guests = guests
        self.attendance = attendance
        self.agenda = agenda
        self.proceedings = proceedings
        self.speeches = speeches
        self.conclusion = conclusion
        self.votes = votes
        self.photos = photos
        self.article = article
        self.recipients = recipients
        self.archive = archive
        self.signers = signers
        self.sourceFile = sourceFile
        self.fieldLocations = [:]
    }

    /// The names of everyone the record names by role: chair, secretary, guests and
    /// speakers (whom an index of people lists).
    public var namesByRole: Set<String> {
        Set([chair.name, secretary.name] + guests.map(\.name) + speeches.map(\.speaker))
    }

    /// The person of the record (chair, secretary, a guest) named `name`, for what a speech
    /// does not say of its speaker.
    public func person(named name: String) -> Person? {
        ([chair, secretary] + guests).first { $0.name == name }
    }

    /// A speaker's position and form of address: the speech's own, else those of the
    /// record's person of that name.
    public func introduction(of speech: Speech) -> (role: String?, salutation: Salutation?) {
        let person = self.person(named: speech.speaker)
        return (speech.role ?? person?.role, speech.salutation ?? person?.salutation)
    }

    /// Where the field at a dotted path (`proceedings[2]`, `chair.name`, `votes[0].for`)
    /// starts in the source file; nil for a path the record did not write.
    public func location(of path: String) -> SourceLocation? {
        fieldLocations[path]
    }

    /// Every text field with its dotted path and its location, in the order of the record
    /// format (docs/records.md). Dates, times, counts and photo paths are not text. A field the
    /// loader did not see (a hand-built Meeting) is placed at line 0 of `sourceFile`.
    public var textFields: [(path: String, value: String, location: SourceLocation)] {
        var fields: [(path: String, value: String, location: SourceLocation)] = []
        func add(_ path: String, _ value: String?) {
            guard let value else { return }
            let location = fieldLocations[path] ?? SourceLocation(file: sourceFile, line: 0, column: 0)
            fields.append((path, value, location))
        }
        func addList(_ path: String, _ values: [String]) {
            for (i, value) in values.enumerated() { add("\(path)[\(i)]", value) }
        }
        func addPerson(_ path: String, _ person: Person) {
            add("\(path).name", person.name)
            add("\(path).role", person.role)
        }
        add("organization.name", organization.name)
        add("organization.parent", organization.parent)
        add("organization.code", organization.code)
        add("organization.place", organization.place)
        add("title", title)
        add("venue", venue)
        addPerson("chair", chair)
        addPerson("secretary", secretary)
        for (i, guest) in guests.enumerated() { addPerson("guests[\(i)]", guest) }
        for (i, absentee) in attendance.absent.enumerated() {
            add("attendance.absent[\(i)].name", absentee.name)
            add("attendance.absent[\(i)].reason", absentee.reason)
        }
        addList("agenda", agenda)
        addList("proceedings", proceedings)
        for (i, speech) in speeches.enumerated() {
            add("speeches[\(i)].speaker", speech.speaker)
            add("speeches[\(i)].role", speech.role)
            add("speeches[\(i)].text", speech.text)
        }
        addList("conclusion", conclusion)
        for (i, vote) in votes.enumerated() {
            add("votes[\(i)].motion", vote.motion)
            add("votes[\(i)].base_label", vote.baseLabel)
        }
        for (i, photo) in photos.enumerated() { add("photos[\(i)].caption", photo.caption) }
        if let article {
            add("article.section", article.section)
            add("article.headline", article.headline)
            add("article.author", article.author)
            add("article.unit", article.unit)
            add("article.lead", article.lead)
            addList("article.body", article.body)
        }
        addList("recipients", recipients)
        add("archive", archive)
        for (role, signer) in [("chair", signers.chair), ("secretary", signers.secretary)] {
            guard let signer else { continue }
            add("signers.\(role).authority", signer.authority)
            add("signers.\(role).title", signer.title)
            add("signers.\(role).name", signer.name)
        }
        return fields
    }

    public static func == (a: Meeting, b: Meeting) -> Bool {
        a.content == b.content
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(content)
    }

    /// The compared part of a meeting: everything except `sourceFile` and the locations.
    private var content: Content {
        Content(kind: kind, regime: regime, organization: organization, number: number, title: title,
                meetingType: meetingType, date: date, start: start, end: end, endDate: endDate, venue: venue, chair: chair,
                secretary: secretary, guests: guests, attendance: attendance, agenda: agenda,
                proceedings: proceedings, speeches: speeches, conclusion: conclusion, votes: votes,
                photos: photos, article: article, recipients: recipients, archive: archive, signers: signers)
    }

    /// A synthesised-Hashable mirror of the content fields, so == cannot forget one.
    private struct Content: Hashable {
        var kind: RecordKind, regime: Regime, organization: Organization, number: Int?, title: String
        var meetingType: MeetingType, date: CivilDate, start: ClockTime?, end: ClockTime?, endDate: CivilDate?, venue: String
        var chair: Person, secretary: Person, guests: [Person], attendance: Attendance
        var agenda: [String], proceedings: [String], speeches: [Speech], conclusion: [String]
        var votes: [Vote], photos: [Photo], article: Article?, recipients: [String], archive: String?, signers: Signers
    }
}
