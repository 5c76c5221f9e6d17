/// The outcome of loading one settings file: the settings (with any warnings) or every problem.
public enum SettingsLoadResult: Sendable {
    case success(Settings, warnings: [Diagnostic])
    case failure([Diagnostic])

    /// The file's problems, errors and warnings.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .success(_, let warnings): return warnings
        case .failure(let diagnostics): return diagnostics
        }
    }
}

/// Loads one settings file (`bantin.yaml`). It comes with records from other offices, so it
/// is read like a record: the same input limits, the same explained YAML traps, and a typed
/// schema for every mapping, each problem at its own file:line:column.
public struct SettingsLoader: Sendable {
    public var convertLegacy: Bool
    public var limits: InputLimits

    public init(convertLegacy: Bool = false, limits: InputLimits = .standard) {
        self.convertLegacy = convertLegacy
        self.limits = limits
    }

    public func load(file path: String) -> SettingsLoadResult {
        let context = DecodingContext(file: path, convertLegacy: convertLegacy, limits: limits)
        var settings: Settings?
        if let text = RecordText.read(path, context: context), let root = RecordComposer.compose(text, context: context) {
            let reader = NodeReader(node: root, path: "", context: context)
            if case .mapping = root, let map = reader.mapping() {
                settings = SettingsDecoder(context: context, folder: RecordLoader.folder(of: path)).decode(map)
            } else {
                context.error("(settings)", at: reader.location, Localized.settingsNotAMapping(found: root.string.map(NodeReader.quoted) ?? "a list"))
            }
        }
        let diagnostics = context.diagnostics.sortedByLocation()
        if let settings, !context.hasErrors { return .success(settings, warnings: diagnostics) }
        return .failure(diagnostics)
    }
}
