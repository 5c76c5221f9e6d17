import Yams

/// Duplicated mapping keys, reported without giving up on the rest of the file.
///
/// Yams stops at the first mapping with a repeated key and names only the first occurrence.
/// To go on, that occurrence is overwritten in the source with a placeholder of the same
/// length in private-use characters (so every later line and column stays put) and the text
/// is composed again. Once it composes, each placeholder is found in the tree and the
/// occurrence that follows it is reported as the duplicate.
enum DuplicateKeys {
    /// A key occurrence that was overwritten with `placeholder`.
    struct Rename {
        var key: String
        var placeholder: String
        var mark: Mark
    }

    /// Overwrites the key `key` that starts at `mark` in `source`; nil when the text there is
    /// not that key (a multi-line or escaped key), in which case the caller stops.
    static func rename(key: String, at mark: Mark, in source: inout String, round: Int) -> Rename? {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        var line = lines[mark.line - 1]
        var start = mark.column - 1
        guard start >= 0, start < line.count else { return nil }
        // A quoted key keeps its quotes, so the surrounding JSON or flow syntax still parses.
        if line[start] == "\"" || line[start] == "'" { start += 1 }
        let keyScalars = Array(key.unicodeScalars)
        guard start + keyScalars.count <= line.count,
              Array(line[start..<(start + keyScalars.count)]) == keyScalars,
              let fill = Unicode.Scalar(0xE000 + UInt32(round)) else { return nil }
        line.replaceSubrange(start..<(start + keyScalars.count), with: repeatElement(fill, count: keyScalars.count))
        lines[mark.line - 1] = line
        source = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        return Rename(key: key, placeholder: String(repeating: Character(fill), count: keyScalars.count), mark: mark)
    }

    /// Reports, for each overwritten occurrence, the next occurrence of the same key in the
    /// same mapping, at that occurrence, with the line of the one before it.
    static func report(_ renames: [Rename], in root: Node, context: DecodingContext) {
        guard !renames.isEmpty else { return }
        let placeholders = Dictionary(renames.map { ($0.placeholder, $0) }, uniquingKeysWith: { a, _ in a })
        visit(root, path: "") { mapping, path in
            let keys = mapping.keys.compactMap { node -> (name: String, mark: Mark)? in
                guard let text = node.string, let mark = node.mark else { return nil }
                return (placeholders[text]?.key ?? text, mark)
            }
            for key in mapping.keys {
                guard let text = key.string, let rename = placeholders[text], let mark = key.mark else { continue }
                let later = keys.filter { $0.name == rename.key && ($0.mark.line, $0.mark.column) > (mark.line, mark.column) }
                guard let next = later.min(by: { ($0.mark.line, $0.mark.column) < ($1.mark.line, $1.mark.column) }) else { continue }
                let field = path.isEmpty ? rename.key : "\(path).\(rename.key)"
                context.error(field, at: context.location(next.mark), .duplicatedKey(alsoAtLine: mark.line))
            }
        }
    }

    /// Calls `body` for every mapping in the tree with its dotted path.
    private static func visit(_ node: Node, path: String, _ body: (Node.Mapping, String) -> Void) {
        switch node {
        case .mapping(let mapping):
            body(mapping, path)
            for (key, value) in mapping {
                let name = key.string ?? "?"
                visit(value, path: path.isEmpty ? name : "\(path).\(name)", body)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { visit(item, path: "\(path)[\(index)]", body) }
        case .scalar, .alias:
            break
        }
    }
}
