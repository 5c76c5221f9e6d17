import Foundation
import Yams
import Records

/// Reads the values of a layout file from Yams' node tree, keeping every key's and value's
/// line and column, and collects each problem at its place (`file:line:column: error:
/// key.path: what; fix`) instead of stopping at the first.
struct LayoutReader {
    let file: String
    private(set) var problems: [LayoutError.Problem] = []
    private(set) var marks = LayoutMarks()

    init(file: String) { self.file = file }

    /// Records a problem at `position` (the start of the file when unknown).
    mutating func fail(_ position: LayoutPosition?, _ path: String, _ message: String) {
        problems.append(LayoutError.Problem(file: file, position: position ?? LayoutPosition(line: 1, column: 1),
                                            path: path, message: message))
    }

    /// Records a problem at the value of `node`.
    mutating func fail(_ node: Node, _ path: String, _ message: String) {
        fail(Self.position(node), path, message)
    }

    /// Where `node` starts in the file, as libyaml marked it.
    static func position(_ node: Node) -> LayoutPosition? {
        node.mark.map { LayoutPosition(line: $0.line, column: $0.column) }
    }

    /// `path` under `parent` (`styles` + `title` → `styles.title`).
    static func join(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : parent + "." + key }

    /// The keys of a mapping with their value nodes, in file order. Keys not in `allowed` are
    /// reported at their own place with the nearest allowed one; keys of `required` that are
    /// missing are reported at `position` (the parent's key). Nil when `node` is no mapping.
    mutating func mapping(_ node: Node, _ path: String, at position: LayoutPosition?, allowed: Set<String>?,
                          required: Set<String> = [], what: String = "a mapping of keys") -> [(key: String, value: Node)]? {
        guard let mapping = node.mapping else {
            fail(node, path, Localized.layoutExpectedMapping(Self.describe(node)).text())
            return nil
        }
        var result: [(key: String, value: Node)] = []
        var suggested: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                fail(keyNode, path, Localized.layoutKeyNotAName(Self.describe(keyNode)).text())
                continue
            }
            let childPath = Self.join(path, key)
            if let allowed, !allowed.contains(key) {
                let nearest = NearestName.to(key, among: allowed)
                if let nearest { suggested.insert(nearest) }
                let message = nearest.map { Localized.layoutUnknownKeyNear($0) }
                    ?? (path.isEmpty ? .layoutUnknownKeyAtTop : .layoutUnknownKeyUnder(path))
                fail(keyNode, childPath, message.text())
                continue
            }
            if let place = Self.position(keyNode) { marks.keys[childPath] = place }
            if let place = Self.position(value) { marks.values[childPath] = place }
            result.append((key, value))
        }
        let present = Set(result.map(\.key))
        // A required key that a misspelt one was taken for is already reported there.
        for key in required.subtracting(present).subtracting(suggested).sorted() {
            let message = path.isEmpty ? Localized.layoutMissingKeyAtTop(key) : .layoutMissingKeyUnder(key, under: path)
            fail(position ?? Self.position(node), Self.join(path, key), message.text())
        }
        return result
    }

    /// The text of a scalar; nil (reported) for a list or a mapping.
    mutating func text(_ node: Node, _ path: String) -> String? {
        guard let scalar = node.scalar else {
            fail(node, path, Localized.layoutExpectedText(Self.describe(node)).text())
            return nil
        }
        return scalar.string
    }

    /// A finite number; nil (reported) otherwise.
    mutating func number(_ node: Node, _ path: String, example: String = "13") -> Double? {
        guard let text = node.scalar?.string, let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            fail(node, path, Localized.layoutNotANumber(Self.describe(node), example: example).text())
            return nil
        }
        return value
    }

    /// A whole number; nil (reported) otherwise.
    mutating func wholeNumber(_ node: Node, _ path: String, minimum: Int) -> Int? {
        guard let text = node.scalar?.string, let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            fail(node, path, Localized.layoutNotWhole(Self.describe(node), example: max(minimum, 2)).text())
            return nil
        }
        guard value >= minimum else {
            fail(node, path, Localized.layoutBelowMinimum(value, minimum: minimum).text())
            return nil
        }
        return value
    }

    /// `true` or `false`; nil (reported) otherwise.
    mutating func flag(_ node: Node, _ path: String) -> Bool? {
        guard let value = node.bool else {
            fail(node, path, Localized.layoutNotAFlag(Self.describe(node)).text())
            return nil
        }
        return value
    }

    /// One of `choices`; nil (reported, with the nearest) otherwise.
    mutating func choice(_ node: Node, _ path: String, _ choices: [String]) -> String? {
        guard let value = text(node, path) else { return nil }
        guard choices.contains(value) else {
            let nearest = NearestName.to(value, among: choices) ?? choices[0]
            fail(node, path, Localized.layoutUnknownValue(Self.quoted(value), nearest: nearest, choices: choices.joined(separator: ", ")).text())
            return nil
        }
        return value
    }

    /// A length (`20mm`, `1cm`, `6pt`, `1.25em` or a bare number of points), never negative;
    /// `em` only where a font size gives it a meaning. Nil (reported) otherwise.
    mutating func length(_ node: Node, _ path: String, em: Bool, negative: Bool = false) -> Length? {
        guard let text = node.scalar?.string, let length = Length(parsing: text), length.value.isFinite else {
            fail(node, path, Localized.layoutNotALength(Self.describe(node), examples: em ? "20mm, 1cm, 6pt or 1.25em" : "20mm, 1cm, 6pt").text())
            return nil
        }
        if length.unit == .em && !em {
            fail(node, path, Localized.layoutEmHere(Self.quoted(text)).text())
            return nil
        }
        if length.value < 0 && !negative {
            fail(node, path, Localized.layoutNegative(Self.quoted(text)).text())
            return nil
        }
        return length
    }

    /// `"twelve"`, `a list`, `a mapping`: what a message says it found.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return quoted(scalar.string)
        case .sequence: return Localized.layoutFoundList.text()
        case .mapping: return Localized.layoutFoundMapping.text()
        case .alias: return Localized.layoutFoundAlias.text()
        }
    }

    /// `'text'` with control characters escaped, so a message never prints them raw.
    static func quoted(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return "'\(result)'"
    }

    /// Millimetres of `points`, rounded to one decimal, for messages.
    static func millimetres(_ points: Double) -> String {
        let mm = (points * 25.4 / 72 * 10).rounded() / 10
        return mm == mm.rounded() ? "\(Int(mm))mm" : "\(mm)mm"
    }
}
