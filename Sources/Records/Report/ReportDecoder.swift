import Foundation

/// Reads a report record (`kind: report`, docs/records.md "Report records") from its
/// root mapping, reporting each missing, mistyped or misplaced field where it stands.
struct ReportDecoder {
    let context: DecodingContext
    /// The folder the signature image's path is relative to: the record's own.
    let recordFolder: String
    /// The organisation's settings (bantin.yaml): what the report leaves out comes from them.
    var settings: Settings? = nil

    func decode(_ root: MappingReader) -> Report? {
        let common = MeetingDecoder(context: context, recordFolder: recordFolder, settings: settings)
        context.settable.formUnion(["organization", "organization.name", "organization.code", "organization.place",
                                    "signer"])
        let regime = common.choice(root, "regime", Regime.self)
        let organization = common.organization(in: root)
        let number = root.wholeNumber("number", minimum: 1)
        let title = root.text("title")
        let summary = root.text("summary", required: true)
        let date = root.child("date", required: true).flatMap(common.date)
        let draft = root.child("draft").flatMap(flag) ?? true
        let round = root.wholeNumber("round", minimum: 1)
        let period = root.child("period").flatMap(readPeriod)
        let addressees = root.child("to").map { reader -> [String] in
            if case .scalar = reader.node { return reader.text().map { [$0] } ?? [] }
            return root.textList("to")
        } ?? []
        let units = root.textList("units")
        let opening = content(root, "opening")
        let partItems = root.list("parts")
        let parts = partItems.compactMap { part($0, parent: nil, siblings: partItems, regime: regime) }
        let closing = content(root, "closing")
        let signer = root.child("signer") == nil && settings?.signers.report != nil
            ? defaultSigner(settings!.signers.report!, root: root, draft: draft, regime: regime, common: common)
            : root.mapping("signer", required: true).flatMap { readSigner($0, draft: draft, regime: regime) }
        let recipients = AsAddressed.recipients(common.recipients(root), addressees: addressees, context: context,
                                                fallback: root.location)
        let archive = common.archive(root)
        if let round, !draft, let reader = root.child("round") {
            context.error(reader.path, at: reader.location, .roundOnFinalReport(round))
        }
        if draft, number != nil, let reader = root.child("number") {
            context.warning(reader.path, at: reader.location, .draftNumberNotPrinted(number!))
        }
        guard let regime, let organization, let summary, let date, let signer else { return nil }
        var report = Report(regime: regime, organization: organization, number: number, title: title, summary: summary,
                      date: date, draft: draft, round: round, period: period, addressees: addressees, opening: opening, parts: parts,
                      closing: closing, signer: signer, recipients: recipients, archive: archive)
        report.units = units
        return report
    }

