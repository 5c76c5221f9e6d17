import ArgumentParser
import Foundation
import Records

/// `bantin new`: writes a record template with Vietnamese comments, valid as it stands, for a
/// clerk to copy and edit (the templates live in `Templates/` beside `Layouts/`).
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented record template: minutes, report or item (a meeting with its news item).",
        discussion: "Without -o the template is printed. An existing file is never overwritten.")

    /// What the template is for.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case minutes, report, item
    }

    /// The document regime of the template.
    enum RegimeChoice: String, ExpressibleByArgument, CaseIterable {
        case party, state
    }

    @Argument(help: "minutes, report or item.")
    var kind: Kind

    @Option(name: .long, help: "party (Party documents, the default) or state (state agencies).")
    var regime: RegimeChoice = .party

    @Option(name: .shortAndLong, help: "The file to write (default: print the template).")
    var output: String?

    func run() throws {
        let text: String
        do {
            text = try Self.template(kind, regime: regime, resources: Resources.locate())
        } catch {
            Terminal.printProblem("bantin: \(error)")
            throw ExitCode(3)
        }
        guard let output else {
            print(text, terminator: "")
            return
        }
        // O_EXCL: a clerk's record is never replaced by a template.
        let fd = open(output, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            let reason = errno == EEXIST ? "the file already exists; choose another name" : String(cString: strerror(errno))
            Terminal.printProblem("bantin: \(output): \(reason)")
            throw ExitCode(errno == EEXIST ? 1 : 3)
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let closed = close(fd)
        guard written == bytes.count, closed == 0 else {
            unlink(output)
            Terminal.printProblem("bantin: \(output): cannot be written: \(String(cString: strerror(errno)))")
            throw ExitCode(3)
        }
        Terminal.printResult("\(output): template written; edit it, then: bantin check \(output)")
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
        case .missing(let path): return "cannot read the template \(path); reinstall BanTin (make install)"
        }
    }
}
