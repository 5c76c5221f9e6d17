import Foundation
import Typesetting

/// Paths and fonts shared by the test suites.
public enum Fixtures {
    /// The package's root folder, found from this file's path.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// The bundled fonts, loaded once.
    public static let fonts: FontLibrary = try! FontLibrary(directory: path("Fonts"))

    /// The bundled Vietnamese word list (`Words/vi-words.txt`), read once, as the CLI reads it.
    public static let words: WordJoins = WordJoins(lines: try! String(contentsOfFile: path("Words/vi-words.txt"), encoding: .utf8))

    /// A Liberation Serif face.
    public static func serif(bold: Bool = false, italic: Bool = false) -> Font {
        fonts.font(family: "Liberation Serif", bold: bold, italic: italic)!
    }

    /// A fresh temporary folder, removed by the caller when it cares.
    public static func temporaryFolder() -> String {
        let folder = NSTemporaryDirectory() + "bantin-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Runs external tools (poppler, qpdf) the way a user would check a PDF.
public enum Tool {
    /// Whether `name` is on PATH.
    public static func exists(_ name: String) -> Bool {
        run("/usr/bin/env", ["which", name]).status == 0
    }

    /// Runs `executable` with `arguments`; standard output, standard error and exit status.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           currentDirectory: String? = nil) -> (output: String, error: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return ("", "\(error)", -1) }
        // Read both pipes before waiting, so a chatty tool never blocks on a full pipe.
        let errorData = ReadAll(err.fileHandleForReading)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: output, as: UTF8.self), String(decoding: errorData.wait(), as: UTF8.self), process.terminationStatus)
    }
}

/// Reads a pipe to its end on a background thread.
private final class ReadAll: @unchecked Sendable {
    // Written once by the reading thread before the semaphore is signalled.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)
    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }
    func wait() -> Data { done.wait(); return data }
}
