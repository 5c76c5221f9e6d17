import Yams

/// The state of reading one record: its file name, what was found wrong, and where each
/// field sits. Shared by every reader of that record, hence a class; never crosses threads.
final class DecodingContext {
    let file: String
    let convertLegacy: Bool
    let limits: InputLimits
    /// Folders besides the record's own whose images it may use (`--allow-folder`).
    let allowedFolders: [String]
    private(set) var diagnostics: [Diagnostic] = []
    /// Dotted path → location of every field, mapping and list that was read.
    private(set) var locations: [String: SourceLocation] = [:]
    /// Paths of required fields whose absence was already blamed on a misspelt key.
    var misspeltRequired: Set<String> = []
    /// Paths of required fields a settings file (bantin.yaml) may hold instead: their
    /// "missing" message says so.
    var settable: Set<String> = []
    /// The record's lines as Unicode scalars, for the few checks that need the source itself.
    var sourceLines: [[Unicode.Scalar]] = []
    /// The record's text when it comes from an editor rather than from `file` (the server's
    /// check and preview); `file` still names where the record lives, for its photos and settings.
    var providedText: String?

    init(file: String, convertLegacy: Bool, limits: InputLimits = .standard, allowedFolders: [String] = []) {
        self.file = file
        self.convertLegacy = convertLegacy
        self.limits = limits
        self.allowedFolders = allowedFolders
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ field: String, at location: SourceLocation, _ message: Localized) {
        diagnostics.append(Diagnostic(severity: .error, location: location, field: field, message: message,
                                      sourceLine: sourceLine(location.line)))
    }

    func warning(_ field: String, at location: SourceLocation, _ message: Localized) {
        diagnostics.append(Diagnostic(severity: .warning, location: location, field: field, message: message,
                                      sourceLine: sourceLine(location.line)))
    }

    /// The text of line `number` of the record, kept in each diagnostic for its display.
    func sourceLine(_ number: Int) -> String? {
        guard number >= 1, number <= sourceLines.count else { return nil }
        var line = sourceLines[number - 1]
        if line.last == "\r" { line.removeLast() }
        return String(String.UnicodeScalarView(line))
    }

    func record(_ path: String, at location: SourceLocation) {
        locations[path] = location
    }

    /// The character at a mark, if the source has one there.
    func character(at mark: Mark?) -> Unicode.Scalar? {
        guard let mark, mark.line >= 1, mark.line <= sourceLines.count else { return nil }
        let line = sourceLines[mark.line - 1]
        return mark.column >= 1 && mark.column <= line.count ? line[mark.column - 1] : nil
    }

    /// The location of a Yams mark; libyaml marks are already 1-based.
    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
