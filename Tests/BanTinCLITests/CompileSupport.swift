import Foundation
import struct Records.RecordLoader
import Testing
import TestSupport

/// Compilation booklets for the `bantin compile` tests (issue 4): generated records, the
/// booklet made from them by the real binary, and what poppler and qpdf read back from it.
enum Booklet {
    /// Runs `Scripts/gen-records.py` into `scratch/relative`; returns the folder.
    @discardableResult
    static func generate(count: Int, seed: Int, year: Int = 2023, into scratch: Scratch, _ relative: String,
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(Tool.exists("python3"), "python3 is needed to run Scripts/gen-records.py", sourceLocation: sourceLocation)
        let folder = scratch.file(relative)
        let run = Tool.run("python3", [Fixtures.path("Scripts/gen-records.py"), "--count", "\(count)", "--seed", "\(seed)",
                                       "--year", "\(year)", "--out", folder])
        try #require(run.status == 0, "gen-records.py failed: \(run.error)", sourceLocation: sourceLocation)
        return folder
    }

    /// The record files below `folder`, sorted.
    static func records(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let next = enumerator.nextObject() as? String {
            let file = (folder as NSString).appendingPathComponent(next)
            // Report records (Examples/reports) are not meetings, and settings files
            // (Examples/settings/*/bantin.yaml) no records; bantin leaves them out too.
            guard next.hasSuffix(".yaml"), (next as NSString).lastPathComponent != "bantin.yaml" else { continue }
            if RecordLoader.kind(ofFile: file) != .report { files.append(file) }
        }
        return files.sorted()
    }

