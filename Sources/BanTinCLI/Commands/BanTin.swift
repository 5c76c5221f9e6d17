import ArgumentParser
import Foundation

/// The `bantin` command: typesets meeting records into print-ready PDFs.
public struct BanTin: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "bantin",
        abstract: "Typeset records of Vietnamese meetings into print-ready PDF documents.",
        discussion: """
            Records are YAML or JSON files (folders are searched recursively). Each file written \
            is listed on stdout, then a summary (--quiet: nothing); problems go to stderr. Exit status: \
            0 done, 1 some input was bad (the valid records are still rendered), 2 usage error, \
            3 the system failed (disk full, permission denied, I/O error; earlier PDFs are kept), \
            130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (temporary files removed).
            """,
        version: version,
        subcommands: [MinutesCommand.self, BulletinCommand.self, CompileCommand.self, ReportCommand.self, CheckCommand.self, NewCommand.self, SchemaCommand.self, FontsCommand.self])

    public init() {}

    /// Makes SIGINT, SIGTERM and SIGHUP remove this process's temporary files before it
    /// exits (130, 143, 129). Call first thing in the executable, before any thread starts.
    public static func removeTemporaryFilesOnSignals() {
        SignalCleanup.install()
    }

    /// Parses `arguments`, runs the command and returns the process exit status, mapping
    /// usage errors to 2 (ArgumentParser's own default is 64).
    public static func main(arguments: [String]) -> Int32 {
        // No command at all is a usage error, not a request for help.
        if arguments.isEmpty {
            Terminal.printProblem("Error: name a command: minutes, bulletin, compile, report, check, new, schema or fonts\nUsage: bantin <subcommand>\n  See 'bantin --help' for more information.")
            return 2
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let missing as ResourcesNotFound {
            // An installation without its fonts and layouts is the system's fault, not the input's.
            Terminal.printProblem("bantin: \(missing)")
            return ExitStatus.systemFailure.rawValue
        } catch {
            let code = exitCode(for: error)
            if code != .success, let suggestion = Suggestion.message(for: arguments) {
                Terminal.printProblem(suggestion)
                return 2
            }
            if code == .success {
                Terminal.printResult(fullMessage(for: error))
                return 0
            }
            Terminal.printProblem(fullMessage(for: error))
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

    @Flag(name: .shortAndLong, help: "Print no line per file written and no summary (problems are still printed).")
    var quiet = false

    @Option(name: .customLong("allow-folder"), help: ArgumentHelp("A folder photos and signatures may come from besides each record's own (repeatable).", valueName: "DIR"))
    var allowedFolders: [String] = []

    @Option(name: .long, help: "The most decoded image pixels one page may hold, in millions (default 150).")
    var pixelBudget: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let pixelBudget, pixelBudget < 1 || pixelBudget > 100_000 { throw ValidationError("--pixel-budget must be 1 to 100000 (millions of pixels)") }
        for folder in allowedFolders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--allow-folder \(folder): no such folder")
            }
        }
        if let layout, !FileManager.default.fileExists(atPath: layout) {
            throw ValidationError("--layout \(layout): no such file")
        }
    }

    var workerCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}
