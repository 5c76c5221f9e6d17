import Foundation
import Records
import Render

/// What became of one document (a record's minutes, an issue, a booklet, a report): the one
/// outcome type of every product.
enum DocumentOutcome: Sendable {
    /// Written; the warnings of its input come along.
    case written(WrittenFile, warnings: [Diagnostic])
    /// Bad input: nothing written.
    case rejected([Diagnostic])
    /// Not written: a message line, and whether the system failed (exit 3) or the input.
    case failed(String, system: Bool, warnings: [Diagnostic])

    /// The outcome of an error thrown while building or writing a document for `source`
    /// (the record or option the document comes from).
    static func failure(_ error: Error, source: String, warnings: [Diagnostic] = []) -> DocumentOutcome {
        if let error = error as? OutputError { return .failed(error.localized.text(), system: true, warnings: warnings) }
        if let error = error as? RenderError, error.isSystemFailure {
            return .failed(Localized.sourceError(source, errorText(error)).text(), system: true, warnings: warnings)
        }
        return .failed(Localized.sourceError(source, errorText(error)).text(), system: false, warnings: warnings)
    }
}
