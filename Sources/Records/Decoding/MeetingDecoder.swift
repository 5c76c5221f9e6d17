import Foundation

/// Reads the fields of one record (docs/records.md) from its root mapping into a draft,
/// reporting each missing, empty or mistyped field where it is.
struct MeetingDecoder {
    let context: DecodingContext
    /// The folder photo paths are relative to: the record's own.
    let recordFolder: String
    /// The organisation's settings (bantin.yaml): what the record leaves out comes from them.
    var settings: Settings? = nil

    /// Fields a settings file may hold: when missing from both, the message says so.
    static let settableFields: Set<String> = ["organization", "organization.name", "organization.code", "organization.place",
                                              "chair", "secretary"]

    func decode(_ root: MappingReader) -> MeetingDraft {
        var draft = MeetingDraft()
        context.settable.formUnion(Self.settableFields)
        // A report record is refused by kind where it is loaded; its keys are a report's.
        if root.child("kind")?.scalar()?.lowercased() != RecordKind.report.rawValue { root.check(RecordSchema.meeting) }
        draft.kind = choice(root, "kind", RecordKind.self)
        draft.regime = choice(root, "regime", Regime.self)
        draft.organization = organization(in: root)
        draft.number = root.wholeNumber("number", minimum: 1)
        draft.title = root.text("title", required: true)
        draft.meetingType = root.child("meeting_type") == nil ? nil : choice(root, "meeting_type", MeetingType.self)
        draft.date = root.child("date", required: true).flatMap(date)
        draft.start = root.child("start").flatMap(time)
        draft.end = root.child("end").flatMap(time)
        draft.endDate = root.child("end_date").flatMap(date)
        draft.venue = root.text("venue", required: true)
        draft.chair = person(root, "chair", default: settings?.chair)
        draft.secretary = person(root, "secretary", default: settings?.secretary)
        draft.guests = root.list("guests").compactMap(personItem)
        draft.attendance = root.mapping("attendance", required: true).flatMap(attendance)
        draft.agenda = root.textList("agenda")
        draft.proceedings = root.textList("proceedings")
        draft.speeches = root.list("speeches").compactMap { $0.mapping().flatMap(speech) }
        draft.conclusion = root.textList("conclusion")
        let members = draft.attendance?.members ?? 0
        draft.votes = root.list("votes").enumerated().compactMap { index, item in
            item.mapping().flatMap { vote($0, members: members) }.map { (index, $0.vote, $0.explicitBase) }
        }
        draft.photos = root.list("photos").enumerated().compactMap { index, item in
            item.mapping().flatMap(photo).map { (index, $0) }
        }
        draft.article = root.mapping("article").map(article)
        draft.recipients = recipients(root)
        draft.archive = archive(root)
        let signers = root.mapping("signers")
        signers?.check(RecordSchema.signers)
        draft.signers = Signers(chair: signer(signers, "chair", default: settings?.signers.chair, person: draft.chair),
                                secretary: signer(signers, "secretary", default: settings?.signers.secretary, person: draft.secretary))
        return draft
    }

    /// The record's `recipients`, or the settings' when the record has no such key (an empty
    /// list written in the record means none).
    func recipients(_ root: MappingReader) -> [String] {
        guard root.child("recipients") == nil, let settings, !settings.recipients.isEmpty else { return root.textList("recipients") }
        adopt("recipients")
        return settings.recipients
    }

    /// The record's `archive`, or the settings'.
    func archive(_ root: MappingReader) -> String? {
        if root.child("archive") != nil { return root.text("archive") }
        guard let archive = settings?.archive else { return nil }
        adopt("archive")
        return archive
    }

    /// The chair or secretary: the record's, or the settings' when the record names none.
    private func person(_ root: MappingReader, _ key: String, default fallback: Person?) -> Person? {
        guard root.child(key) == nil, let fallback else { return root.mapping(key, required: true).flatMap(person) }
        adopt(key)
        return fallback
    }

    /// A signature of the minutes: the record's (under `signers`), or the settings', whose
    /// name defaults to the meeting's chair or secretary.
    private func signer(_ signers: MappingReader?, _ role: String, default fallback: SignerDefault?, person: Person?) -> Signer? {
        if let map = signers?.mapping(role) { return signer(map) }
        guard signers?.child(role) == nil, let fallback, let name = fallback.name ?? person?.name else { return nil }
        adopt("signers.\(role)")
        return Signer(authority: fallback.authority, title: fallback.title, name: name)
    }

    /// Records where the settings' values under `settingsPath` stand (in bantin.yaml) as the
    /// locations of the record's `recordPath`, so a later problem with one (a character no
    /// font has) points at the settings file.
    func adopt(_ settingsPath: String, as recordPath: String? = nil) {
        guard let settings else { return }
        let target = recordPath ?? settingsPath
        for (path, location) in settings.locations where path == settingsPath || path.hasPrefix(settingsPath + ".") || path.hasPrefix(settingsPath + "[") {
            context.record(target + path.dropFirst(settingsPath.count), at: location)
        }
    }

