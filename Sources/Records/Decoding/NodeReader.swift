import Yams

/// One node of a record with its dotted path. Reading reports problems to the context
/// instead of throwing, so one pass finds every problem of the file.
///
/// Scalars are always read as strings and parsed here: YAML 1.1's implicit types would turn
/// `14:00` into 840, `no` into false and `012` into 10.
struct NodeReader {
    let node: Node
    let path: String
    let context: DecodingContext

    var location: SourceLocation { context.location(node.mark) }

    /// True for YAML's ways of writing nothing: an empty plain scalar, `~`, `null`.
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The scalar's text, NFC with the ends trimmed; reports a list or mapping found instead.
    func scalar(expected: Localized = .textValue) -> String? {
        guard case .scalar(let scalar) = node else {
            context.error(path, at: location, .expected(expected, found: describe()) + colonTrap(expected: expected))
            return nil
        }
        return UnicodeNormalization.nfc(scalar.string).trimmingWhitespace()
    }

    /// Text for the documents: `scalar()` plus the legacy-encoding check, which reports the
    /// text (or converts it, when asked) and registers nothing else.
    func text() -> String? {
        guard var value = scalar() else { return nil }
        if let legacy = LegacyEncoding.detect(in: value) {
            let suggestion = Self.quoted(legacy.converted)
            if context.convertLegacy {
                context.warning(path, at: location, .legacyConverted(from: legacy.encoding.rawValue, suggestion))
                value = legacy.converted
            } else {
                context.error(path, at: location, .legacyText(legacy.encoding.rawValue, converted: suggestion))
            }
        }
        if value.unicodeScalars.contains("*") {
            for (offset, stars) in EmphasisMarkup.parse(value).unclosed {
                let style: Localized = stars == 1 ? .italicText : stars == 2 ? .boldText : .boldItalicText
                let marker = String(repeating: "*", count: stars)
                context.warning(path, at: location(ofCharacter: offset, in: value), .unclosedEmphasis(marker, style))
            }
        }
        return value
    }

    /// Where the character at `offset` of the value stands in the file: exact for a value
    /// on one line as written, else the value's own position.
    private func location(ofCharacter offset: Int, in value: String) -> SourceLocation {
        guard case .scalar(let scalar) = node, let mark = node.mark,
              mark.line >= 1, mark.line <= context.sourceLines.count else { return location }
        let line = context.sourceLines[mark.line - 1]
        var start = mark.column - 1
        if scalar.style == .singleQuoted || scalar.style == .doubleQuoted { start += 1 }
        while start < line.count, line[start] == " " { start += 1 }
        let wanted = Array(value.unicodeScalars.prefix(offset + 1))
        guard start + wanted.count <= line.count, Array(line[start..<(start + wanted.count)]) == wanted else { return location }
        return SourceLocation(file: context.file, line: mark.line, column: start + offset + 1)
    }

    /// A whole number ≥ `minimum`, written in decimal digits only.
    /// The largest count a record may hold: far above any real meeting, and small enough that
    /// sums and percentages of counts can never overflow.
    static let largestCount = 10_000_000

    func wholeNumber(minimum: Int = 0) -> Int? {
        guard let raw = scalar(expected: .wholeNumberValue) else { return nil }
        let digits = raw.hasPrefix("+") || raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), Int(raw) == nil {
            context.error(path, at: location, .tooLarge(raw, atMost: Self.largestCount))
            return nil
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let value = Int(raw) else {
            context.error(path, at: location, .expected(.wholeNumberValue, found: .verbatim(Self.quoted(raw))))
            return nil
        }
        guard value >= minimum else {
            context.error(path, at: location, .wholeNumberAtLeast(minimum, found: value))
            return nil
        }
        guard value <= Self.largestCount else {
            context.error(path, at: location, .tooLarge(String(value), atMost: Self.largestCount))
            return nil
        }
        return value
    }