    /// `true` or `false` (also `yes`/`no`, which YAML 1.1 readers write).
    private func flag(_ reader: NodeReader) -> Bool? {
        guard let raw = reader.scalar(expected: .trueOrFalseValue) else { return nil }
        switch raw.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            context.error(reader.path, at: reader.location, .expected(.trueOrFalseValue, found: .verbatim(NodeReader.quoted(raw))))
            return nil
        }
    }

    private func readPeriod(_ reader: NodeReader) -> Period? {
        guard let raw = reader.scalar(expected: .periodValue) else { return nil }
        do {
            return try Period.parse(raw)
        } catch {
            context.error(reader.path, at: reader.location, error.message)
            return nil
        }
    }

    /// A list of body items: text (a paragraph or a `- ` bullet), `table: meetings`, or a
    /// written table `{ table: { columns, header, rows } }`.
    private func content(_ map: MappingReader, _ key: String) -> [ReportContent] {
        map.list(key).compactMap { item -> ReportContent? in
            if item.isNull { context.error(item.path, at: item.location, .emptyListItem); return nil }
            if case .scalar = item.node {
                guard let text = item.text() else { return nil }
                if text.isEmpty { context.error(item.path, at: item.location, .emptyListItem); return nil }
                return .paragraph(text, path: item.path)
            }
            guard let entry = item.mapping() else { return nil }
            entry.check(RecordSchema.reportBodyItem)
            guard let table = entry.child("table", required: true) else { return nil }
            if case .scalar = table.node {
                guard let name = table.scalar() else { return nil }
                guard name == "meetings" else {
                    context.error(table.path, at: table.location,
                                  .notMeetingsOrTable(NodeReader.quoted(name)))
                    return nil
                }
                return .meetingsTable(path: table.path)
            }
            return table.mapping().flatMap(writtenTable)
        }
    }

    private func writtenTable(_ map: MappingReader) -> ReportContent? {
        map.check(RecordSchema.reportTable)
        let header = map.textList("header")
        if header.isEmpty, !context.misspeltRequired.contains(map.path("header")) { context.error(map.path("header"), at: map.location, .tableNeedsHeader) }
        var rows: [[String]] = []
        for row in map.list("rows") {
            guard let cells = row.list() else { continue }
            let texts = cells.map { $0.isNull ? "" : ($0.text() ?? "") }
            if !header.isEmpty && texts.count != header.count {
                context.error(row.path, at: row.location, .cellsForHeader(texts.count, header.count))
            }
            rows.append(texts)
        }
        if rows.isEmpty, !context.misspeltRequired.contains(map.path("rows")) { context.error(map.path("rows"), at: map.location, .tableNeedsRow) }
        var columns: [Double]?
        if let reader = map.child("columns"), let list = reader.list() {
            let widths = list.compactMap { $0.scalar(expected: .numberValue).flatMap(Double.init) }
            if widths.count != list.count || widths.contains(where: { !($0 > 0) }) {
                context.error(reader.path, at: reader.location, .columnWidthsExpected)
            } else if widths.count != header.count {
                context.error(reader.path, at: reader.location, .widthsForColumns(widths.count, header.count))
            } else {
                columns = widths
            }
        }
        return .table(ReportTable(columns: columns, header: header, rows: rows, path: map.path))
    }

    /// One numbered heading: a mapping with one of `part`, `section` or `point` (its level),
    /// and optional `body` and `parts`. A level may only sit directly under the level above
    /// it (a point never directly under a part), and siblings share a level.
    private func part(_ item: NodeReader, parent: HeadingLevel?, siblings: [NodeReader], regime: Regime?) -> ReportPart? {
        func numbering(_ level: HeadingLevel) -> String { Self.numbering(level, regime) }
        guard let map = item.mapping() else { return nil }
        let given = HeadingLevel.allCases.filter { level in map.mapping.contains { $0.key.string == level.key } }
        map.check(RecordSchema.reportPart)
        guard given.count == 1, let level = given.first else {
            context.error(map.path, at: map.location, given.isEmpty
                ? .partNeedsHeading(numbering(.part))
                : .partHasOneHeading(given.dropLast().map(\.key).joined(separator: ", "), given.last?.key ?? ""))
            return nil
        }
        let expected: [HeadingLevel] = parent.map { $0.below.map { [$0] } ?? [] } ?? [.part, .section]
        let keyPath = map.path(level.key)
        let keyLocation = context.locations[keyPath] ?? map.location
        if !expected.contains(level) {
            if let parent {
                let message = parent.below.map { below in
                    Localized.headingUnder(level.key, numbering(level), parent: parent.key, numbering(parent), below: below.key, numbering(below))
                } ?? .nothingUnderPoint
                context.error(keyPath, at: keyLocation, message)
            } else {
                context.error(keyPath, at: keyLocation, .partsStartWith(numbering(.part)))
            }
            return nil
        }
        if case .mapping(let first)? = siblings.first?.node,
           let firstLevel = HeadingLevel.allCases.first(where: { level in first.contains { $0.key.string == level.key } }),
           firstLevel != level {
            context.error(keyPath, at: keyLocation, .mixedHeadingLevels(level.key, firstLevel.key))
            return nil
        }
        guard let heading = map.text(level.key, required: true) else { return nil }
        let children = map.list("parts")
        if level == .point, !children.isEmpty {
            context.error(map.path("parts"), at: context.locations[map.path("parts")] ?? map.location,
                          .nothingUnderPoint)
            return nil
        }
        if level == .section, children.count > VietnameseNumber.pointLetters.count {
            context.error(map.path("parts"), at: context.locations[map.path("parts")] ?? map.location,
                          .tooManyPoints(children.count, VietnameseNumber.pointLetters.count))
        }
        return ReportPart(level: level, heading: heading, content: content(map, "body"),
                          parts: children.compactMap { part($0, parent: level, siblings: children, regime: regime) }, path: map.path)
    }

    /// How a level is numbered in a regime (docs/formatting-rules.md §1.5, §2.5), for messages.
    private static func numbering(_ level: HeadingLevel, _ regime: Regime?) -> String {
        switch (level, regime) {
        case (.part, .party): return "I-"
        case (.part, .state): return "I."
        case (.part, nil): return "I- or I."
        case (.section, _): return "1."
        case (.point, _): return "a)"
        }
    }

    /// The settings' signer of a report whose record has none (docs/settings.md): checked like
    /// a written one, its problems reported at the settings' lines.
    private func defaultSigner(_ given: SignerDefault, root: MappingReader, draft: Bool, regime: Regime?,
                               common: MeetingDecoder) -> ReportSigner? {
        common.adopt("signers.report", as: "signer")
        let place = { (key: String) in self.context.locations["signer.\(key)"] ?? root.location }
        if let regime {
            SignatureRules.checkAuthority(given.authority, title: given.title, regime: regime, path: "signer.authority",
                                          at: place("authority"), context: context)
        }
        if let name = given.name { SignatureRules.checkName(name, path: "signer.name", at: place("name"), context: context) }
        if !draft && given.name == nil {
            context.error("signer.name", at: root.location, .missingRequiredField + .settingsCanHoldField())
            return nil
        }
        return ReportSigner(authority: given.authority, title: given.title, name: given.name)
    }

    /// A signer; the name is required on a final report, and the signature image must be a
    /// PNG (it is left out of a draft, with a warning).
    private func readSigner(_ map: MappingReader, draft: Bool, regime: Regime?) -> ReportSigner? {
        map.check(RecordSchema.reportSigner)
        let authority = map.text("authority")
        let title = map.text("title", required: true)
        let name = map.name("name", required: !draft)
        var signature: SignatureImage?
        if let reader = map.child("signature"), let file = reader.scalar(expected: .pngPathValue) {
            if draft {
                context.warning(reader.path, at: reader.location, .draftHasNoSignature(file))
            } else {
                signature = SignatureRules.image(file, field: reader.path, at: reader.location, context: context)
            }
        }
        var seal: SealImage?
        if let reader = map.child("seal"), let file = reader.scalar(expected: .pngPathValue) {
            if draft {
                context.error(reader.path, at: reader.location, .draftHasNoSeal(file))
            } else {
                seal = SealRules.image(file, field: reader.path, at: reader.location, context: context)
            }
        }
        if let regime {
            SignatureRules.checkAuthority(authority, title: title, regime: regime, path: map.path("authority"),
                                          at: context.locations[map.path("authority")] ?? map.location, context: context)
        }
        if let name { SignatureRules.checkName(name, path: map.path("name"), at: context.locations[map.path("name")] ?? map.location, context: context) }
        guard let title else { return nil }
        if !draft && name == nil { return nil }
        return ReportSigner(authority: authority, title: title, name: name, signature: signature, seal: seal)
    }
}

extension HeadingLevel {
    /// The level numbered under this one; none under a point.
    var below: HeadingLevel? { HeadingLevel(rawValue: rawValue + 1) }

    init?(key: String) {
        guard let level = HeadingLevel.allCases.first(where: { $0.key == key }) else { return nil }
        self = level
    }
}
