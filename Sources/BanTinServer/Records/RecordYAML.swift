import Foundation
import Records
import Yams

/// Converts records between the YAML a clerk writes and the JSON the form sends: JSON for
/// the form (`GET` with `Accept: application/json`), and canonical YAML for a record saved
/// from the form: keys in the schema's order (`RecordSchema`), emitted by Yams.
enum RecordYAML {
    /// The record as JSON, keys in file order; nil when the text is not YAML.
    static func json(from yaml: String) -> String? {
        guard let node = try? Yams.compose(yaml: yaml) else { return nil }
        var out = ""
        write(node, into: &out)
        return out
    }

    /// The record `json` (or any YAML) as canonical YAML; nil when it does not parse.
    static func canonical(fromJSON json: String) -> String? {
        guard let node = try? Yams.compose(yaml: json), case .mapping(let root) = node else { return nil }
        let kind = root["kind"]?.string?.lowercased()
        let schema = kind == "report" ? RecordSchema.report : RecordSchema.meeting
        let ordered = order(node, kind: .mapping(schema.id))
        return try? Yams.serialize(node: ordered, indent: 2, width: -1, allowUnicode: true, sortKeys: false)
    }

    /// Whether `text` has a comment written by hand (a `#` at a line's start or after a space).
    static func hasComments(_ text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            line.trimmingCharacters(in: .whitespaces).hasPrefix("#") || line.contains(" #")
        }
    }

    private static let schemas: [String: MappingSchema] = Dictionary(RecordSchema.all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// `node` with every mapping's keys in its schema's order (unknown keys last, as given)
    /// and text in a readable style.
    static func order(_ node: Node, kind: ValueKind?) -> Node {
        switch node {
        case .scalar(let scalar):
            return .scalar(restyled(scalar))
        case .sequence(let sequence):
            var element: ValueKind?
            if case .list(let inner) = kind { element = inner }
            return .sequence(Node.Sequence(sequence.map { order($0, kind: element) }))
        case .mapping(let mapping):
            let schema = mappingID(kind).flatMap { schemas[$0] }
            let fields = schema?.fields ?? []
            let rank = { (key: Node) -> Int in fields.firstIndex { $0.name == key.string } ?? fields.count }
            let pairs = mapping.enumerated().sorted { a, b in
                let (x, y) = (rank(a.element.key), rank(b.element.key))
                return x != y ? x < y : a.offset < b.offset
            }.map { pair -> (Node, Node) in
                let field = fields.first { $0.name == pair.element.key.string }
                return (Node.scalar(.init(pair.element.key.string ?? "")), order(pair.element.value, kind: field?.kind))
            }
            return .mapping(Node.Mapping(pairs))
        case .alias:
            return node
        }
    }

    /// The mapping schema a kind of value names, looking through `either`.
    private static func mappingID(_ kind: ValueKind?) -> String? {
        switch kind {
        case .mapping(let id): return id
        case .either(let kinds): return kinds.lazy.compactMap { mappingID($0) }.first
        default: return nil
        }
    }

    /// Plain where YAML reads it back as the same text, a literal block for several lines,
    /// double quotes otherwise (words YAML would take for a number, true or null stay quoted).
    private static func restyled(_ scalar: Node.Scalar) -> Node.Scalar {
        var scalar = scalar
        let text = scalar.string
        if scalar.style == .plain { return scalar }
        if text.contains("\n") {
            scalar.style = .literal
        } else if text.isEmpty || looksTyped(text) {
            scalar.style = .doubleQuoted
        } else {
            scalar.style = .any
        }
        return scalar
    }

    private static func looksTyped(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["null", "~", "true", "false", "yes", "no", "on", "off"].contains(lower) || Double(text) != nil
            || text.first == " " || text.last == " "
    }

    private static func write(_ node: Node, into out: inout String) {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            if scalar.style == .plain {
                if text == "null" || text == "~" || text.isEmpty { out += "null"; return }
                if text == "true" || text == "false" { out += text; return }
                if Int(text) != nil, !text.hasPrefix("0") || text == "0" { out += text; return }
            }
            out += JSONValue.quoted(text)
        case .sequence(let sequence):
            out += "["
            for (index, element) in sequence.enumerated() {
                if index > 0 { out += "," }
                write(element, into: &out)
            }
            out += "]"
        case .mapping(let mapping):
            out += "{"
            for (index, pair) in mapping.enumerated() {
                if index > 0 { out += "," }
                out += JSONValue.quoted(pair.key.string ?? "") + ":"
                write(pair.value, into: &out)
            }
            out += "}"
        case .alias:
            out += "null"
        }
    }
}
