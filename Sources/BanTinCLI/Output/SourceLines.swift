import Foundation

/// Lines of a file a message points into (a layout, a meeting record a report left out), so the
/// message prints the line with a caret under the column.
enum SourceLines {
    /// Line `number` (1-based) of `file`, without its line break; nil when it cannot be read.
    /// Layout files are at most 1 MB and records within their input limits (checked when
    /// they were loaded).
    static func line(_ number: Int, of file: String) -> String? {
        guard number >= 1, let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.unicodeScalars.first == "\u{FEFF}" { lines[0] = first.dropFirst() }
        guard number <= lines.count else { return nil }
        let line = lines[number - 1]
        return String(line.hasSuffix("\r") ? line.dropLast() : line)
    }
}
