import ArgumentParser
import Foundation
import Records
import Render

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
            for text in file.overlong { Terminal.printProblem(Localized.textWiderThanColumn(file.path, text).text()) }
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
            for file in written { Terminal.printResult(Localized.pagesWritten(file.path, pages: file.pages).text()) }
            if let summary { Terminal.printResult(summary) }
        }
        if status != .done { throw ExitCode(status.rawValue) }
    }
}
