import Foundation
import Testing
import TestSupport

/// The JSON Schema checked by a real validator (issue 10, point 7): it accepts every example
/// and every template, as BanTin reads them (all text) and as an editor reads them (YAML 1.2
/// numbers and booleans, also by the draft-07 rules the YAML extension applies), and refuses a misspelt key, naming it, at the root, in a person and
/// deep in a report.
@Suite(.enabled(if: PythonValidator.runs, "python3 with jsonschema and pyyaml not found; run make pydeps (required in CI)"))
struct SchemaValidationTests {
    /// The records a clerk starts from: the examples, the test fixture and every template
    /// `bantin new` writes (which puts the schema beside them).
    @Test func everyExampleAndTemplateIsValid() throws {
        try #require(PythonValidator.missing == nil, "\(PythonValidator.missing ?? "")")
        let scratch = Scratch()
        var files: [String] = []
        for kind in ["minutes", "report", "item"] {
            for regime in ["party", "state"] {
                let file = scratch.file("\(kind)-\(regime).yaml")
                let made = try Bantin.run(["new", kind, "--regime", regime, "-o", file])
                #expect(made.status == 0, "\(made)")
                files.append(file)
            }
        }
        let examples = FileManager.default.enumerator(atPath: Fixtures.path("Examples"))?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") && !$0.hasSuffix("bantin.yaml") }.sorted() ?? []
        #expect(examples.count >= 9, "\(examples)")
        files += examples.map { Fixtures.path("Examples/\($0)") }
        files.append(Fixtures.path("Tests/BanTinCLITests/Fixtures/report.yaml"))
        let result = PythonValidator.validate(schema: scratch.file("bantin.schema.json"), files)
        #expect(result.status == 0, "\(result.lines.joined(separator: "\n"))")
        #expect(result.lines == ["\(files.count) records validated, 0 refused"])
    }

    @Test(arguments: [
        ("Examples/2023-07-03.yaml", "\nguests:\n", "\nguest:\n",
         "(root): Additional properties are not allowed ('guest' was unexpected)"),
        ("Examples/2023-07-03.yaml", "  role: Phó Bí thư Đảng ủy, Phó Giám đốc Sở\nsecretary:", "  rol: Phó Bí thư Đảng ủy, Phó Giám đốc Sở\nsecretary:",
         "chair: Additional properties are not allowed ('rol' was unexpected)"),
        ("Examples/reports/bao-cao-so-ket-6-thang-2023.yaml", "- point: Sinh hoạt chi bộ", "- piont: Sinh hoạt chi bộ",
         "parts[0].parts[1].parts[0]: Additional properties are not allowed ('piont' was unexpected)"),
    ])
    func aMisspeltKeyIsRefusedByName(example: String, written: String, misspelt: String, message: String) throws {
        try #require(PythonValidator.missing == nil, "\(PythonValidator.missing ?? "")")
        let scratch = Scratch()
        let original = try String(contentsOfFile: Fixtures.path(example), encoding: .utf8)
        #expect(original.components(separatedBy: written).count == 2, "\(written) is not once in \(example)")
        let file = try scratch.write((example as NSString).lastPathComponent, original.replacingOccurrences(of: written, with: misspelt))
        let result = PythonValidator.validate(schema: Fixtures.path("docs/bantin.schema.json"), [file])
        #expect(result.status == 1, "\(result.lines.joined(separator: "\n"))")
        for reading in ["bantin", "editor", "editor/draft-07"] {
            #expect(result.lines.contains("\(file): (\(reading)) \(message)"), "\(result.lines.joined(separator: "\n"))")
        }
        // BanTin itself refuses the same key (the schema and the decoders share one table).
        let check = try Bantin.run(["check", file])
        #expect(check.status == 1, "\(check)")
    }

    /// The settings files of the examples are valid by `bantin schema --settings`, and a
    /// misspelt settings key is refused by name, as `bantin check` refuses it.
    @Test func settingsExamplesAreValidAndAMisspeltKeyIsRefused() throws {
        try #require(PythonValidator.missing == nil, "\(PythonValidator.missing ?? "")")
        let scratch = Scratch()
        let schema = scratch.file("bantin-settings.schema.json")
        let made = try Bantin.run(["schema", "--settings", "-o", schema])
        #expect(made.status == 0, "\(made)")
        let examples = ["Examples/settings/chi-bo/bantin.yaml", "Examples/settings/so/bantin.yaml"].map(Fixtures.path)
        let valid = PythonValidator.validate(schema: schema, examples)
        #expect(valid.lines == ["2 records validated, 0 refused"], "\(valid.lines.joined(separator: "\n"))")

        let original = try String(contentsOfFile: examples[0], encoding: .utf8)
        #expect(original.components(separatedBy: "\narchive:").count == 2)
        let file = try scratch.write("bantin.yaml", original.replacingOccurrences(of: "\narchive:", with: "\narchiv:"))
        let refused = PythonValidator.validate(schema: schema, [file])
        #expect(refused.status == 1, "\(refused.lines.joined(separator: "\n"))")
        #expect(refused.lines.contains("\(file): (bantin) (root): Additional properties are not allowed ('archiv' was unexpected)"),
                "\(refused.lines.joined(separator: "\n"))")
    }
}
