import Foundation

/// What a PDF says about itself to a reader that does not see the page, read back with
/// `qpdf --json` (the qpdf package, a test dependency like poppler): the catalog's language,
/// the XMP packet, the structure tree, and for each page which text is tagged content and
/// which is an artifact.
public struct TaggedPDF {
    /// One element of the structure tree: its standard type (`P`, `H1`, `Table`, …).
    public struct Element: Sendable {
        public var type: String
        public var alternateText: String?
        public var children: [Element]
        /// This element and every element under it, depth first.
        public var all: [Element] { [self] + children.flatMap(\.all) }
    }

    /// A text object (BT … ET) of a page: where its first line stands (its baseline, from the
    /// page's top) and the marked-content sequence around it.
    public struct TextObject: Sendable {
        /// The innermost tag around it (`P`, `Artifact`), nil when unmarked.
        public var tag: String?
        public var baseline: Double
        public var isArtifact: Bool { tag == "Artifact" }
    }

    public var language: String?
    public var marked: Bool
    public var xmp: String
    /// The information dictionary's entries, strings only.
    public var info: [String: String]
    public var root: Element?
    public var pages: [[TextObject]]
    /// For each page, the tag around every filled path in drawing order (`Artifact` for page
    /// furniture such as a watermark's outlines, nil when unmarked).
    public var fills: [[String?]]

    /// Every structure type in the tree, depth first.
    public var types: [String] { root?.all.map(\.type) ?? [] }

    /// Reads `path`; throws with qpdf's words when it cannot.
    public init(path: String) throws {
        let run = Tool.run("qpdf", ["--json=2", "--json-key=qpdf", "--json-key=pages", "--json-stream-data=inline",
                                    "--decode-level=generalized", path, "-"],
                           environment: ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin:/usr/local/bin"])
        guard run.status == 0 || run.status == 3 else { throw Failure(message: "qpdf --json \(path): \(run.error)") }
        guard let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any],
              let qpdf = json["qpdf"] as? [Any], qpdf.count == 2, let objects = qpdf[1] as? [String: Any],
              let pageList = json["pages"] as? [[String: Any]] else { throw Failure(message: "qpdf --json: unexpected shape") }
        let reader = Objects(objects: objects)
        let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any] ?? [:]
        let catalog = reader.dictionary(trailer["/Root"]) ?? [:]
        language = Objects.string(catalog["/Lang"])
        marked = (reader.dictionary(catalog["/MarkInfo"])?["/Marked"] as? Bool) ?? false
        xmp = reader.streamText(catalog["/Metadata"]) ?? ""
        info = (reader.dictionary(trailer["/Info"]) ?? [:]).compactMapValues { Objects.string($0) }
        if let tree = reader.dictionary(catalog["/StructTreeRoot"]) {
            root = reader.element(tree["/K"], depth: 0).first
        }
        let read = pageList.map { page in
            let contents = (page["contents"] as? [String] ?? []).compactMap { reader.streamText($0) }.joined(separator: "\n")
            return ContentStream.read(contents)
        }
        pages = read.map(\.text)
        fills = read.map(\.fills)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}

/// The objects of `qpdf --json=2`, with references followed.
private struct Objects {
    let objects: [String: Any]

    func resolve(_ value: Any?) -> Any? {
        if let reference = value as? String, reference.hasSuffix(" R"), let object = objects["obj:" + reference] as? [String: Any] {
            return object["value"] ?? object["stream"]
        }
        return value
    }

    func dictionary(_ value: Any?) -> [String: Any]? { resolve(value) as? [String: Any] }

    /// A stream's data as UTF-8 text (Latin-1 where it is not UTF-8: content streams).
    func streamText(_ value: Any?) -> String? {
        guard let stream = resolve(value) as? [String: Any], let base64 = stream["data"] as? String,
              let data = Data(base64Encoded: base64) else { return nil }
        return String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1)
    }

    /// `u:` text and `b:` hex strings as text.
    static func string(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        if string.hasPrefix("u:") { return String(string.dropFirst(2)) }
        return nil
    }

    /// The structure elements a /K value holds (marked-content references and numbers are
    /// not elements).
    func element(_ value: Any?, depth: Int) -> [TaggedPDF.Element] {
        guard depth < 100 else { return [] }
        if let array = resolve(value) as? [Any] { return array.flatMap { element($0, depth: depth + 1) } }
        guard let node = dictionary(value), let type = node["/S"] as? String else { return [] }
        return [TaggedPDF.Element(type: String(type.dropFirst()), alternateText: Self.string(node["/Alt"]),
                                  children: element(node["/K"], depth: depth + 1))]
    }
}

/// Just enough of a content-stream tokenizer for cairo's output: names, numbers, strings,
/// dictionaries and operators.
private enum ContentStream {
    static func read(_ text: String) -> (text: [TaggedPDF.TextObject], fills: [String?]) {
        var objects: [TaggedPDF.TextObject] = []
        var fills: [String?] = []
        var operands: [String] = []
        var tags: [String] = []
        var inText = false, placed = false
        for token in tokens(text) {
            guard token.first.map({ $0.isLetter || $0 == "'" || $0 == "\"" }) == true,
                  !["true", "false", "null"].contains(token) else { operands.append(token); continue }
            switch token {
            case "BDC", "BMC":
                tags.append(operands.first { $0.hasPrefix("/") }.map { String($0.dropFirst()) } ?? "?")
            case "EMC":
                if !tags.isEmpty { tags.removeLast() }
            case "BT":
                inText = true; placed = false
            case "ET":
                inText = false
            case "f", "f*", "F":
                fills.append(tags.contains("Artifact") ? "Artifact" : tags.last)
            case "Tm":
                if inText, !placed, operands.count >= 6, let y = Double(operands[operands.count - 1]) {
                    let tag = tags.contains("Artifact") ? "Artifact" : tags.last
                    objects.append(TaggedPDF.TextObject(tag: tag, baseline: y))
                    placed = true
                }
            default: break
            }
            operands = []
        }
        return (objects, fills)
    }

    private static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func isDelimiter(_ c: Unicode.Scalar) -> Bool { "()<>[]{}/%".unicodeScalars.contains(c) || c.properties.isWhitespace }
        while index < scalars.count {
            let c = scalars[index]
            if c.properties.isWhitespace { index += 1; continue }
            if c == "%" { while index < scalars.count, scalars[index] != "\n" { index += 1 }; continue }
            if c == "(" {
                var depth = 0
                while index < scalars.count {
                    let s = scalars[index]
                    if s == "\\" { index += 2; continue }
                    if s == "(" { depth += 1 }
                    if s == ")" { depth -= 1; if depth == 0 { index += 1; break } }
                    index += 1
                }
                result.append("(string)")
                continue
            }
            if c == "<" || c == ">" {
                if index + 1 < scalars.count, scalars[index + 1] == c { result.append(String(c) + String(c)); index += 2; continue }
                if c == "<" { while index < scalars.count, scalars[index] != ">" { index += 1 }; index += 1; result.append("<hex>"); continue }
                index += 1; continue
            }
            if c == "[" || c == "]" || c == "{" || c == "}" { result.append(String(c)); index += 1; continue }
            var token = String(c)
            index += 1
            while index < scalars.count, !isDelimiter(scalars[index]) { token.unicodeScalars.append(scalars[index]); index += 1 }
            result.append(token)
        }
        return result
    }
}
