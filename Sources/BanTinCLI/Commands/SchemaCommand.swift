import ArgumentParser
import Foundation
import Records
import Render

/// `bantin schema`: prints the JSON Schema (2020-12) of meeting and report records, generated
/// from the tables the decoders check keys against, for VS Code's YAML extension; with
/// `--settings`, the schema of a settings file (`bantin.yaml`).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: Localized.schemaAbstract.text(),
        discussion: Localized.schemaDiscussion.text())

    @Option(name: .shortAndLong, help: ArgumentHelp(Localized.schemaOutputHelp.text()))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(Localized.settingsSchemaHelp().text()))
    var settings = false

    func run() throws {
        let text = settings ? JSONSchemaGenerator.settingsText : JSONSchemaGenerator.text
        guard let output else {
            print(text, terminator: "")
            return
        }
        try Self.write(text, to: output)
        Terminal.printResult((settings ? Localized.settingsSchemaWritten(output) : Localized.schemaWritten(output)).text())
    }

    /// Writes `text` to `path` through a temporary file renamed into place, so a failure never
    /// leaves half a file; a failure is reported and exits 3.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Terminal.printProblem(Localized.schemaNotWritten(path, reason: reason(error)).text())
            throw ExitCode(3)
        }
    }

    /// Why Foundation could not write the file, in the user's words.
    private static func reason(_ error: Error) -> Localized {
        switch (error as? CocoaError)?.code {
        case .fileNoSuchFile?: return .noSuchFolder
        case .fileWriteNoPermission?: return .noPermission
        case .fileWriteOutOfSpace?: return .diskFull
        case .fileWriteVolumeReadOnly?: return .readOnlyDisk
        default:
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let code = underlying?.domain == NSPOSIXErrorDomain ? Int32(underlying!.code) : EIO
            return .verbatim(RenderError.plainWords(errno: code))
        }
    }
}
