import Foundation
import Testing
import TestSupport

/// Issue 10.3: one message catalogue, every message in both languages. The catalogue is the
/// `Localized(vi: …, en: …)` entries of the `*Messages.swift` files under Sources/; this reads
/// them as source text, so a message added without its other language fails here.
@Suite struct CatalogueTests {
    /// One `Localized(vi:en:)` entry: its file, line and two texts as written.
    struct Entry: CustomStringConvertible {
        var file: String, line: Int, vi: String, en: String
        var description: String { "\(file):\(line)" }
    }

    /// Letters only Vietnamese writes (a plain-ASCII "Vietnamese" text is English left in place).
    static let vietnameseLetters = Set("ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ")

    static var sourceFiles: [String] {
        let root = Fixtures.path("Sources")
        let found = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".swift") }.sorted().map { (root as NSString).appendingPathComponent($0) }
    }

    static var catalogueFiles: [String] { sourceFiles.filter { $0.hasSuffix("Messages.swift") } }

    static func entries() throws -> [Entry] {
        var entries: [Entry] = []
        for file in catalogueFiles {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            var scanner = SwiftStrings(text)
            while let start = scanner.next("Localized(vi:") {
                let line = text[..<start].filter { $0 == "\n" }.count + 1
                let name = "\((file as NSString).lastPathComponent):\(line)"
                let vi = scanner.literal()
                let hasEnglish = scanner.skip(",") && scanner.skip("en:")
                let en = hasEnglish ? scanner.literal() : nil
                guard let vi, let en else {
                    Issue.record("\(name): both texts must be string literals (vi: \"…\", en: \"…\")")
                    continue
                }
                entries.append(Entry(file: (file as NSString).lastPathComponent, line: line, vi: vi, en: en))
            }
        }
        return entries
    }

    @Test func theCatalogueIsFound() throws {
        let files = Self.catalogueFiles.map { ($0 as NSString).lastPathComponent }
        for expected in ["CommandMessages.swift", "HelpMessages.swift", "OutputMessages.swift", "LayoutMessages.swift"] {
            #expect(files.contains(expected), "\(files)")
        }
        #expect(try Self.entries().count > 150)
    }

    @Test func everyMessageHasBothLanguagesAndTheyDiffer() throws {
        for entry in try Self.entries() {
            #expect(!entry.vi.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry): empty Vietnamese text")
            #expect(!entry.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry): empty English text")
            #expect(entry.vi != entry.en, "\(entry): the Vietnamese text is the English one: \(entry.en)")
        }
    }

    @Test func everyVietnameseTextIsVietnamese() throws {
        for entry in try Self.entries() {
            #expect(entry.vi.lowercased().contains { Self.vietnameseLetters.contains($0) },
                    "\(entry): no Vietnamese letter in \(entry.vi)")
        }
    }

    @Test func bothTextsFillInTheSameValues() throws {
        for entry in try Self.entries() {
            #expect(SwiftStrings.interpolations(entry.vi) == SwiftStrings.interpolations(entry.en),
                    "\(entry): \(entry.vi) | \(entry.en)")
        }
    }

    @Test func messagesAreWrittenOnlyInTheCatalogue() throws {
        for file in Self.sourceFiles where !file.hasSuffix("Messages.swift") && !file.hasSuffix("/Localized.swift") {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(!text.contains("Localized(vi:"), "\(file) writes a message outside the catalogue (a *Messages.swift file)")
        }
    }
}

/// Reads Swift string literals out of source text: `"…"` with escapes and `\(…)`
/// interpolations (which may hold literals of their own), and `"""…"""` blocks.
struct SwiftStrings {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) { characters = Array(text) }

    /// Moves past the next occurrence of `word`; its start offset, nil at the end.
    mutating func next(_ word: String) -> String.Index? {
        let pattern = Array(word)
        while index + pattern.count <= characters.count {
            if Array(characters[index..<index + pattern.count]) == pattern {
                let text = String(characters)
                let start = text.index(text.startIndex, offsetBy: index)
                index += pattern.count
                return start
            }
            index += 1
        }
        return nil
    }

    /// Skips white space, then `token`; false when something else comes.
    mutating func skip(_ token: String) -> Bool {
        skipSpace()
        let pattern = Array(token)
        guard index + pattern.count <= characters.count, Array(characters[index..<index + pattern.count]) == pattern else { return false }
        index += pattern.count
        return true
    }

    private mutating func skipSpace() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    /// The literal at this point (after white space), as written between its quotes.
    mutating func literal() -> String? {
        skipSpace()
        if skip("\"\"\"") {
            var body = ""
            while index < characters.count {
                if characters[index] == "\"", index + 2 < characters.count, characters[index + 1] == "\"", characters[index + 2] == "\"" {
                    index += 3
                    return body
                }
                body.append(characters[index])
                index += 1
            }
            return nil
        }
        guard index < characters.count, characters[index] == "\"" else { return nil }
        index += 1
        return quoted()
    }

    /// The rest of a `"…"` literal, the closing quote consumed.
    private mutating func quoted() -> String? {
        var body = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "\"": return body
            case "\\":
                guard index < characters.count else { return nil }
                let escaped = characters[index]
                index += 1
                body.append("\\"); body.append(escaped)
                if escaped == "(" {
                    guard let inner = interpolation() else { return nil }
                    body += inner
                }
            default: body.append(character)
            }
        }
        return nil
    }

    /// The inside of `\(…)` up to and with its closing parenthesis.
    private mutating func interpolation() -> String? {
        var depth = 1, body = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "\"" {
                guard let inner = quoted() else { return nil }
                body += "\"" + inner + "\""
                continue
            }
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 { return body + ")" }
            }
            body.append(character)
        }
        return nil
    }

    /// The values a text fills in, sorted, `x.vi` and `x.en` counted as the same `x`.
    static func interpolations(_ text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\\(") {
            var inner = SwiftStrings(String(rest[start.upperBound...]))
            guard let body = inner.interpolation() else { break }
            var value = String(body.dropLast())
            for suffix in [".vi", ".en"] where value.hasSuffix(suffix) { value = String(value.dropLast(suffix.count)) }
            found.append(value)
            rest = rest[start.upperBound...].dropFirst(body.count)
        }
        return found.sorted()
    }
}