    /// One of an enumeration's raw values, compared without regard to case.
    func choice<T: RawRepresentable & CaseIterable>(_ map: MappingReader, _ key: String, _: T.Type) -> T?
    where T.RawValue == String {
        guard let reader = map.child(key, required: true), let raw = reader.scalar() else { return nil }
        if let value = T.allCases.first(where: { $0.rawValue == raw.lowercased() }) { return value }
        let names = T.allCases.map(\.rawValue)
        let expected = Localized.oneOf(names.dropLast().joined(separator: ", "), or: names.last!)
        context.error(reader.path, at: reader.location, .expected(expected, found: .verbatim(NodeReader.quoted(raw))))
        return nil
    }

    /// The issuing organisation, field by field: the record's `organization` fields, the
    /// settings' for those it leaves out. A field missing from both is reported at the record.
    func organization(in root: MappingReader) -> Organization? {
        let defaults = settings?.organization ?? OrganizationDefaults()
        let written = root.child("organization")
        guard written != nil || !defaults.isEmpty else {
            _ = root.child("organization", required: true)   // reported: missing, or misspelt
            return nil
        }
        let map = written?.mapping()
        if written != nil, map == nil { return nil }
        map?.check(RecordSchema.organization)
        func field(_ key: String, required: Bool, isName: Bool = false) -> String? {
            if let map, map.child(key) != nil || defaults[key] == nil {
                let value = isName ? map.name(key, required: required) : map.text(key, required: required)
                if value != nil || map.child(key) != nil { return value }
            }
            if let value = defaults[key] {
                adopt("organization.\(key)")
                return value
            }
            if required, map == nil {
                context.error("organization.\(key)", at: root.location,
                              .missingRequiredField + .settingsCanHoldField())
            }
            return nil
        }
        let name = field("name", required: true, isName: true)
        let parent = field("parent", required: false)
        let code = field("code", required: true)
        let place = field("place", required: true)
        guard let name, let code, let place else { return nil }
        return Organization(name: name, parent: parent, code: code, place: place)
    }

    /// A date that exists, written `19/9/2023`, `19-9-2023`, `ngày 19 tháng 9 năm 2023` or
    /// `2023-09-19`.
    func date(_ reader: NodeReader) -> CivilDate? {
        guard let raw = reader.scalar(expected: .dateValue) else { return nil }
        guard let parts = WrittenDateTime.dateParts(raw) else {
            context.error(reader.path, at: reader.location, .notADate(NodeReader.quoted(raw)))
            return nil
        }
        if let problem = CivilDate.problem(year: parts.year, month: parts.month, day: parts.day) {
            context.error(reader.path, at: reader.location, .dateDoesNotExist(raw, problem))
            return nil
        }
        return CivilDate(year: parts.year, month: parts.month, day: parts.day)
    }

    /// A time of day: `13:30`, `13h30`, `13g30`, `13h`, `13 giờ 30`, `13 giờ 30 phút`.
    private func time(_ reader: NodeReader) -> ClockTime? {
        guard let raw = reader.scalar(expected: .timeValue) else { return nil }
        guard let time = ClockTime(written: raw) else {
            context.error(reader.path, at: reader.location, .notATime(NodeReader.quoted(raw)))
            return nil
        }
        return time
    }

    func person(_ map: MappingReader) -> Person? {
        map.check(RecordSchema.person)
        let name = map.name("name", required: true)
        let role = map.text("role")
        let salutation = salutation(map)
        return name.map { Person(name: $0, role: role, salutation: salutation) }
    }

    /// The optional `salutation` of a person (ông, bà).
    private func salutation(_ map: MappingReader) -> Salutation? {
        map.child("salutation") == nil ? nil : choice(map, "salutation", Salutation.self)
    }

    /// A guest: a `{ name, role }` mapping, or just the name.
    private func personItem(_ item: NodeReader) -> Person? {
        if case .scalar = item.node { return nameOnly(item).map { Person(name: $0) } }
        return item.mapping().flatMap(person)
    }

    /// An absentee: a `{ name, reason }` mapping, or just the name.
    private func absentee(_ item: NodeReader) -> Absentee? {
        if case .scalar = item.node { return nameOnly(item).map { Absentee(name: $0) } }
        guard let map = item.mapping() else { return nil }
        map.check(RecordSchema.absentee)
        let name = map.name("name", required: true)
        let reason = map.text("reason")
        let salutation = salutation(map)
        return name.map { Absentee(name: $0, reason: reason, salutation: salutation) }
    }

    /// A list item that is a bare name; empty is reported.
    private func nameOnly(_ item: NodeReader) -> String? {
        guard !item.isNull, let name = item.text(), !name.isEmpty else {
            context.error(item.path, at: item.location, .emptyListItem)
            return nil
        }
        guard NodeReader.isVisible(name) else {
            context.error(item.path, at: item.location, NodeReader.invisibleNameMessage(name))
            return nil
        }
        return name
    }

    private func attendance(_ map: MappingReader) -> Attendance? {
        map.check(RecordSchema.attendance)
        let members = map.wholeNumber("members", required: true, minimum: 1)
        let present = map.wholeNumber("present", required: true)
        let absent = map.list("absent").map(absentee)
        guard let members, let present, !absent.contains(where: { $0 == nil }) else { return nil }
        return Attendance(members: members, present: present, absent: absent.compactMap { $0 })
    }

