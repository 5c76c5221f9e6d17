import Foundation
import Testing
@testable import Records

/// The seed corpus of the fuzz targets (`make fuzz`), replayed as tests: every input loads or
/// probes to an answer, and each says what it was made to say. Inputs that once crashed a
/// target are kept there and named `crash-…`.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus")

    static func files(_ folder: String) -> [String] {
        let path = corpus.appendingPathComponent(folder).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test(arguments: files("images"))
    func everySeedImageProbesAsNamed(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent("images/\(name)")))
        switch ImageProbe.probe(bytes) {
        case .success(let facts):
            #expect(facts.pixelWidth > 0 && facts.pixelHeight > 0)
            // The probe reads the head only; damage further in is found by the full decode.
            let path = Self.corpus.appendingPathComponent("images/\(name)").path
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            let decoded = ImageDecodeCheck.check(fd: fd, format: facts.format)
            if case .sound = decoded {
                #expect(name.hasPrefix("tiny-") || name.hasPrefix("example-"), "\(name) was accepted: \(facts)")
            } else {
                #expect(name.hasPrefix("broken-") || name.hasPrefix("crash-"), "\(name) was refused by the decode: \(decoded)")
            }
        case .failure(let problem):
            let refused = ["broken-", "empty", "soi-only", "not-an-image", "tiny-cmyk", "crash-"]
            #expect(refused.contains { name.hasPrefix($0) }, "\(name) was refused: \(problem)")
        }
    }

    @Test(arguments: files("records"))
    func everySeedRecordLoadsToAnAnswer(name: String) throws {
        let folder = TempFolder()
        let file = folder.write("record.yaml", bytes: [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent("records/\(name)"))))
        let diagnostics: [Diagnostic]
        if RecordLoader.kind(ofFile: file) == .report {
            switch ReportLoader().load(file: file) {
            case .success(_, let warnings): diagnostics = warnings
            case .failure(let problems): diagnostics = problems
            }
        } else {
            switch RecordLoader().load(file: file) {
            case .success(_, let warnings): diagnostics = warnings
            case .failure(let problems): diagnostics = problems
            }
        }
        // Each message names the file at a line and column of it.
        for diagnostic in diagnostics {
            #expect(diagnostic.description.hasPrefix("\(file):"), "\(diagnostic)")
        }
        if name.hasPrefix("variant-minimal") || name.hasPrefix("variant-bom") || name.hasPrefix("variant-aliases") {
            #expect(diagnostics.allSatisfy { $0.severity != .error }, "\(diagnostics)")
        }
        if name.hasPrefix("variant-bad-values") || name.hasPrefix("variant-syntax-error") || name.hasPrefix("variant-not-mapping") {
            #expect(diagnostics.contains { $0.severity == .error }, "\(name) loaded without an error")
        }
    }
}
