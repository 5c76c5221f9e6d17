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

        /// `lỗi` / `error`, `cảnh báo` / `warning`: the word after the position.
        public var word: Localized { self == .error ? .errorWord : .warningWord }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// Dotted record path with indices (`attendance.absent[1].name`), or a bracketed
    /// pseudo-field such as `(syntax)` or `(file)` for problems that belong to no field.
    public var field: String
    /// What is wrong and how to fix it, in both languages (`message.en` for tests).
    public var message: Localized
    /// The record's line at `location`, as written, kept so the display needs no re-reading.
    public var sourceLine: String?

    public init(severity: Severity = .error, location: SourceLocation, field: String, message: Localized,
                sourceLine: String? = nil) {
        self.severity = severity
        self.location = location
        self.field = field
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `file:line:column: error: field.path: message` in the process's language.
    public var description: String { description(in: .current) }

    /// `file:line:column: lỗi: field.path: message`, the format docs/design.md fixes, in
    /// `language`, with control characters from the record escaped (see `SafeText`).
    public func description(in language: Language) -> String {
        SafeText.escaped("\(location): \(severity.word.text(in: language)): \(field): \(message.text(in: language))")
    }

    /// The one-line form followed, when the line is known, by the source line and a caret
    /// under the column, as rustc and typst show them:
    ///
    ///     a.yaml:3:8: error: guest: unknown field; did you mean guests?
    ///        |
    ///      3 | guest:
    ///        | ^
    ///
    /// `color` adds ANSI colours (red errors, yellow warnings); the caller passes whether
    /// the output is a terminal; `language` is the process's by default.
    public func rendered(color: Bool, language: Language = .current) -> String {
        let kind = severity.word.text(in: language)
        let paint = { (code: String, text: String) in color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let kindCode = severity == .error ? "1;31" : "1;33"
        var out = SafeText.escaped("\(location): ") + paint(kindCode, kind) + SafeText.escaped(": \(field): \(message.text(in: language))")
        guard let sourceLine else { return out }
        // The caret sits under the column: tabs stay tabs so it lines up with the line above,
        // and an escaped character widens the gap by its escape's length.
        var gutter = "", shown = ""
        for (index, scalar) in sourceLine.unicodeScalars.enumerated() {
            let text = SafeText.escaped(String(scalar))
            shown += text
            if index < location.column - 1 {
                gutter += scalar == "\t" ? "\t" : String(repeating: " ", count: scalar.properties.generalCategory == .nonspacingMark ? 0 : text.count)
            }
        }
        let number = String(location.line)
        let pad = String(repeating: " ", count: number.count)
        out += "\n" + paint("1;34", "\(pad) |")
        out += "\n" + paint("1;34", "\(number) |") + " " + shown
        out += "\n" + paint("1;34", "\(pad) |") + " " + gutter + paint(kindCode, "^")
        return out
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