    /// The node as a mapping; reports anything else.
    func mapping() -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            context.error(path, at: location, .expected(.mappingValue, found: describe()))
            return nil
        }
        return MappingReader(mapping: mapping, path: path, location: location, context: context)
    }

    /// The items of a list, each with its indexed path; reports anything else.
    func list() -> [NodeReader]? {
        guard case .sequence(let sequence) = node else {
            context.error(path, at: location, .expected(.listFound, found: describe()))
            return nil
        }
        return sequence.enumerated().map { index, item in
            let reader = NodeReader(node: item, path: "\(path)[\(index)]", context: context)
            context.record(reader.path, at: reader.location)
            return reader
        }
    }

    /// True when `text` has a character that shows: not white space, a format character
    /// (U+200B, U+FEFF…), a combining mark on its own or another default-ignorable one.
    static func isVisible(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let properties = scalar.properties
            switch properties.generalCategory {
            case .format, .nonspacingMark, .enclosingMark, .spacingMark, .control, .spaceSeparator,
                 .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
                return false
            default:
                return !properties.isWhitespace && !properties.isDefaultIgnorableCodePoint
            }
        }
    }

    /// The error for a name with nothing visible in it, naming what it holds.
    static func invisibleNameMessage(_ text: String) -> Localized {
        let codes = text.unicodeScalars.prefix(4).map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        return .invisibleName(codes.joined(separator: " "), more: text.unicodeScalars.count > 4 ? " …" : "")
    }

    /// For text that became a one-field mapping on its own line (`- Nội dung: abc`): the
    /// `: ` made a field of it; the fix is to quote the whole text.
    private func colonTrap(expected: Localized) -> Localized {
        guard expected == .textValue, case .mapping(let mapping) = node, mapping.count == 1,
              let pair = mapping.first, case .scalar = pair.value,
              let keyMark = pair.key.mark, let valueMark = pair.value.mark, keyMark.line == valueMark.line,
              let key = pair.key.string else { return .verbatim("") }
        let fix = YAMLEventScan.quotedLine(context.sourceLines, keyMark.line).map { ": \($0)" } ?? ""
        return .colonMadeAField(after: Self.quoted(key), fix: fix)
    }

    /// `"twelve"`, `a list`, `a mapping`: what a type error says it found.
    private func describe() -> Localized {
        switch node {
        case .scalar(let scalar): return .verbatim(Self.quoted(UnicodeNormalization.nfc(scalar.string)))
        case .sequence: return .listFound
        case .mapping: return .mappingFound
        case .alias: return .aliasFound
        }
    }

    /// A value in double quotes for a message, cut after 80 characters.
    static func quoted(_ value: String) -> String {
        let limit = 80
        return "\"" + (value.count > limit ? value.prefix(limit) + "…" : value) + "\""
    }
}

/// A mapping of a record with its path: field lookup with "missing" and "empty" reports.
struct MappingReader {
    let mapping: Node.Mapping
    let path: String
    let location: SourceLocation
    let context: DecodingContext

