/// A position in a record file: 1-based line and column (columns count Unicode scalars, as
/// libyaml does).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the prefix editors and compilers use.
    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in a record, tied to the field and the place in the file it comes from.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Errors make a record invalid; warnings (e.g. legacy text that was converted) do not.
    public enum Severity: Sendable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    /// Dotted record path with indices (`attendance.absent[1].name`), or a bracketed
    /// pseudo-field such as `(syntax)` or `(file)` for problems that belong to no field.
    public var field: String
    public var message: String

    public init(severity: Severity = .error, location: SourceLocation, field: String, message: String) {
        self.severity = severity
        self.location = location
        self.field = field
        self.message = message
    }

    /// `file:line:column: error: field.path: message`, the format docs/design.md fixes.
    public var description: String {
        let kind = severity == .error ? "error" : "warning"
        return "\(location): \(kind): \(field): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Diagnostics in file order (line, then column); ties keep the order they were found in.
    func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let (l, r) = (a.element.location, b.element.location)
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
