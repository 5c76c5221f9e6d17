import Foundation
import Testing
@testable import Records

/// `bantin schema` (issue 10, point 7): the JSON Schema is made from the very tables the
/// decoders check keys against, refuses unknown keys in every mapping, and the committed copy
/// in docs/ is what the generator makes today.
@Suite struct JSONSchemaGeneratorTests {
    let schema = JSONSchemaGenerator.schema()

    @Test func itIsADraft202012SchemaThatChoosesByKind() throws {
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(schema["$id"] == .string(JSONSchemaGenerator.identifier))
        #expect(schema["if"]?["required"] == ["kind"])
        #expect(schema["then"]?["$ref"] == "#/$defs/report")
        #expect(schema["else"]?["$ref"] == "#/$defs/meeting")
    }

    /// Every key of every table is a property of its definition, no other, and the required
    /// keys are the table's.
    @Test(arguments: RecordSchema.all.map(\.id))
    func everyTableKeyIsAProperty(id: String) throws {
        let table = try #require(RecordSchema.all.first { $0.id == id })
        let definition = try #require(schema["$defs"]?[id])
        let properties = try #require(definition["properties"]?.members)
        #expect(Set(properties.keys) == table.names)
        let required = table.fields.filter(\.required).map { JSONValue.string($0.name) }
        #expect((definition["required"] ?? .array([])) == .array(required))
        for field in table.fields {
            #expect(properties[field.name]?["description"] == .string(field.description))
            #expect(!field.description.isEmpty, "\(id).\(field.name) has no description")
        }
        #expect(definition["additionalProperties"] == false)
    }

    /// A misspelt key is refused at any depth: every object the schema describes forbids keys
    /// it does not list.
    @Test func everyObjectForbidsUnknownKeys() {
        var objects = 0
        func walk(_ value: JSONValue, at path: String) {
            switch value {
            case .object(let members):
                if members["properties"] != nil || members["type"] == "object" {
                    objects += 1
                    #expect(members["additionalProperties"] == false, "\(path) accepts unknown keys")
                }
                for (key, member) in members { walk(member, at: path + "/" + key) }
            case .array(let items):
                for (index, item) in items.enumerated() { walk(item, at: "\(path)/\(index)") }
            default:
                break
            }
        }
        // The root hands each record to the meeting or report definition by `kind` (its `if`
        // is a condition, not a description), so the walk starts at the definitions.
        #expect(Set(schema.members?.keys.map { $0 } ?? []) == ["$schema", "$id", "title", "description", "type", "if", "then", "else", "$defs"])
        walk(schema["$defs"] ?? [:], at: "#/$defs")
        #expect(objects == RecordSchema.all.count)
    }

    @Test func everyReferenceNamesADefinition() throws {
        let definitions = try #require(schema["$defs"]?.members)
        var references: Set<String> = []
        func walk(_ value: JSONValue) {
            switch value {
            case .object(let members):
                if case .string(let target)? = members["$ref"] {
                    references.insert(target)
                    // Draft-07 tools (the YAML extension) ignore a reference's siblings.
                    #expect(Set(members.keys).isSubset(of: ["$ref", "description"]), "\(members)")
                }
                members.values.forEach(walk)
            case .array(let items): items.forEach(walk)
            default: break
            }
        }
        walk(schema)
        #expect(references == Set(definitions.keys.map { "#/$defs/\($0)" }))
    }

    /// Values are as permissive as the decoders: a count written 12 or "12", a choice in any case.
    @Test func countsAndChoicesAcceptWhatTheDecodersAccept() throws {
        let members = try #require(schema["$defs"]?["attendance"]?["properties"]?["members"]?["anyOf"])
        #expect(members == [["type": "integer", "minimum": 1], ["type": "string", "pattern": "^\\+?[0-9]+$"]])
        let regime = try #require(schema["$defs"]?["meeting"]?["properties"]?["regime"]?["anyOf"])
        #expect(regime == [["enum": ["party", "state"]], ["type": "string", "pattern": "^([pP][aA][rR][tT][yY]|[sS][tT][aA][tT][eE])$"]])
        // An optional scalar may be left empty; a required one may not.
        #expect(schema["$defs"]?["person"]?["properties"]?["role"]?["type"] == ["string", "number", "boolean", "null"])
        #expect(schema["$defs"]?["person"]?["properties"]?["name"]?["type"] == ["string", "number", "boolean"])
        #expect(schema["$defs"]?["reportPart"]?["oneOf"] == [["required": ["part"]], ["required": ["section"]], ["required": ["point"]]])
    }

    @Test func theDescriptionsAreVietnamese() {
        #expect(schema["$defs"]?["organization"]?["properties"]?["name"]?["description"] == "Tên tổ chức ban hành văn bản")
    }

    /// The same tables always give the same bytes, keys sorted, Vietnamese letters as written.
    @Test func theTextIsDeterministic() {
        let text = JSONSchemaGenerator.text
        #expect(text == JSONSchemaGenerator.text)
        #expect(text.hasPrefix("{\n  \"$defs\": {\n"))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"Tên tổ chức ban hành văn bản\""))
        let escaped: JSONValue = ["a\"b\\c\nd\u{1}": "x"]
        #expect(escaped.rendered == "{\n  \"a\\\"b\\\\c\\nd\\u0001\": \"x\"\n}\n")
    }

    /// docs/bantin.schema.json is the generator's output; regenerate it with
    /// `bantin schema -o docs/bantin.schema.json` when the tables change.
    @Test func theCommittedSchemaIsUpToDate() throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let committed = try String(contentsOf: root.appendingPathComponent("docs/bantin.schema.json"), encoding: .utf8)
        #expect(committed == JSONSchemaGenerator.text, "docs/bantin.schema.json is out of date: run bantin schema -o docs/bantin.schema.json")
    }
}

extension JSONValue {
    /// The member `key` of an object; nil for anything else.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    var members: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        return members
    }
}
