import Foundation
import Testing

/// The message catalogue (every `extension Localized` in a `*Messages.swift` file under
/// `Sources/`) read as source: each entry has both texts, and no message is written anywhere
/// else, so no message can exist in one language only (issue 10, point 3).
@Suite struct MessageCatalogueTests {
    /// One `Localized(vi: "…", en: "…")` of the catalogue.
    struct Entry: CustomStringConvertible {
        var file: String
        var line: Int
        var vi: String
        var en: String
        var description: String { "\(file):\(line)" }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every Swift file under `Sources/`, relative path and text.
    static let sources: [(path: String, text: String)] = {
        let sources = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".swift") }.sorted().compactMap { relative in
            (try? String(contentsOf: sources.appendingPathComponent(relative), encoding: .utf8)).map { ("Sources/" + relative, $0) }
        }
    }()

    static let entries: [Entry] = sources.filter { $0.path.hasSuffix("Messages.swift") }.flatMap { parse($0.text, file: $0.path) }

    /// The entries of one file: each `Localized(vi:` followed by two string literals.
    static func parse(_ text: String, file: String) -> [Entry] {
        let chars = Array(text.unicodeScalars)
        let opening = Array("Localized(vi:".unicodeScalars)
        var entries: [Entry] = []
        var index = 0
        while index + opening.count <= chars.count {
            guard Array(chars[index..<(index + opening.count)]) == opening else { index += 1; continue }
            let line = chars[..<index].filter { $0 == "\n" }.count + 1
            var cursor = index + opening.count
            guard let vi = literal(chars, &cursor) else { index += 1; continue }
            while cursor < chars.count, " \n,".unicodeScalars.contains(chars[cursor]) { cursor += 1 }
            guard chars[cursor...].starts(with: "en:".unicodeScalars) else { index += 1; continue }
            cursor += 3
            guard let en = literal(chars, &cursor) else { index += 1; continue }
            entries.append(Entry(file: file, line: line, vi: vi, en: en))
            index = cursor
        }
        return entries
    }

    /// The source text of the string literal at `cursor` (after spaces), without its quotes;
    /// interpolations `\( … )` are kept whole, nested quotes and parentheses included.
    static func literal(_ chars: [Unicode.Scalar], _ cursor: inout Int) -> String? {
        while cursor < chars.count, chars[cursor] == " " || chars[cursor] == "\n" { cursor += 1 }
        guard cursor < chars.count, chars[cursor] == "\"" else { return nil }
        var out = String.UnicodeScalarView()
        var index = cursor + 1
        while index < chars.count {
            let c = chars[index]
            if c == "\"" { cursor = index + 1; return String(out) }
            if c == "\\", index + 1 < chars.count, chars[index + 1] == "(" {
                // An interpolation: copy up to its matching parenthesis, skipping nested literals.
                out.append(contentsOf: "\\(".unicodeScalars)
                index += 2
                var depth = 1, inString = false
                while index < chars.count && (depth > 0 || inString) {
                    let d = chars[index]
                    out.append(d)
                    if inString {
                        if d == "\\" { index += 1; out.append(chars[index]) } else if d == "\"" { inString = false }
                    } else if d == "\"" { inString = true } else if d == "(" { depth += 1 } else if d == ")" { depth -= 1 }
                    index += 1
                }
                continue
            }
            if c == "\\" { out.append(c); index += 1 }
            out.append(chars[index])
            index += 1
        }
        return nil
    }

    /// The `\( … )` expressions of a text, with `.vi` / `.en` at their end made alike (a
    /// Localized part is interpolated in its own language on each side).
    static func interpolations(_ text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\\(") {
            var depth = 0, inString = false, escaped = false, end = start.lowerBound
            for index in rest[start.upperBound...].indices {
                let c = rest[index]
                if inString {
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                    continue
                }
                if c == "\"" { inString = true }
                if c == "(" { depth += 1 }
                if c == ")" { if depth == 0 { end = index; break }; depth -= 1 }
            }
            guard end > start.lowerBound else { break }
            var expression = String(rest[start.upperBound..<end])
            for suffix in [".vi", ".en"] where expression.hasSuffix(suffix) { expression = String(expression.dropLast(3)) + ".text" }
            found.append(expression)
            rest = rest[rest.index(after: end)...]
        }
        return found.sorted()
    }

    @Test func theCatalogueIsFoundAndLarge() {
        #expect(Self.entries.count > 200, "only \(Self.entries.count) entries found in \(Self.sources.filter { $0.path.hasSuffix("Messages.swift") }.map(\.path))")
    }

    @Test func everyEntryHasBothLanguages() {
        let vietnamese = CharacterSet(charactersIn: "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
        for entry in Self.entries {
            #expect(!entry.vi.isEmpty && !entry.en.isEmpty, "\(entry): an empty text")
            #expect(entry.vi != entry.en, "\(entry): the same text in both languages: \(entry.en)")
            #expect(entry.vi.lowercased().unicodeScalars.contains { vietnamese.contains($0) },
                    "\(entry): the Vietnamese text has no Vietnamese letter: \(entry.vi)")
            #expect(Self.interpolations(entry.vi) == Self.interpolations(entry.en),
                    "\(entry): the texts show different values:\n  vi: \(entry.vi)\n  en: \(entry.en)")
        }
    }

    @Test func messagesAreWrittenOnlyInTheCatalogue() {
        // Localized.swift defines the type (its `verbatim` and `+` build values from others).
        let outside = Self.sources.filter {
            !$0.path.hasSuffix("Messages.swift") && !$0.path.hasSuffix("/Localized.swift") && $0.text.contains("Localized(vi:")
        }
        #expect(outside.map(\.path) == [], "messages written outside a *Messages.swift file")
    }

    @Test func theReaderFindsInterpolationsWithNestedQuotes() {
        var cursor = 0
        let source = Array(#""a \(x ?? "b)") c \(y.vi)" tail"#.unicodeScalars)
        #expect(Self.literal(source, &cursor) == #"a \(x ?? "b)") c \(y.vi)"#)
        #expect(Self.interpolations(#"a \(x ?? "b)") c \(y.vi)"#) == [#"x ?? "b)""#, "y.text"])
    }
}
