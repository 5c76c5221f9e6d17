import Foundation
import Yams

/// The outcome of loading one record: the meeting (with any warnings) or every problem.
public enum RecordLoadResult: Sendable {
    case success(Meeting, warnings: [Diagnostic])
    case failure([Diagnostic])
}

/// Loads one record file (YAML or JSON) into a validated `Meeting`.
public struct RecordLoader: Sendable {
    /// Convert text detected as TCVN3, VNI or VIQR (reported as a warning) instead of
    /// rejecting it (reported as an error).
    public var convertLegacy: Bool
    /// How large and how repetitive a record may be.
    public var limits: InputLimits
    /// The organisation's settings (the record's nearest bantin.yaml): what they hold fills
    /// what the record leaves out; the record's own fields win.
    public var settings: Settings?
    /// Folders besides the record's own tree whose photos it may use (absolute or relative
    /// to the working folder); anything else is refused at its field.
    public var allowedFolders: [String]

    public init(convertLegacy: Bool = false, limits: InputLimits = .standard, settings: Settings? = nil,
                allowedFolders: [String] = []) {
        self.convertLegacy = convertLegacy
        self.limits = limits
        self.settings = settings
        self.allowedFolders = allowedFolders
    }

    /// Reads, decodes and validates the record at `path`. All problems of the file come back
    /// together, in file order; a missing or unreadable file is a diagnostic too. `text`, when
    /// given, is the record's text as an editor holds it, read instead of the file at `path`.
    public func load(file path: String, text: String? = nil) -> RecordLoadResult {
        let context = DecodingContext(file: path, convertLegacy: convertLegacy, limits: limits, allowedFolders: allowedFolders)
        context.providedText = text
        let meeting = read(path, context)
        let diagnostics = context.diagnostics.sortedByLocation()
        if let meeting, !context.hasErrors {
            return .success(meeting, warnings: diagnostics)
        }
        return .failure(diagnostics.isEmpty ? [internalError(path)] : diagnostics)
    }

    private func read(_ path: String, _ context: DecodingContext) -> Meeting? {
        guard let root = Self.root(path, context) else { return nil }
        var draft = MeetingDecoder(context: context, recordFolder: Self.folder(of: path), settings: settings).decode(root)
        MeetingValidator.validate(&draft, context: context)
        return draft.meeting(sourceFile: path, locations: context.locations)
    }

    /// The root mapping of the record at `path`; nil once a missing file, a syntax error or
    /// a root that is not a mapping has been reported.
    static func root(_ path: String, _ context: DecodingContext) -> MappingReader? {
        guard let text = RecordText.read(path, context: context),
              let root = RecordComposer.compose(text, context: context) else { return nil }
        let rootReader = NodeReader(node: root, path: "", context: context)
        guard case .mapping = root else {
            context.error("(record)", at: rootReader.location,
                          .notRecordFields(found: root.isSequence ? .listFound : .singleValueFound))
            return nil
        }
        return rootReader.mapping()
    }

    /// The folder of a record file: photo and signature paths are relative to it.
    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
    }

    /// What the record at `path` says it is (`kind:`), read without decoding the rest; nil
    /// when the file cannot be read, is over the limits or gives no valid kind (loading it
    /// reports why).
    public static func kind(ofFile path: String, limits: InputLimits = .standard) -> RecordKind? {
        let context = DecodingContext(file: path, convertLegacy: false, limits: limits)
        guard let text = RecordText.read(path, context: context) else { return nil }
        // Only a file that mentions a report can be one; meeting records skip the parse.
        guard text.contains("report") else { return .meeting }
        guard let root = RecordComposer.compose(text, context: context), case .mapping(let mapping) = root,
              let value = mapping.first(where: { $0.key.string == "kind" })?.value.string else { return nil }
        return RecordKind(rawValue: value.trimmingWhitespace().lowercased())
    }

    /// Never expected: a draft without errors always has its required fields.
    private func internalError(_ path: String) -> Diagnostic {
        Diagnostic(location: SourceLocation(file: path, line: 1, column: 1), field: "(record)",
                   message: .unknownReadFailure)
    }
}

/// Node kind tests the loader needs for its root message.
private extension Yams.Node {
    var isSequence: Bool { if case .sequence = self { return true } else { return false } }
}
