import ArgumentParser
import Foundation
import Records

/// The `bantin` command: typesets meeting records into print-ready PDFs.
public struct BanTin: ParsableCommand {
    public static let version = "0.1.0"

    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "bantin",
            abstract: Localized.rootAbstract.text(),
            discussion: Localized.rootDiscussion.text(),
            version: version,
            subcommands: [MinutesCommand.self, BulletinCommand.self, CompileCommand.self, ReportCommand.self, CheckCommand.self, NewCommand.self, SchemaCommand.self, FontsCommand.self, ServeCommand.self, WatchCommand.self])
    }

    public init() {}

    /// Makes SIGINT, SIGTERM and SIGHUP remove this process's temporary files before it
    /// exits (130, 143, 129). Call first thing in the executable, before any thread starts.
    public static func removeTemporaryFilesOnSignals() {
        SignalCleanup.install()
    }

    /// Sets the language of every message from `--lang` (else LC_ALL, LC_MESSAGES, LANG).
    /// Call first thing in the executable, before anything is printed or any thread starts.
    public static func chooseLanguage(arguments: [String]) {
        if let language = LanguageOption(arguments).language, language != Language.current { Language.current = language }
    }

    /// Parses `arguments`, runs the command and returns the process exit status, mapping
    /// usage errors to 2 (ArgumentParser's own default is 64).
    public static func main(arguments: [String]) -> Int32 {
        let language = LanguageOption(arguments)
        if let invalid = language.invalid {
            // The language is unknown, so the message is given in both.
            let message = Localized.unknownLanguage(invalid)
            Terminal.printProblem(message.vi + "\n" + message.en)
            return 2
        }
        chooseLanguage(arguments: arguments)
        let arguments = language.rest
        // No command at all is a usage error, not a request for help.
        if arguments.isEmpty {
            Terminal.printProblem(Localized.noCommand.text())
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
        } catch let unusable as WordListUnusable {
            // So is one without its word list (`bantin serve` loads it before serving).
            Terminal.printProblem("bantin: \(unusable)")
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
            Terminal.printProblem(UsageText.translated(fullMessage(for: error)))
            if code == .validationFailure || code.rawValue == 64 { return 2 }
            return code.rawValue == 1 ? 1 : 2
        }
    }
}

/// Options every rendering command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: Localized.layoutHelp.help)
    var layout: String?

    @Option(name: .long, help: Localized.jobsHelp.help)
    var jobs: Int?

    @Flag(name: .long, help: Localized.convertLegacyHelp.help)
    var convertLegacy = false

    @Flag(name: .shortAndLong, help: Localized.quietHelp.help)
    var quiet = false

    @Option(name: .customLong("allow-folder"), help: ArgumentHelp(Localized.allowFolderHelp.text(), valueName: "DIR"))
    var allowedFolders: [String] = []

    @Option(name: .long, help: Localized.pixelBudgetHelp.help)
    var pixelBudget: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError(Localized.jobsAtLeastOne.text()) }
        if let pixelBudget, pixelBudget < 1 || pixelBudget > 100_000 { throw ValidationError(Localized.pixelBudgetRange.text()) }
        for folder in allowedFolders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError(Localized.allowFolderMissing(folder).text())
            }
        }
        if let layout, !FileManager.default.fileExists(atPath: layout) {
            throw ValidationError(Localized.layoutFileMissing(layout).text())
        }
    }

    var workerCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}
