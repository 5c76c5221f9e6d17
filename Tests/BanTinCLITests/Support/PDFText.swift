import Documents
import Foundation
import Records
import Testing
import TestSupport

/// What a user's PDF tools (poppler, qpdf) say about a PDF.
enum PDF {
    /// `pdftotext -raw`: the text in the order it was drawn, which keeps every paragraph and
    /// every table cell contiguous. Page numbers (the last line of pages 2, 3, …) are removed
    /// so a paragraph that runs over a page break reads on.
    ///
    /// Plain `pdftotext` joins a line ending in `-` to the next one and drops the hyphen
    /// (it takes it for a hyphenation), so `(15/6/1933 -⏎15/6/2023)` would read
    /// `(15/6/1933 15/6/2023)`; `-layout` interleaves the two header columns and table cells.
    static func rawText(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let text = try tool("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"], sourceLocation: sourceLocation)
        var pages = text.components(separatedBy: "\u{0C}")
        for index in pages.indices.dropFirst() {
            var lines = pages[index].components(separatedBy: "\n")
            if let number = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespaces) == String(index + 1) }) {
                lines.remove(at: number)
            }
            pages[index] = lines.joined(separator: "\n")
        }
        return pages.joined(separator: "\n")
    }

    /// `pdftotext -layout`: lines as they are on the page.
    static func layoutText(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        try tool("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], sourceLocation: sourceLocation)
    }

    /// The value of `key` in `pdfinfo -isodates`.
    static func info(_ key: String, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String? {
        let text = try tool("pdfinfo", ["-isodates", path], sourceLocation: sourceLocation)
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            return line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Runs a PDF tool and returns its standard output; a missing tool or a failure is a
    /// test failure that says so.
    static func tool(_ name: String, _ arguments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        try #require(Tool.exists(name), "\(name) is not installed (poppler-utils, qpdf)", sourceLocation: sourceLocation)
        let result = Tool.run(name, arguments, environment: ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin:/usr/local/bin"])
        try #require(result.status == 0, "\(name) \(arguments.joined(separator: " ")) failed: \(result.error)",
                     sourceLocation: sourceLocation)
        return result.output
    }
}

/// Text compared the way a reader compares it: NFC, white space folded to single spaces.
func folded(_ text: String) -> String {
    Text.fold(text.precomposedStringWithCanonicalMapping)
}

/// A record's text fields as a reader sees them in its minutes.
enum RecordText {
    /// The loaded record; a record that does not load is a test failure.
    static func meeting(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Meeting {
        switch RecordLoader().load(file: path) {
        case .success(let meeting, _):
            return meeting
        case .failure(let diagnostics):
            Issue.record("\(path) does not load: \(diagnostics.map(\.description).joined(separator: "\n"))",
                         sourceLocation: sourceLocation)
            throw RecordDoesNotLoad()
        }
    }

    struct RecordDoesNotLoad: Error {}

    /// Every text field that the minutes show as written: markup removed, the issuing body's
    /// name and parent uppercased (the header sets them in capitals). Left out: the code and
    /// place, which appear only inside the number and date lines, and `article.*` and the
    /// photo captions, the news item a bulletin makes from the record (docs/design.md: "what a
    /// bulletin needs beyond the minutes").
    static func shownFields(of meeting: Meeting) -> [(path: String, text: String)] {
        meeting.textFields.compactMap { field in
            if ["organization.code", "organization.place"].contains(field.path) || field.path.hasPrefix("article.")
                || field.path.hasPrefix("photos[") {
                return nil
            }
            var text = InlineMarkup.plainText(field.value)
            if ["organization.name", "organization.parent"].contains(field.path) { text = text.uppercased() }
            return (field.path, folded(text))
        }
    }
}
