/// The outcome of loading one report record: the report (with any warnings) or every problem.
public enum ReportLoadResult: Sendable {
    case success(Report, warnings: [Diagnostic])
    case failure([Diagnostic])
}

/// Loads one report record (`kind: report`) into a checked `Report`: fields, heading levels,
/// signer, signature image and the placeholder names of every text.
public struct ReportLoader: Sendable {
    public var convertLegacy: Bool
    /// How large and how repetitive a record may be.
    public var limits: InputLimits
    /// The organisation's settings (the record's nearest bantin.yaml); the record's own fields win.
    public var settings: Settings?
    /// Folders besides the report's own tree whose signature image it may use.
    public var allowedFolders: [String]

    public init(convertLegacy: Bool = false, limits: InputLimits = .standard, settings: Settings? = nil,
                allowedFolders: [String] = []) {
        self.convertLegacy = convertLegacy
        self.limits = limits
        self.settings = settings
        self.allowedFolders = allowedFolders
    }

    /// `text`, when given, is read instead of the file at `path` (an editor's copy).
    public func load(file path: String, text: String? = nil) -> ReportLoadResult {
        let context = DecodingContext(file: path, convertLegacy: convertLegacy, limits: limits, allowedFolders: allowedFolders)
        context.providedText = text
        var report: Report?
        if let root = RecordLoader.root(path, context) {
            let common = MeetingDecoder(context: context, recordFolder: RecordLoader.folder(of: path))
            root.check(RecordSchema.report)
            let kind = common.choice(root, "kind", RecordKind.self)
            if kind == .meeting, let reader = root.child("kind") {
                context.error(reader.path, at: reader.location, .meetingIsNotAReport)
            } else {
                report = ReportDecoder(context: context, recordFolder: RecordLoader.folder(of: path), settings: settings).decode(root)
            }
        }
        report?.sourceFile = path
        report?.fieldLocations = context.locations
        if let report {
            for (path, text) in report.fillableTexts {
                if case .failure(let problem) = ReportPlaceholders.parse(text) {
                    context.error(path, at: report.nearestLocation(of: path), problem.message)
                }
            }
        }
        let diagnostics = context.diagnostics.sortedByLocation()
        if let report, !context.hasErrors { return .success(report, warnings: diagnostics) }
        return .failure(diagnostics.isEmpty
            ? [Diagnostic(location: SourceLocation(file: path, line: 1, column: 1), field: "(record)", message: .unknownReadFailure)]
            : diagnostics)
    }
}
