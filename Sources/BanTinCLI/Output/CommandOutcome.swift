import ArgumentParser
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
        if let error = error as? OutputError { return .failed(error.description, system: true, warnings: warnings) }
        if let error = error as? RenderError, error.isSystemFailure {
            return .failed("\(source): error: \(error)", system: true, warnings: warnings)
        }
        return .failed("\(source): error: \(error)", system: false, warnings: warnings)
    }
}

/// The exit statuses of the command line.
enum ExitStatus: Int32, Comparable {
    case done = 0, badInput = 1, usage = 2, systemFailure = 3

    /// How bad: a system failure outranks bad input.
    static func < (a: ExitStatus, b: ExitStatus) -> Bool { a.rawValue < b.rawValue }
}

/// What a command did: the files written, the worst status met. Problems are printed as
/// they are recorded (stderr); results when the command finishes (stdout).
struct CommandOutcome {
    private(set) var written: [WrittenFile] = []
    private(set) var status: ExitStatus = .done

    /// Raises the status to `status` if that is worse.
    mutating func note(_ status: ExitStatus) { self.status = max(self.status, status) }

    /// Prints the problems of `outcome` and keeps what it wrote.
    mutating func record(_ outcome: DocumentOutcome) {
        switch outcome {
        case .written(let file, let warnings):
            warnings.forEach(Terminal.printDiagnostic)
            written.append(file)
        case .rejected(let diagnostics):
            diagnostics.forEach(Terminal.printDiagnostic)
            note(.badInput)
        case .failed(let message, let system, let warnings):
            warnings.forEach(Terminal.printDiagnostic)
            Terminal.printProblem(message)
            note(system ? .systemFailure : .badInput)
        }
    }

    /// Prints one line per file written and `summary` (none with `quiet`), then ends the
    /// command with its status.
    func finish(summary: String?, quiet: Bool) throws {
        if !quiet {
            for file in written { Terminal.printResult("\(file.path): \(Plural.count(file.pages, "page"))") }
            if let summary { Terminal.printResult(summary) }
        }
        if status != .done { throw ExitCode(status.rawValue) }
    }
}

/// "1 page", "3 pages".
enum Plural {
    static func count(_ number: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }
}
