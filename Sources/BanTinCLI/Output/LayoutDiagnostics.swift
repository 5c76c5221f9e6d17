import Documents
import Foundation
import Records

extension LayoutError.Problem {
    /// The problem as a diagnostic with its source line, so it prints with a caret under the
    /// column like a record's; nil when the file, the position or the key is not known.
    var diagnostic: Diagnostic? {
        guard let file, let position, !path.isEmpty else { return nil }
        return Diagnostic(location: SourceLocation(file: file, line: position.line, column: position.column), field: path,
                          message: .verbatim(message), sourceLine: Self.line(position.line, of: file))
    }

    /// Line `number` (1-based) of `file`, without its line break; nil when it cannot be read.
    /// Layout files are at most 1 MB (checked when they were loaded).
    private static func line(_ number: Int, of file: String) -> String? {
        guard number >= 1, let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.unicodeScalars.first == "\u{FEFF}" { lines[0] = first.dropFirst() }
        guard number <= lines.count else { return nil }
        let line = lines[number - 1]
        return String(line.hasSuffix("\r") ? line.dropLast() : line)
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
