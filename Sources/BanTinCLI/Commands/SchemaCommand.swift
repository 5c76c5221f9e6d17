import ArgumentParser
import Foundation
import Records
import Render

/// `bantin schema`: prints the JSON Schema (2020-12) of meeting and report records, generated
/// from the tables the decoders check keys against, for VS Code's YAML extension.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: Localized.schemaAbstract.text(),
        discussion: Localized.schemaDiscussion.text())

    @Option(name: .shortAndLong, help: ArgumentHelp(Localized.schemaOutputHelp.text()))
    var output: String?

    func run() throws {
        let text = JSONSchemaGenerator.text
        guard let output else {
            print(text, terminator: "")
            return
        }
        try Self.write(text, to: output)
        Terminal.printResult(Localized.schemaWritten(output).text())
    }

    /// Writes `text` to `path` through a temporary file renamed into place, so a failure never
    /// leaves half a file; a failure is reported and exits 3.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying?.domain == NSPOSIXErrorDomain
                ? RenderError.plainWords(errno: Int32(underlying!.code)) : error.localizedDescription
            Terminal.printProblem(Localized.schemaNotWritten(path, reason: reason).text())
            throw ExitCode(3)
        }
    }
}
