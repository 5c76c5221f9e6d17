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

    public init(convertLegacy: Bool = false) {
        self.convertLegacy = convertLegacy
    }

    /// Reads, decodes and validates the record at `path`. All problems of the file come back
    /// together, in file order; a missing or unreadable file is a diagnostic too.
    public func load(file path: String) -> RecordLoadResult {
        let context = DecodingContext(file: path, convertLegacy: convertLegacy)
        let meeting = read(path, context)
        let diagnostics = context.diagnostics.sortedByLocation()
        if let meeting, !context.hasErrors {
            return .success(meeting, warnings: diagnostics)
        }
        return .failure(diagnostics.isEmpty ? [internalError(path)] : diagnostics)
    }

    private func read(_ path: String, _ context: DecodingContext) -> Meeting? {
        guard let text = RecordText.read(path, context: context),
              let root = RecordComposer.compose(text, context: context) else { return nil }
        let rootReader = NodeReader(node: root, path: "", context: context)
        guard case .mapping = root else {
            context.error("(record)", at: rootReader.location,
                          "expected the fields of a record (key: value lines), found \(root.isSequence ? "a list" : "a single value")")
            return nil
        }
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        var draft = MeetingDecoder(context: context, recordFolder: folder).decode(rootReader.mapping()!)
        MeetingValidator.validate(&draft, context: context)
        return draft.meeting(sourceFile: path, locations: context.locations)
    }

    /// Never expected: a draft without errors always has its required fields.
    private func internalError(_ path: String) -> Diagnostic {
        Diagnostic(location: SourceLocation(file: path, line: 1, column: 1), field: "(record)",
                   message: "could not be read for an unknown reason")
    }
}

/// Node kind tests the loader needs for its root message.
private extension Yams.Node {
    var isSequence: Bool { if case .sequence = self { return true } else { return false } }
}