    /// The dotted path of a key of this mapping.
    func path(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The value of `key`, or nil when it is absent or null. A required key that is absent
    /// is reported at this mapping; one present but null is reported where it stands.
    func child(_ key: String, required: Bool = false) -> NodeReader? {
        guard let (_, value) = mapping.first(where: { UnicodeNormalization.nfc($0.key.string ?? "") == key }) else {
            if required && !context.misspeltRequired.contains(path(key)) {
                context.error(path(key), at: location, context.settable.contains(path(key))
                              ? .missingRequiredField + .settingsCanHoldField() : .missingRequiredField)
            }
            return nil
        }
        let reader = NodeReader(node: value, path: path(key), context: context)
        context.record(reader.path, at: reader.location)
        if reader.isNull {
            if required { context.error(reader.path, at: reader.location, .requiredFieldEmpty) }
            return nil
        }
        return reader
    }

    /// Text of `key`: nil when absent or empty (reported when required).
    func text(_ key: String, required: Bool = false) -> String? {
        guard let reader = child(key, required: required), let value = reader.text() else { return nil }
        if value.isEmpty {
            if required { context.error(reader.path, at: reader.location, .requiredFieldEmpty) }
            return nil
        }
        return value
    }

    /// A name (of a person, a speaker, an organization): text that must show at least one
    /// visible character once invisible ones (zero-width spaces, format characters, lone
    /// combining marks) are set aside; a name made only of those is an error.
    func name(_ key: String, required: Bool = false) -> String? {
        guard let value = text(key, required: required) else { return nil }
        guard NodeReader.isVisible(value) else {
            let reader = child(key)
            context.error(path(key), at: reader?.location ?? location, NodeReader.invisibleNameMessage(value))
            return nil
        }
        return value
    }

    func wholeNumber(_ key: String, required: Bool = false, minimum: Int = 0) -> Int? {
        child(key, required: required)?.wholeNumber(minimum: minimum)
    }

    func mapping(_ key: String, required: Bool = false) -> MappingReader? {
        child(key, required: required)?.mapping()
    }

    /// Catches the comma trap of `{ }` mappings: in `{ role: Phó Bí thư, Phó Giám đốc }` the
    /// comma ends the value and `Phó Giám đốc` becomes a key with no value. An unknown key
    /// without a value in a flow mapping is reported with the quoted text to write instead.
    @discardableResult
    func checkCommaSplits(known: Set<String>) -> Set<String> {
        // Yams does not keep a mapping's style reliably; a flow mapping starts with `{`.
        guard context.character(at: mapping.mark) == "{" else { return [] }
        var reported = Set<String>()
        let pairs = Array(mapping)
        for (index, pair) in pairs.enumerated().dropFirst() {
            guard let key = pair.key.string.map(UnicodeNormalization.nfc), !known.contains(key),
                  NodeReader(node: pair.value, path: "", context: context).isNull,
                  let previousKey = pairs[index - 1].key.string, let previous = pairs[index - 1].value.string else { continue }
            let joined = UnicodeNormalization.nfc(previous) + ", " + key
            reported.insert(key)
            context.error(path(previousKey), at: context.location(pair.key.mark),
                          .commaSplitsValue(NodeReader.quoted(key), field: previousKey, joined: NodeReader.quoted(joined)))
        }
        return reported
    }

    /// Checks every key against `schema`: an unknown key is an error where it stands, naming
    /// the nearest known key. When that key is a required one that is missing, the typo is the
    /// likely cause, so the missing field is reported there (once) instead of at the mapping.
    /// The comma trap of `{ }` mappings is reported first and not again as an unknown key.
    func check(_ schema: MappingSchema) {
        let known = schema.names
        let commaSplits = checkCommaSplits(known: known)
        let present = Set(mapping.keys.compactMap { $0.string.map(UnicodeNormalization.nfc) })
        for key in mapping.keys {
            let name = key.string.map(UnicodeNormalization.nfc) ?? "?"
            // Keys overwritten while duplicates are found (private-use placeholders) are
            // reported as duplicates, not as unknown.
            let placeholder = name.unicodeScalars.allSatisfy { (0xE000...0xF8FF).contains($0.value) }
            guard !known.contains(name), !commaSplits.contains(name), !placeholder else { continue }
            let location = context.location(key.mark)
            let shown = name.count > 40 ? String(name.prefix(40)) + "…" : name
            guard let nearest = schema.nearest(to: name) else {
                let names = schema.fields.map(\.name)
                context.error(path(shown), at: location, names.count <= 8
                              ? .unknownField(of: schema.name, listing: names.joined(separator: ", ")) : .unknownField(of: schema.name, reference: schema.reference))
                continue
            }
            if schema.isRequired(nearest), !present.contains(nearest), !context.misspeltRequired.contains(path(nearest)) {
                context.misspeltRequired.insert(path(nearest))
                context.error(path(shown), at: location, .unknownField(didYouMeanMissing: nearest))
            } else {
                context.error(path(shown), at: location, .unknownField(didYouMean: nearest))
            }
        }
    }

    /// The items of the list at `key`; empty when the key is absent.
    func list(_ key: String) -> [NodeReader] {
        child(key)?.list() ?? []
    }

    /// A list of paragraphs or lines; an empty item is an error (it would shift the indices
    /// every later diagnostic refers to if it were dropped).
    func textList(_ key: String) -> [String] {
        list(key).compactMap { item in
            guard !item.isNull else {
                context.error(item.path, at: item.location, .emptyListItem)
                return nil
            }
            guard let value = item.text() else { return nil }
            if value.isEmpty { context.error(item.path, at: item.location, .emptyListItem) }
            return value
        }
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }

    /// The string without leading and trailing white space and line breaks; inner white
    /// space stays as written.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
