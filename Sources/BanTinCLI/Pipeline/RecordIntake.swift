import Records

/// Loads one record for a product made from meeting records: the record's own problems,
/// then a refusal of records of another kind (a report is not minutes or a news item).
enum RecordIntake {
    /// `settings` gives each record its nearest bantin.yaml (docs/settings.md); a record whose
    /// settings file has errors is refused with one line pointing at them.
    static func meeting(_ file: String, convertLegacy: Bool, product: String,
                        settings: SettingsIndex = SettingsIndex()) -> (meeting: Meeting?, diagnostics: [Diagnostic]) {
        let chosen: Settings?
        switch settings.choice(forRecord: file) {
        case .none: chosen = nil
        case .settings(let found): chosen = found
        case .broken(let settingsFile):
            return (nil, [Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), field: "(settings)",
                                     message: Localized.settingsBroken(settingsFile).text())])
        }
        // HOOK (photo folders): once photo-folder confinement (--allow-folder) is merged, pass
        // `chosen?.photoFolders` to the loader's allowed folders, together with the option's.
        switch RecordLoader(convertLegacy: convertLegacy, settings: chosen).load(file: file) {
        case .failure(let diagnostics):
            return (nil, diagnostics)
        case .success(let meeting, let warnings):
            guard meeting.kind == .meeting else {
                let location = meeting.location(of: "kind") ?? SourceLocation(file: file, line: 1, column: 1)
                return (nil, warnings + [Diagnostic(severity: .error, location: location, field: "kind",
                                                    message: "this record is a \(meeting.kind.rawValue); \(product) are made from meeting records")])
            }
            return (meeting, warnings)
        }
    }

    /// The settings of `files`, every problem of a settings file printed once, before the
    /// records' own; true in `broken` when a settings file has errors.
    static func settings(for files: [String], convertLegacy: Bool) -> (index: SettingsIndex, broken: Bool) {
        let index = SettingsIndex(records: files, loader: SettingsLoader(convertLegacy: convertLegacy))
        index.diagnostics.forEach(Terminal.printDiagnostic)
        return (index, !index.brokenFiles.isEmpty)
    }
}
