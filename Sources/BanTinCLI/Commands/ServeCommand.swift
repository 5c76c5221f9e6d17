import ArgumentParser
import BanTinServer
import Dispatch
import Foundation
import Records

/// `bantin serve [DIR]`: the web app over a folder of records (see docs/api.md).
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "serve", abstract: Localized.serveAbstract.text(),
                             discussion: Localized.serveDiscussion.text())
    }

    @Argument(help: Localized.serveFolderHelp.help)
    var folder: String = "."

    @Option(name: .long, help: Localized.serveHostHelp.help)
    var host: String = "127.0.0.1"

    @Option(name: .long, help: Localized.servePortHelp.help)
    var port: Int = 8080

    @Option(name: .customLong("password-file"), help: ArgumentHelp(Localized.servePasswordFileHelp.text(), valueName: "FILE"))
    var passwordFile: String?

    @Flag(name: .customLong("hash-password"), help: Localized.serveHashPasswordHelp.help)
    var hashPassword = false

    func validate() throws {
        if hashPassword {
            if passwordFile == nil { throw ValidationError(Localized.hashPasswordNeedsFile.text()) }
            return
        }
        if !(1...65535).contains(port) { throw ValidationError(Localized.servePortRange.text()) }
        if passwordFile == nil, !ServerConfiguration.isLoopback(host) {
            throw ValidationError(Localized.serveNeedsPassword(host).text())
        }
    }

    func run() throws {
        if hashPassword { return try writePasswordHash() }
        let workspace: Workspace
        var password: PasswordFile?
        do {
            workspace = try Workspace(folder: folder)
        } catch {
            Terminal.printProblem("bantin: " + error.message.text())
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        if let passwordFile {
            do { password = try PasswordFile.load(passwordFile) } catch {
                Terminal.printProblem("bantin: " + Localized.passwordFileUnusable(passwordFile).text())
                throw ExitCode(ExitStatus.badInput.rawValue)
            }
        }
        let resources = try Resources.locate()
        let engine = try PipelineEngine(records: [workspace.root])
        let web = resources.webFolder
        let server = try BanTinServer(
            configuration: ServerConfiguration(workspace: workspace, host: host, port: port, password: password,
                                               assets: FileManager.default.isFolder(web) ? web : nil),
            engine: engine)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let root = workspace.root
        try Blocking.run {
            try await server.run { port in
                Terminal.printProblem(Localized.serving("http://\(shownHost):\(port)/", root).text())
            }
        }
    }

    /// Reads a password from standard input (one line) and writes its bcrypt hash.
    private func writePasswordHash() throws {
        let password = (readLine(strippingNewline: true) ?? "")
        guard password.count >= 8, password.utf8.count <= 72, let passwordFile else {
            Terminal.printProblem("bantin: " + Localized.passwordEmpty.text())
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let line = PasswordFile.line(for: password) + "\n"
        guard FileManager.default.createFile(atPath: passwordFile, contents: Data(line.utf8), attributes: [.posixPermissions: 0o600]) else {
            Terminal.printProblem("bantin: " + Localized.passwordFileUnusable(passwordFile).text())
            throw ExitCode(ExitStatus.systemFailure.rawValue)
        }
        Terminal.printResult(Localized.passwordWritten(passwordFile).text())
    }
}

/// Runs async work to its end from a synchronous command (ArgumentParser's `run()`).
enum Blocking {
    static func run(_ work: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await work() } catch { outcome.set(error) }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    /// The error of the work, set once by its task and read after it signalled.
    private final class Outcome: @unchecked Sendable {
        // Guarded by `lock`.
        private var stored: Error?
        private let lock = NSLock()
        func set(_ error: Error) { lock.lock(); stored = error; lock.unlock() }
        var error: Error? { lock.lock(); defer { lock.unlock() }; return stored }
    }
}
