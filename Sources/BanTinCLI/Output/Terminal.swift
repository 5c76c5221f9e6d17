import Foundation
import Records

/// Every line BanTin prints goes through here: results (one line per file written, then a
/// summary) on standard output, problems (errors, warnings, notes) on standard error, for
/// every command.
enum Terminal {
    /// Prints one record diagnostic on stderr, with its source line and a caret under the
    /// column when the line is known; in colour only when stderr is a terminal.
    static func printDiagnostic(_ diagnostic: Diagnostic) {
        printProblem(diagnostic.rendered(color: colours))
    }

    /// Whether problems are printed in colour: only to a terminal, and never with NO_COLOR set
    /// (no-color.org).
    static let colours: Bool = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Prints a problem that belongs to no record position (`path: error: …`, notes) on stderr.
    static func printProblem(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints a result line (a file written, a summary) on stdout.
    static func printResult(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
