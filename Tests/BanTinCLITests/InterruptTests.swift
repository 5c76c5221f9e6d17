import Foundation
import Testing
import TestSupport

/// Issue 9.1: SIGINT, SIGTERM and SIGHUP while PDFs are being written remove every temporary
/// file before the process exits 130, 143 or 129; SIGKILL cannot be caught, so a later run
/// into the folder removes the temporary files of processes that no longer exist.
@Suite(.serialized) struct InterruptTests {
    /// Enough records that the run is still writing when the signal comes.
    static func manyRecords(_ scratch: Scratch, count: Int = 400) throws -> String {
        for index in 0..<count { try scratch.write("records/r\(index).yaml", SmallRecord.text) }
        return scratch.file("records")
    }

    /// The temporary files in `folder` (names ending in `.tmp`).
    static func temporaryFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    /// Starts `bantin minutes records -o out` and returns once a temporary file exists in
    /// `out`, that is, while a PDF is being written.
    static func startWriting(_ records: String, into out: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Bantin.executable))
        process.arguments = ["minutes", records, "-o", out, "--jobs", "2"]
        process.environment = Bantin.environment
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while temporaryFiles(in: out).isEmpty {
            try #require(process.isRunning, "bantin ended before writing anything (exit \(process.terminationStatus))")
            usleep(2_000)
        }
        return process
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func aSignalWhileWritingRemovesEveryTemporaryFile(signal: Int32, status: Int32) throws {
        let scratch = Scratch()
        let records = try Self.manyRecords(scratch)
        let out = scratch.file("out")
        let process = try Self.startWriting(records, into: out)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == status,
                "exit \(process.terminationStatus) (\(process.terminationReason == .exit ? "exit" : "uncaught signal"))")
        #expect(Self.temporaryFiles(in: out).isEmpty, "temporary files left: \(Self.temporaryFiles(in: out))")
        let pdfs = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        #expect(pdfs.count < 400, "the run finished before the signal: the test proves nothing")
    }

    @Test func aLaterRunRemovesTheTemporaryFilesOfAKilledRunOnly() throws {
        let scratch = Scratch()
        let records = try Self.manyRecords(scratch)
        let out = scratch.file("out")
        // SIGKILL cannot be caught: its temporary file stays (retried in the rare case the
        // file was renamed into place between the look and the kill).
        var left: [String] = []
        for _ in 0..<5 where left.isEmpty {
            let process = try Self.startWriting(records, into: out)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            left = Self.temporaryFiles(in: out)
        }
        try #require(!left.isEmpty, "SIGKILL never left a temporary file")

        // A temporary file of a live process (this one) and a file of another pattern stay.
        let live = ".keep.pdf.\(getpid()).0123456789abcdef.tmp"
        try scratch.write("out/\(live)", "being written")
        try scratch.write("out/.notes.tmp", "not ours")

        let one = try scratch.write("one/x.yaml", SmallRecord.text)
        let run = try Bantin.run(["minutes", one, "-o", out])
        #expect(run.status == 0, "\(run)")
        #expect(Self.temporaryFiles(in: out).sorted() == [".keep.pdf.\(getpid()).0123456789abcdef.tmp", ".notes.tmp"].sorted(),
                "\(Self.temporaryFiles(in: out))")
    }
}
