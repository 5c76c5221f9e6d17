import Records
import Typesetting

/// Checks, before anything renders, that every character of a record's text is in the fonts
/// its document uses: a missing glyph is an error naming the character, the field and its
/// line, never a box in the PDF.
enum FontCoverage {
    /// `skipping` names record parts (path prefixes) the document does not print.
    static func problems(in meeting: Meeting, fonts: [Font], skipping skipped: [String] = []) -> [Diagnostic] {
        problems(in: meeting.textFields.filter { field in !skipped.contains { field.path.hasPrefix($0) } },
                 sourceFile: meeting.sourceFile, fonts: fonts)
    }

    /// The problems of `fields`, read from `sourceFile`.
    static func problems(in fields: [(path: String, value: String, location: SourceLocation)], sourceFile: String,
                         fonts: [Font]) -> [Diagnostic] {
        // Each distinct character is asked of each font once; records repeat a small alphabet.
        var verdicts: [Unicode.Scalar: [Font]] = [:]
        func lacking(_ scalar: Unicode.Scalar) -> [Font] {
            if let known = verdicts[scalar] { return known }
            let result = fonts.filter { !$0.covers(scalar) }
            verdicts[scalar] = result
            return result
        }
        var problems: [Diagnostic] = []
        // Lines by file: a value the settings gave stands in bantin.yaml, not in the record.
        var sources: [String: [[Unicode.Scalar]]] = [:]
        for field in fields {
            var reported = Set<Unicode.Scalar>()
            for scalar in field.value.unicodeScalars where scalar.value >= 0x80 || scalar.value < 0x20 {
                let missing = lacking(scalar)
                guard !missing.isEmpty, reported.insert(scalar).inserted else { continue }
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                let names = Array(Set(missing.map { "\($0.family) \($0.style)" })).sorted().joined(separator: ", ")
                let file = field.location.file.isEmpty ? sourceFile : field.location.file
                if sources[file] == nil { sources[file] = lines(of: file) }
                let location = position(of: scalar, in: sources[file]!, from: field.location) ?? field.location
                problems.append(Diagnostic(severity: .error, location: location, field: field.path,
                                           message: .characterNotInFont(String(Character(scalar)), code, names)))
            }
        }
        return problems
    }

    /// The problems of a text given on the command line (`--publisher`), one line each
    /// naming the option: it is printed like record text, so it must be in the fonts too.
    static func problems(inOption option: String, value: String, fonts: [Font]) -> [String] {
        let fields = [(path: option, value: value, location: SourceLocation(file: option, line: 0, column: 0))]
        return problems(in: fields, sourceFile: "", fonts: fonts).map { "bantin: \(Diagnostic.Severity.error.word): \(option): \($0.message)" }
    }

    /// The file's lines as scalars, or no lines when it cannot be read again.
    static func lines(of file: String) -> [[Unicode.Scalar]] {
        guard var text = try? String(contentsOfFile: file, encoding: .utf8) else { return [] }
        // A byte-order mark is not a column, for the YAML parser either.
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    }

    /// Where `scalar` first occurs at or after `start` in the source (1-based line and
    /// scalar column, as the YAML parser counts), so a character deep in a multi-line
    /// paragraph is reported on its own line.
    static func position(of scalar: Unicode.Scalar, in lines: [[Unicode.Scalar]], from start: SourceLocation) -> SourceLocation? {
        guard start.line >= 1 else { return nil }
        for lineIndex in (start.line - 1)..<lines.count {
            let line = lines[lineIndex]
            let from = lineIndex == start.line - 1 ? max(0, start.column - 1) : 0
            guard from < line.count else { continue }
            if let column = line[from...].firstIndex(of: scalar) {
                return SourceLocation(file: start.file, line: lineIndex + 1, column: column + 1)
            }
        }
        return nil
    }
}
