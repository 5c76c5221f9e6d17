import Documents
import Foundation
import Records

extension LayoutError.Problem {
    /// The problem as a diagnostic with its source line, so it prints with a caret under the
    /// column like a record's; nil when the file, the position or the key is not known.
    var diagnostic: Diagnostic? {
        guard let file, let position, !path.isEmpty else { return nil }
        return Diagnostic(location: SourceLocation(file: file, line: position.line, column: position.column), field: path,
                          message: .verbatim(message), sourceLine: SourceLines.line(position.line, of: file))
    }
}

extension Terminal {
    /// Prints an error that stops a command: a layout's problems as diagnostics (source line
    /// and caret), anything else as one line.
    static func printStopping(_ error: any Error) {
        guard let layout = error as? LayoutError else { return printProblem(errorLine(error)) }
        for problem in layout.problems {
            if let diagnostic = problem.diagnostic { printDiagnostic(diagnostic) } else { printProblem(problem.description) }
        }
    }
}