    private func speech(_ map: MappingReader) -> Speech? {
        map.check(RecordSchema.speech)
        let speaker = map.name("speaker", required: true)
        let text = map.text("text", required: true)
        let role = map.text("role")
        let salutation = salutation(map)
        guard let speaker, let text else { return nil }
        return Speech(speaker: speaker, text: text, role: role, salutation: salutation)
    }

    /// A vote; `against` and `other` default to 0, the base to the member count.
    private func vote(_ map: MappingReader, members: Int) -> (vote: Vote, explicitBase: Bool)? {
        map.check(RecordSchema.vote)
        let motion = map.text("motion", required: true)
        let votesFor = map.wholeNumber("for", required: true)
        let against = map.wholeNumber("against")
        let other = map.wholeNumber("other")
        let base = map.wholeNumber("base", minimum: 1)
        let baseLabel = map.text("base_label")
        guard let motion, let votesFor else { return nil }
        let vote = Vote(motion: motion, for: votesFor, against: against ?? 0, other: other ?? 0,
                        base: base ?? members, baseLabel: baseLabel)
        return (vote, base != nil)
    }

    /// A photo, its path resolved against the record's folder (the file itself is validated
    /// later), with its optional `width` and `after`. A caption without a file is one error at
    /// the photo, not a missing `file`.
    private func photo(_ map: MappingReader) -> Photo? {
        map.check(RecordSchema.photo)
        let caption = map.text("caption")
        let width = map.child("width").flatMap(photoWidth)
        let after = map.child("after").flatMap(photoPlace)
        let filePath = map.path("file")
        let written = map.mapping.contains { UnicodeNormalization.nfc($0.key.string ?? "") == "file" }
        let fileReader = map.child("file")   // nil when absent or null
        let file = fileReader.flatMap { $0.scalar(expected: .filePathValue) }
        guard let file, !file.isEmpty else {
            if fileReader != nil, file == nil { return nil }   // a list or mapping: reported
            if caption != nil {
                context.error(map.path, at: map.location, .captionWithoutPhoto)
            } else if !written {
                guard !context.misspeltRequired.contains(filePath) else { return nil }
                context.error(filePath, at: map.location, .missingRequiredField)
            } else {
                context.error(filePath, at: context.locations[filePath] ?? map.location, .requiredFieldEmpty)
            }
            return nil
        }
        let absolute = file.hasPrefix("/") ? file : recordFolder + "/" + file
        return Photo(file: file, resolvedPath: URL(fileURLWithPath: absolute).standardizedFileURL.path,
                     caption: caption, width: width, after: after)
    }

    /// `80mm`, `8cm`, `200pt` or `60%` of the column.
    private func photoWidth(_ reader: NodeReader) -> PhotoWidth? {
        guard let raw = reader.scalar(expected: .widthValue) else { return nil }
        switch PhotoWidth.parse(raw) {
        case .success(let width):
            return width
        case .failure(.notAWidth):
            context.error(reader.path, at: reader.location, .notAWidthValue(NodeReader.quoted(raw)))
        case .failure(.notPositive):
            context.error(reader.path, at: reader.location, .widthNotPositive(raw))
        case .failure(.moreThanTheColumn):
            context.error(reader.path, at: reader.location, .widthOverColumn(raw))
        }
        return nil
    }

    /// `lead` (0) or the number of the body paragraph the photo follows; checked against the
    /// body's length in validation.
    private func photoPlace(_ reader: NodeReader) -> Int? {
        guard let raw = reader.scalar(expected: .photoPlaceValue) else { return nil }
        if raw.lowercased() == "lead" { return 0 }
        guard !raw.isEmpty, raw.allSatisfy(\.isASCIIDigit) else {
            context.error(reader.path, at: reader.location, .notAPhotoPlace(NodeReader.quoted(raw)))
            return nil
        }
        guard let value = Int(raw), value <= NodeReader.largestCount else {
            context.error(reader.path, at: reader.location, .tooLarge(raw, atMost: NodeReader.largestCount))
            return nil
        }
        return value
    }

    private func article(_ map: MappingReader) -> Article {
        map.check(RecordSchema.article)
        var article = Article(section: map.text("section"), headline: map.text("headline"))
        if let reader = map.child("published"), let raw = reader.scalar(expected: .timestampValue) {
            if Article.parseTimestamp(raw) == nil {
                context.error(reader.path, at: reader.location, .notATimestamp(NodeReader.quoted(raw)))
            }
            article.published = raw
        }
        article.author = map.text("author")
        article.unit = map.text("unit")
        article.lead = map.text("lead")
        article.body = map.textList("body")
        return article
    }

    private func signer(_ map: MappingReader) -> Signer? {
        map.check(RecordSchema.signer)
        let authority = map.text("authority")
        let title = map.text("title", required: true)
        let name = map.name("name", required: true)
        guard let title, let name else { return nil }
        return Signer(authority: authority, title: title, name: name)
    }
}
