import Foundation
import TestSupport

/// `Scripts/validate-records.py`: a real JSON Schema validator (Python `jsonschema`, with
/// `pyyaml`), installed by `make pydeps`. In CI (`CI=true`) a missing validator fails the tests
/// that need it; elsewhere they are skipped with the reason.
enum PythonValidator {
    static let script = Fixtures.path("Scripts/validate-records.py")

    /// Why the validator cannot run here; nil when it can.
    static let missing: String? = {
        let probe = Tool.run("python3", ["-c", "import jsonschema, yaml"])
        guard probe.status != 0 else { return nil }
        let cause = probe.error.split(separator: "\n").last.map(String.init) ?? "python3 not found"
        return "python3 with jsonschema and pyyaml is needed (make pydeps): \(cause)"
    }()

    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Whether the tests needing the validator run: always in CI, else when it is installed.
    static var runs: Bool { missing == nil || inCI }

    /// Validates `files` against `schema`: its exit status and its lines.
    static func validate(schema: String, _ files: [String]) -> (status: Int32, lines: [String]) {
        let result = Tool.run("python3", [script, schema] + files, environment: ["LC_ALL": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        return (result.status, (result.output + result.error).split(separator: "\n").map(String.init))
    }
}
