import Foundation
import Testing
import TestSupport
@testable import BanTinCLI
import Records

/// `bantin schema` prints the records' JSON Schema, and `bantin new -o` puts it beside the
/// template, where the template's `yaml-language-server` modeline points (issue 10, point 7).
@Suite struct SchemaCommandTests {
    /// Vietnamese messages, whatever the machine's locale.
    static let vietnamese = ["LC_ALL": "C.UTF-8"]

    @Test func theSchemaIsPrintedAsCommittedInDocs() throws {
        let run = try Bantin.run(["schema"])
        #expect(run.status == 0, "\(run)")
        #expect(run.error.isEmpty, "\(run)")
        let committed = try String(contentsOfFile: Fixtures.path("docs/bantin.schema.json"), encoding: .utf8)
        #expect(run.output == committed, "bantin schema differs from docs/bantin.schema.json; regenerate it with bantin schema -o docs/bantin.schema.json")
    }

    @Test func withOutputTheSchemaIsWrittenAndAnOldOneReplaced() throws {
        let scratch = Scratch()
        let file = try scratch.write("bantin.schema.json", "{}\n")
        let run = try Bantin.run(["schema", "-o", file], environment: Self.vietnamese)
        #expect(run.status == 0, "\(run)")
        #expect(run.output == Localized.schemaWritten(file).vi + "\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == JSONSchemaGenerator.text)
    }

    @Test func aSchemaThatCannotBeWrittenIsASystemFailure() throws {
        let scratch = Scratch()
        let file = scratch.file("no-such-folder/bantin.schema.json")
        let run = try Bantin.run(["schema", "-o", file], environment: Self.vietnamese)
        #expect(run.status == 3, "\(run)")
        #expect(run.error == Localized.schemaNotWritten(file, reason: .noSuchFolder).vi + "\n", "\(run)")
        #expect(run.error == "\(file): lỗi: không ghi được lược đồ: thư mục không tồn tại; chọn thư mục khác hoặc kiểm tra quyền ghi\n")
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func newWritesTheSchemaBesideTheTemplateWhenMissing() throws {
        let scratch = Scratch()
        let template = scratch.file("bien-ban.yaml"), schema = scratch.file("bantin.schema.json")
        let run = try Bantin.run(["new", "minutes", "-o", template], environment: Self.vietnamese)
        #expect(run.status == 0, "\(run)")
        #expect(run.output.hasSuffix(Localized.schemaWrittenBesideTemplate(schema).vi + "\n"), "\(run)")
        #expect(try String(contentsOfFile: schema, encoding: .utf8) == JSONSchemaGenerator.text)
        let modeline = try String(contentsOfFile: template, encoding: .utf8).split(separator: "\n").first
        #expect(modeline == "# yaml-language-server: $schema=\(JSONSchemaGenerator.fileName)")
    }

    @Test func newLeavesAnExistingSchemaAlone() throws {
        let scratch = Scratch()
        let schema = try scratch.write("bantin.schema.json", "{ \"clerk\": \"kept\" }\n")
        let run = try Bantin.run(["new", "report", "-o", scratch.file("bao-cao.yaml")], environment: Self.vietnamese)
        #expect(run.status == 0, "\(run)")
        #expect(!run.output.contains(JSONSchemaGenerator.fileName), "\(run)")
        #expect(try String(contentsOfFile: schema, encoding: .utf8) == "{ \"clerk\": \"kept\" }\n")
    }
}
