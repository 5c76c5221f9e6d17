import CYaml
import Foundation

/// A first pass over a record's YAML events, before anything is built from them: it bounds
/// the work (nesting depth, alias uses, text once aliases are expanded) without expanding a
/// single alias, and finds the traps that libyaml accepts silently (a second document, text
/// cut at ` #`, text read as an anchor or a tag). Syntax errors are left to the composer,
/// which explains them; the scan just stops there.
struct YAMLEventScan {
    let context: DecodingContext
    let limits: InputLimits

    /// An open list or mapping, for depth, expanded sizes and field paths.
    private struct Container {
        var isMapping: Bool
        var anchor: String?
        /// `expanded` when the container started; its size is the difference at its end.
        var expandedAtStart: Int
        /// Mapping: the key being read (nil while a key is expected); list: the next index.
        var key: String?
        var expectingKey = true
        var index = 0
    }

    /// Scans `text`; false once a limit or a trap has been reported (the record is refused
    /// without being composed).
    func scan(_ text: String) -> Bool {
        let parser = EventParser(text)
        var stack: [Container] = []
        var anchorSizes: [String: Int] = [:]
        var anchorMarks: [String: (line: Int, column: Int, path: String)] = [:]
        var usedAnchors = Set<String>()
        var expanded = 0, aliases = 0, documents = 0
        var ok = true

        func path() -> String {
            var parts = ""
            for container in stack {
                if container.isMapping {
                    guard let key = container.key else { continue }
                    parts += parts.isEmpty ? key : ".\(key)"
                } else {
                    parts += "[\(container.index)]"
                }
            }
            return parts.isEmpty ? "(record)" : parts
        }
        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: context.file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        /// Moves the parent past one finished node (a key, a value or a list item).
        func advance(keyText: String?) {
            guard var top = stack.popLast() else { return }
            if top.isMapping {
                if top.expectingKey { top.key = keyText ?? "?"; top.expectingKey = false } else { top.expectingKey = true }
            } else {
                top.index += 1
            }
            stack.append(top)
        }
        func isKeyPosition() -> Bool { stack.last.map { $0.isMapping && $0.expectingKey } ?? false }
        /// Reports text over the limit once, at the node that crossed it (before the parent
        /// moves past it, so the path names that node).
        func checkExpanded(_ mark: yaml_mark_t) {
            guard ok, expanded > limits.expandedBytes else { return }
            context.error(path(), at: location(mark),
                          .expandsTooMuch(InputLimits.size(limits.expandedBytes)))
            ok = false
        }

        while ok, let event = parser.next() {
            let start = event.event.start_mark
            switch event.event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    context.error("(record)", at: location(start),
                                  .secondDocument)
                    ok = false
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.event.data.scalar
                let value = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self) } ?? ""
                let key = isKeyPosition()
                if !key { checkTag(scalar.tag, at: start, path: path()) }
                if !key, scalar.style == YAML_PLAIN_SCALAR_STYLE {
                    checkComment(after: event.event.end_mark, startingAt: start, path: path())
                }
                expanded += Int(scalar.length) + 1
                if let anchor = Self.string(scalar.anchor) {
                    anchorSizes[anchor] = Int(scalar.length) + 1
                    anchorMarks[anchor] = (Int(start.line) + 1, Int(start.column) + 1, path())
                }
                checkExpanded(start)
                advance(keyText: key ? value : nil)
            case YAML_ALIAS_EVENT:
                let anchor = Self.string(event.event.data.alias.anchor) ?? ""
                usedAnchors.insert(anchor)
                aliases += 1
                expanded += anchorSizes[anchor] ?? 1
                if aliases > limits.aliases {
                    context.error(path(), at: location(start),
                                  .tooManyAliases(limits.aliases, Self.shown(anchor)))
                    ok = false
                }
                checkExpanded(start)
                advance(keyText: nil)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.event.type == YAML_MAPPING_START_EVENT
                let anchor = Self.string(isMapping ? event.event.data.mapping_start.anchor : event.event.data.sequence_start.anchor)
                if let anchor { anchorMarks[anchor] = (Int(start.line) + 1, Int(start.column) + 1, path()) }
                expanded += 1
                stack.append(Container(isMapping: isMapping, anchor: anchor, expandedAtStart: expanded))
                if stack.count > limits.depth {
                    context.error(path(), at: location(start),
                                  .nestedMoreThan(limits.depth))
                    ok = false
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let done = stack.popLast() else { break }
                if let anchor = done.anchor { anchorSizes[anchor] = expanded - done.expandedAtStart + 1 }
                advance(keyText: nil)
            default:
                break
            }
        }
        guard ok, !parser.failed else { return ok }
        // An anchor nothing refers to is text that began with `&`: the word was taken as
        // the anchor's name and dropped from the value.
        for (anchor, mark) in anchorMarks where !usedAnchors.contains(anchor) {
            context.error(mark.path, at: SourceLocation(file: context.file, line: mark.line, column: mark.column),
                          .ampersandDropsWord(Self.shown(anchor), suggestion(line: mark.line)))
            ok = false
        }
        return ok
    }

    /// A tag (`!word`) in front of text: YAML drops the word from the value.
    private func checkTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at mark: yaml_mark_t, path: String) {
        guard let tag = Self.string(tag) else { return }
        context.error(path, at: SourceLocation(file: context.file, line: Int(mark.line) + 1, column: Int(mark.column) + 1),
                      .bangDropsWord(Self.shown(tag), suggestion(line: Int(mark.line) + 1)))
    }

    /// ` #word` after a plain value on its line: YAML took the rest of the line as a comment.
    /// A comment written on purpose has a space after its `#` (`  # note`), so only a `#`
    /// followed directly by text is taken for the trap.
    private func checkComment(after end: yaml_mark_t, startingAt start: yaml_mark_t, path: String) {
        let lineNumber = Int(end.line) + 1
        guard end.line == start.line, lineNumber <= context.sourceLines.count else { return }
        let line = context.sourceLines[lineNumber - 1]
        // libyaml also breaks lines at CR, NEL and U+2028; then its columns are not ours.
        guard end.column <= line.count, start.column <= end.column else { return }
        var column = Int(end.column)   // 0-based index just after the value
        guard column < line.count, line[column] == " " || line[column] == "\t" else { return }
        while column < line.count, line[column] == " " || line[column] == "\t" { column += 1 }
        guard column + 1 < line.count, line[column] == "#", !line[column + 1].properties.isWhitespace else { return }
        let value = String(String.UnicodeScalarView(line[Int(start.column)..<Int(end.column)]))
        context.error(path, at: SourceLocation(file: context.file, line: lineNumber, column: column + 1),
                      .hashStartsComment(NodeReader.quoted(value), suggestion(line: lineNumber)))
    }

    /// `: key: "the rest of the line"`, the value of a line written as quoted text.
    func suggestion(line number: Int) -> String {
        Self.quotedLine(context.sourceLines, number).map { ": \($0)" } ?? ""
    }

    /// Line `number` rewritten with its value in double quotes (`venue: "Phòng họp #3"`);
    /// nil when the line has no `key: value` or `- value` shape.
    /// `curly` writes the double quotes inside the text as “ ” instead of escaping them.
    static func quotedLine(_ lines: [[Unicode.Scalar]], _ number: Int, curly: Bool = false) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        let line = String(String.UnicodeScalarView(lines[number - 1]))
        let body = line.drop { $0 == " " || $0 == "\t" }
        var prefix = "", value = Substring(body)
        if body.hasPrefix("- ") {
            prefix = "- "; value = body.dropFirst(2)
        }
        if let range = value.range(of: ": "), !value[..<range.lowerBound].contains(where: { "\"'{[ ".contains($0) }) {
            prefix += value[..<range.upperBound]
            value = value[range.upperBound...]
        }
        let text = value.trimmed(of: " \t")
        guard !text.isEmpty else { return nil }
        var inner = text
        if curly {
            var opening = true
            inner = String(text.map { character -> Character in
                guard character == "\"" else { return character }
                defer { opening.toggle() }
                return opening ? "“" : "”"
            })
        }
        let escaped = inner.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\(prefix)\"\(escaped)\""
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// An anchor or tag name for a message, cut short.
    private static func shown(_ name: String) -> String { name.count > 40 ? name.prefix(40) + "…" : name }
}

extension Substring {
    /// The text without the given characters at either end.
    func trimmed(of set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

/// libyaml's parser over one text; owns the parser and the copy of the text it reads, and
/// frees both in `deinit`. Used on one thread only.
private final class EventParser {
    private var parser = yaml_parser_t()
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private(set) var failed = false
    private var finished = false

    init(_ text: String) {
        bytes = .allocate(capacity: text.utf8.count + 1)
        _ = bytes.initialize(from: text.utf8)
        yaml_parser_initialize(&parser)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, text.utf8.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        bytes.deallocate()
    }

    /// The next event, or nil at the end of the stream or at a syntax error.
    func next() -> ParsedEvent? {
        guard !finished else { return nil }
        let event = ParsedEvent()
        guard yaml_parser_parse(&parser, &event.event) == 1 else {
            failed = true; finished = true
            return nil
        }
        if event.event.type == YAML_STREAM_END_EVENT { finished = true; return nil }
        return event
    }
}

/// One libyaml event; owns its strings and frees them in `deinit`.
private final class ParsedEvent {
    var event = yaml_event_t()
    deinit { yaml_event_delete(&event) }
}
