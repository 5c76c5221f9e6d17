/// Makes the JSON Schema (draft 2020-12) of meeting and report records from `RecordSchema`,
/// the tables the decoders check keys against, so an editor (VS Code's YAML extension) offers
/// the same keys BanTin accepts, with Vietnamese descriptions, and marks a misspelt key at any
/// depth. Value types are as permissive as the decoders: a count may be `12` or `"12"`.
///
/// Only keywords that draft-07 validators read the same way are used (the YAML extension
/// implements draft-07): definitions under `$defs` are reached through plain JSON pointers,
/// and a `$ref` has no sibling but its description.
public enum JSONSchemaGenerator {
    /// The schema's dialect.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"
    /// The schema's identifier.
    public static let identifier = "urn:bantin:record"
    /// The file name templates name in their `yaml-language-server` modeline.
    public static let fileName = "bantin.schema.json"

    /// The whole schema: a report record when `kind` is `report` (any case), else a meeting record.
    public static func schema(_ mappings: [MappingSchema] = RecordSchema.all) -> JSONValue {
        var definitions: [String: JSONValue] = [:]
        for mapping in mappings { definitions[mapping.id] = object(mapping) }
        return [
            "$schema": .string(dialect),
            "$id": .string(identifier),
            "title": "Hồ sơ BanTin: biên bản cuộc họp hoặc báo cáo",
            "description": "Các mục của một hồ sơ BanTin (tệp YAML hoặc JSON). Mục ghi sai tên sẽ bị báo lỗi. Xem docs/records.md.",
            "type": "object",
            "if": ["properties": ["kind": choice([RecordKind.report.rawValue], anyCase: true)], "required": ["kind"]],
            "then": reference(RecordSchema.report.id),
            "else": reference(RecordSchema.meeting.id),
            "$defs": .object(definitions),
        ]
    }

    /// The schema as the text `bantin schema` prints.
    public static var text: String { schema().rendered }

    /// The identifier of the settings file's schema.
    public static let settingsIdentifier = "urn:bantin:settings"

    /// The schema of a settings file (`bantin.yaml`, docs/settings.md), from `SettingsSchema`.
    public static func settingsSchema(_ mappings: [MappingSchema] = SettingsSchema.all) -> JSONValue {
        var definitions: [String: JSONValue] = [:]
        for mapping in mappings where mapping.id != SettingsSchema.root.id { definitions[mapping.id] = object(mapping) }
        // The root mapping is the schema itself, so no `$ref` needs siblings.
        guard case .object(var members) = object(SettingsSchema.root) else { return object(SettingsSchema.root) }
        members["$schema"] = .string(dialect)
        members["$id"] = .string(settingsIdentifier)
        members["title"] = "Thiết lập BanTin của một tổ chức (bantin.yaml)"
        members["description"] = "Các mục dùng chung cho mọi hồ sơ trong thư mục; hồ sơ ghi mục nào thì mục đó của hồ sơ được dùng. Xem docs/settings.md."
        members["$defs"] = .object(definitions)
        return .object(members)
    }

    /// The settings schema as the text `bantin schema --settings` prints.
    public static var settingsText: String { settingsSchema().rendered }

    /// One mapping: its keys, none other (`additionalProperties: false`), its required keys.
    static func object(_ mapping: MappingSchema) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for field in mapping.fields { properties[field.name] = property(field) }
        var members: [String: JSONValue] = [
            "type": "object",
            "description": .string(mapping.description),
            "properties": .object(properties),
            "additionalProperties": false,
        ]
        let required = mapping.fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { members["required"] = .array(required) }
        if !mapping.exactlyOne.isEmpty {
            members["oneOf"] = .array(mapping.exactlyOne.map { ["required": [.string($0)]] })
        }
        return .object(members)
    }

    /// One key's value with its description. An optional scalar may be left empty (`~`, or
    /// nothing after the colon), which the decoders read as absent.
    static func property(_ field: MappingSchema.Field) -> JSONValue {
        guard case .object(var members) = value(field.kind) else { return value(field.kind) }
        if !field.required, !field.kind.isContainer {
            switch members["type"] {
            case .string(let type)?: members["type"] = [.string(type), "null"]
            case .array(let types)?: members["type"] = .array(types + ["null"])
            default: members = ["anyOf": [.object(members), ["type": "null"]]]
            }
        }
        members["description"] = .string(field.description)
        return .object(members)
    }

    /// What a value of `kind` may be.
    static func value(_ kind: ValueKind) -> JSONValue {
        switch kind {
        case .text:
            return ["type": ["string", "number", "boolean"]]
        case .wholeNumber(let minimum):
            return ["anyOf": [["type": "integer", "minimum": .integer(minimum)], ["type": "string", "pattern": "^\\+?[0-9]+$"]]]
        case .positiveNumber:
            return ["anyOf": [["type": "number", "exclusiveMinimum": 0], ["type": "string", "pattern": "^[0-9]*\\.?[0-9]+$"]]]
        case .date, .time, .timestamp:
            return ["type": "string"]
        case .flag:
            return ["anyOf": [["type": "boolean"], choice(["true", "false", "yes", "no"], anyCase: true)]]
        case .period:
            return ["anyOf": [["type": "integer", "minimum": 1, "maximum": 9999], ["type": "string", "pattern": "^[0-9]{4}(-([Hh][12]|[Qq][1-4]))?$"]]]
        case .width:
            return ["type": "string", "pattern": "^[0-9]*\\.?[0-9]+ ?(mm|cm|pt|%)$"]
        case .photoPlace:
            return value(.either([.choice(["lead"], anyCase: true), .wholeNumber(minimum: 0)]))
        case .choice(let words, let anyCase):
            return choice(words, anyCase: anyCase)
        case .mapping(let id):
            return reference(id)
        case .list(let item):
            return ["type": "array", "items": value(item)]
        case .either(let kinds):
            return ["anyOf": .array(kinds.map(value))]
        }
    }

    /// One of `words`: an enumeration (which editors offer as completions), and when case does
    /// not matter, a pattern that accepts `Party` as `party`.
    static func choice(_ words: [String], anyCase: Bool) -> JSONValue {
        let listed: JSONValue = ["enum": .array(words.map { .string($0) })]
        guard anyCase else { return listed }
        let alternatives = words.map { word in
            word.map { letter in
                let lower = letter.lowercased(), upper = letter.uppercased()
                return lower == upper ? String(letter) : "[\(lower)\(upper)]"
            }.joined()
        }
        return ["anyOf": [listed, ["type": "string", "pattern": .string("^(" + alternatives.joined(separator: "|") + ")$")]]]
    }

    static func reference(_ id: String) -> JSONValue {
        ["$ref": .string("#/$defs/\(id)")]
    }
}

extension ValueKind {
    /// A mapping or a list: left out rather than left empty.
    var isContainer: Bool {
        switch self {
        case .mapping, .list: return true
        default: return false
        }
    }
}
