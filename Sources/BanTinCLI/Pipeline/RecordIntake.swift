import Records

/// Loads one record for a product made from meeting records: the record's own problems,
/// then a refusal of records of another kind (a report is not minutes or a news item).
enum RecordIntake {
    static func meeting(_ file: String, convertLegacy: Bool, allowedFolders: [String] = [], product: Localized)
        -> (meeting: Meeting?, diagnostics: [Diagnostic]) {
        switch RecordLoader(convertLegacy: convertLegacy, allowedFolders: allowedFolders).load(file: file) {
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
}
