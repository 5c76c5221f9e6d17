import ArgumentParser
import Foundation
import Records

/// `bantin new`: writes a record template with Vietnamese comments, valid as it stands, for a
/// clerk to copy and edit (the templates live in `Templates/` beside `Layouts/`).
struct NewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "new", abstract: Localized.newAbstract.text(),
                             discussion: Localized.newDiscussion.text())
    }

    /// What the template is for.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case minutes, report, item
    }

    /// The document regime of the template.
    enum RegimeChoice: String, ExpressibleByArgument, CaseIterable {
        case party, state
    }

    @Argument(help: Localized.newKindHelp.help)
    var kind: Kind

    @Option(name: .long, help: Localized.newRegimeHelp.help)
    var regime: RegimeChoice = .party

    @Option(name: .shortAndLong, help: Localized.newOutputHelp.help)
    var output: String?

    func run() throws {
        let text: String
        do {
            text = try Self.template(kind, regime: regime, resources: Resources.locate())
        } catch {
            Terminal.printProblem("bantin: \(errorText(error))")
            throw ExitCode(3)
        }
        guard let output else {
            print(text, terminator: "")
            return
        }
        // O_EXCL: a clerk's record is never replaced by a template.
        let fd = open(output, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            let code = errno
            Terminal.printProblem((code == EEXIST ? Localized.templateExists(output) : Localized.templateNotCreated(output, reason: .plainWords(errno: code))).text())
            throw ExitCode(code == EEXIST ? 1 : 3)
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let closed = close(fd)
        guard written == bytes.count, closed == 0 else {
            let code = errno
            unlink(output)
            Terminal.printProblem(Localized.templateNotWritten(output, reason: .plainWords(errno: code)).text())
            throw ExitCode(3)
        }
        Terminal.printResult(Localized.templateWritten(output).text())
        try writeSchema(besideTemplate: output)
    }

    /// Writes `bantin.schema.json` beside the template when it is missing, where the template's
    /// `yaml-language-server` modeline points, so VS Code completes and checks the record.
    private func writeSchema(besideTemplate template: String) throws {
        let folder = (template as NSString).deletingLastPathComponent
        let path = folder.isEmpty ? JSONSchemaGenerator.fileName : (folder as NSString).appendingPathComponent(JSONSchemaGenerator.fileName)
        var status = stat()
        guard lstat(path, &status) != 0 else { return }
        try SchemaCommand.write(JSONSchemaGenerator.text, to: path)
        Terminal.printResult(Localized.schemaWrittenBesideTemplate(path).text())
    }

    /// The template text: a record template of the regime; an item is the minutes template
    /// followed by its news item (`article:`).
    static func template(_ kind: Kind, regime: RegimeChoice, resources: Resources) throws -> String {
        func read(_ name: String) throws -> String {
            let path = (resources.root as NSString).appendingPathComponent("Templates/\(name)-\(regime.rawValue).yaml")
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw TemplateError.missing(path)
            }
            return text
        }
        switch kind {
        case .minutes: return try read("minutes")
        case .report: return try read("report")
        case .item: return try read("minutes") + read("article")
        }
    }
}

/// A bundled template that cannot be read: the installation is incomplete.
enum TemplateError: Error, CustomStringConvertible {
    case missing(String)

    var description: String {
        switch self {
        case .missing(let path): return Localized.templateMissing(path).text()
        }
    }
}
