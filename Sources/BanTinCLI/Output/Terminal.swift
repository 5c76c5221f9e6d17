import Foundation
import Records

/// Every line BanTin prints goes through here: results (one line per file written, then a
/// summary) on standard output, problems (errors, warnings, notes) on standard error, for
/// every command.
enum Terminal {
    /// Prints one record diagnostic on stderr. The one place diagnostics are formatted, so a
    /// richer form (the source line with a caret) plugs in here for every command.
    static func printDiagnostic(_ diagnostic: Diagnostic) {
        printProblem(diagnostic.description)
    }

    /// Prints a problem that belongs to no record position (`path: error: …`, notes) on stderr.
    static func printProblem(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints a result line (a file written, a summary) on stdout.
    static func printResult(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
