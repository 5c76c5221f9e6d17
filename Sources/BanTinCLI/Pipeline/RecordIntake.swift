import Records

/// Loads one record for a product made from meeting records: the record's own problems,
/// then a refusal of records of another kind (a report is not minutes or a news item).
enum RecordIntake {
    /// `settings` gives each record its nearest bantin.yaml (docs/settings.md); a record whose
    /// settings file has errors is refused with one line pointing at them. Photos may come
    /// from `allowedFolders` (--allow-folder) and the folders the settings list.
    /// `text`, when given, is the record as an editor holds it, read instead of `file`.
    static func meeting(_ file: String, text: String? = nil, convertLegacy: Bool, allowedFolders: [String] = [], product: Localized,
                        settings: SettingsIndex = SettingsIndex()) -> (meeting: Meeting?, diagnostics: [Diagnostic]) {
        let chosen: Settings?
        switch choice(forRecord: file, in: settings) {
        case .success(let found): chosen = found
        case .failure(let refusal): return (nil, [refusal.diagnostic])
        }
        let loader = RecordLoader(convertLegacy: convertLegacy, settings: chosen,
                                  allowedFolders: folders(allowedFolders, chosen))
        switch loader.load(file: file, text: text) {
        case .failure(let diagnostics):
            return (nil, diagnostics)
        case .success(let meeting, let warnings):
            guard meeting.kind == .meeting else {
                let location = meeting.location(of: "kind") ?? SourceLocation(file: file, line: 1, column: 1)
                return (nil, warnings + [Diagnostic(severity: .error, location: location, field: "kind",
                                                    message: .recordOfWrongKind(meeting.kind.rawValue, product))])
            }
            return (meeting, warnings)
        }
    }

    /// The settings of `file` in `index`: none, the nearest bantin.yaml, or, when that file
    /// has errors, the refusal to print at the record.
    static func choice(forRecord file: String, in index: SettingsIndex) -> Result<Settings?, SettingsRefusal> {
        switch index.choice(forRecord: file) {
        case .none: return .success(nil)
        case .settings(let found): return .success(found)
        case .broken(let settingsFile):
            return .failure(SettingsRefusal(diagnostic: Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), field: "(settings)",
                                                                   message: .settingsBroken(settingsFile))))
        }
    }

    /// The folders a record's photos and signatures may come from besides its own tree:
    /// `--allow-folder`'s, then its settings' `photo_folders` (absolute already).
    static func folders(_ allowed: [String], _ settings: Settings?) -> [String] {
        allowed + (settings?.photoFolders ?? [])
    }

    /// The settings of `files`, every problem of a settings file printed once, before the
    /// records' own; true in `broken` when a settings file has errors.
    static func settings(for files: [String], convertLegacy: Bool) -> (index: SettingsIndex, broken: Bool) {
        let index = SettingsIndex(records: files, loader: SettingsLoader(convertLegacy: convertLegacy))
        index.diagnostics.forEach(Terminal.printDiagnostic)
        return (index, !index.brokenFiles.isEmpty)
    }
}
