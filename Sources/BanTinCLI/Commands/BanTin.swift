import ArgumentParser
import Foundation

/// The `bantin` command: typesets meeting records into print-ready PDFs.
public struct BanTin: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "bantin",
        abstract: "Typeset records of Vietnamese meetings into print-ready PDF documents.",
        discussion: """
            Records are YAML or JSON files (folders are searched recursively). Exit status: \
            0 done, 1 some input was bad (the valid records are still rendered), 2 usage error.
            """,
        version: version,
        subcommands: [MinutesCommand.self, BulletinCommand.self, CompileCommand.self, ReportCommand.self, CheckCommand.self, FontsCommand.self])

    public init() {}

    /// Parses `arguments`, runs the command and returns the process exit status, mapping
    /// usage errors to 2 (ArgumentParser's own default is 64).
    public static func main(arguments: [String]) -> Int32 {
        // No command at all is a usage error, not a request for help.
        if arguments.isEmpty {
            printError("Error: name a command: minutes, bulletin, compile, report, check or fonts\nUsage: bantin <subcommand>\n  See 'bantin --help' for more information.")
            return 2
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = exitCode(for: error)
            if code != .success, let suggestion = Suggestion.message(for: arguments) {
                printError(suggestion)
                return 2
            }
            if code == .success {
                print(fullMessage(for: error))
                return 0
            }
            printError(fullMessage(for: error))
            if code == .validationFailure || code.rawValue == 64 { return 2 }
            return code.rawValue == 1 ? 1 : 2
        }
    }
}

/// Options every rendering command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "A layout file to use instead of the bundled one for each record's regime.")
    var layout: String?

    @Option(name: .long, help: "How many documents to make at once (default and maximum useful: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Convert text detected as TCVN3, VNI or VIQR instead of reporting it.")
    var convertLegacy = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let layout, !FileManager.default.fileExists(atPath: layout) {
            throw ValidationError("--layout \(layout): no such file")
        }
    }

    var workerCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}