    /// Runs `bantin compile` on `inputs` with `options` into `scratch/name`; returns the PDF's path.
    static func compile(_ inputs: [String], _ options: [String], into scratch: Scratch, _ name: String = "booklet.pdf",
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> (pdf: String, run: Bantin.Run) {
        let pdf = scratch.file(name)
        let run = try Bantin.run(["compile"] + inputs + options + ["-o", pdf], sourceLocation: sourceLocation)
        try #require(run.status == 0, "bantin compile failed: \(run)", sourceLocation: sourceLocation)
        return (pdf, run)
    }

    // MARK: Reading the PDF back

    /// The number of pages `pdfinfo` counts.
    static func pageCount(_ pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let value = try PDF.info("Pages", pdf, sourceLocation: sourceLocation)
        return try #require(value.flatMap { Int($0) }, "pdfinfo gives no page count for \(pdf)", sourceLocation: sourceLocation)
    }

    /// `pdftotext` of one page (1-based), with `-layout` or in reading order, NFC.
    static func pageText(_ pdf: String, _ page: Int, layout: Bool = false, crop: (x: Int, y: Int, width: Int, height: Int)? = nil,
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        var arguments = ["-f", "\(page)", "-l", "\(page)", "-enc", "UTF-8"]
        if layout { arguments.append("-layout") }
        if let crop { arguments += ["-x", "\(crop.x)", "-y", "\(crop.y)", "-W", "\(crop.width)", "-H", "\(crop.height)"] }
        return try PDF.tool("pdftotext", arguments + [pdf, "-"], sourceLocation: sourceLocation).precomposedStringWithCanonicalMapping
    }

    /// `qpdf --json` of the PDF, parsed.
    static func qpdfJSON(_ pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let text = try PDF.tool("qpdf", ["--json", pdf], sourceLocation: sourceLocation)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any], "qpdf --json gave no object", sourceLocation: sourceLocation)
    }

    /// A string as qpdf --json (version 2) writes it: `u:text` for text, `/Name` for names.
    static func qpdfString(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        return text.hasPrefix("u:") ? String(text.dropFirst(2)) : text
    }

    /// The label of every page (0-based position), from qpdf's `pagelabels` number tree: a
    /// range's prefix followed by its number in its style ("" where the range has neither,
    /// nil before the first range: no label at all).
    static func pageLabels(_ json: [String: Any], pageCount: Int) -> [String?] {
        let ranges = (json["pagelabels"] as? [[String: Any]] ?? []).compactMap { range -> (index: Int, label: [String: Any])? in
            guard let index = range["index"] as? Int, let label = range["label"] as? [String: Any] else { return nil }
            return (index, label)
        }.sorted { $0.index < $1.index }
        return (0..<pageCount).map { page -> String? in
            guard let range = ranges.last(where: { $0.index <= page }) else { return nil }
            let prefix = qpdfString(range.label["/P"]) ?? ""
            let start = range.label["/St"] as? Int ?? 1
            let number = start + page - range.index
            switch qpdfString(range.label["/S"]) {
            case "/D": return prefix + String(number)
            case "/r": return prefix + roman(number).lowercased()
            case "/R": return prefix + roman(number)
            case "/a": return prefix + letters(number).lowercased()
            case "/A": return prefix + letters(number)
            default: return prefix
            }
        }
    }

    static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, out = ""
        for (value, digits) in table { while rest >= value { out += digits; rest -= value } }
        return out
    }

    static func letters(_ number: Int) -> String {
        let letter = Character(Unicode.Scalar(UInt8(65 + (number - 1) % 26)))
        return String(repeating: letter, count: (number - 1) / 26 + 1)
    }

    /// Whether `label` is written in lowercase roman numerals (front matter).
    static func isRoman(_ label: String) -> Bool {
        !label.isEmpty && label.allSatisfy { "ivxlcdm".contains($0) }
    }

    // MARK: Leader entries

    /// One entry of the contents or the index as `pdftotext -layout` shows it: the text (its
    /// wrapped lines joined) and what follows the dot leaders.
    struct LeaderLine: CustomStringConvertible {
        var text: String
        var reference: String
        /// Whether its last line was indented further than a section entry (a meeting under a section).
        var indent: Int
        var description: String { "\(text) … \(reference)" }
    }

    /// The leader entries of `layout` text. A line that ends with dot leaders and a reference
    /// closes an entry; lines without leaders before it (other than those `isOther` says are
    /// headings, running heads or page numbers) are the first lines of its wrapped text. A
    /// long reference (an index entry's many pages) ends its line with a comma and goes on
    /// on lines of numbers of its own.
    static func leaderLines(_ layout: String, isOther: (String) -> Bool) -> [LeaderLine] {
        let pattern = try! NSRegularExpression(pattern: #"^(\s*)(\S.*?)\s*\.{3,}\s*([0-9]+(?:,\s*[0-9]+)*,?)\s*$"#)
        let continuation = try! NSRegularExpression(pattern: #"^\s*([0-9]+(?:,\s*[0-9]+)*,?)\s*$"#)
        var entries: [LeaderLine] = []
        var pending: [String] = []
        for line in layout.components(separatedBy: "\n") {
            let range = NSRange(line.startIndex..., in: line)
            if let last = entries.last, last.reference.hasSuffix(","), pending.isEmpty,
               let match = continuation.firstMatch(in: line, range: range) {
                entries[entries.count - 1].reference += " " + String(line[Range(match.range(at: 1), in: line)!])
                continue
            }
            if let match = pattern.firstMatch(in: line, range: range) {
                let text = String(line[Range(match.range(at: 2), in: line)!])
                let reference = String(line[Range(match.range(at: 3), in: line)!])
                let indent = line[Range(match.range(at: 1), in: line)!].count
                entries.append(LeaderLine(text: Text.fold((pending + [text]).joined(separator: " ")), reference: reference,
                                          indent: indent))
                pending = []
            } else {
                let trimmed = Text.fold(line)
                if trimmed.isEmpty || isOther(trimmed) { pending = []; continue }
                pending.append(trimmed)
            }
        }
        return entries
    }

    /// A meeting's contents entry split into its title and date: `Title (dd/m/yyyy)`.
    static func meetingEntry(_ text: String) -> (title: String, date: String)? {
        guard let match = text.range(of: #" \(\d{1,2}/\d{1,2}/\d{4}\)$"#, options: .regularExpression) else { return nil }
        return (String(text[..<match.lowerBound]), String(text[match].dropFirst(2).dropLast()))
    }

    /// Whether `text` holds `name` as a whole name (no letter glued before or after it).
    static func containsName(_ text: String, _ name: String) -> Bool {
        let pattern = #"(?<![\p{L}\p{M}])"# + NSRegularExpression.escapedPattern(for: name) + #"(?![\p{L}\p{M}])"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}
