import Foundation
import Testing
import TestSupport

/// Issue 9.6: nothing in a record folder is skipped silently, and every output-name
/// collision is listed at once.
@Suite struct RecordFolderScanTests {
    @Test func specialFilesBrokenLinksAndLoopsAreWarnedAboutAndNeverOpened() throws {
        let scratch = Scratch()
        let records = scratch.file("records")
        try scratch.write("records/a.yaml", SmallRecord.text)
        try #require(mkfifo(scratch.file("records/pipe.yaml"), 0o644) == 0)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: scratch.file("records/gone.yaml"), withDestinationPath: "nowhere.yaml")
        try manager.createSymbolicLink(atPath: scratch.file("records/loop-a"), withDestinationPath: "loop-b")
        try manager.createSymbolicLink(atPath: scratch.file("records/loop-b"), withDestinationPath: "loop-a")
        try manager.createSymbolicLink(atPath: scratch.file("records/up"), withDestinationPath: "..")

        // A FIFO opened for reading would block: the run must end by itself.
        let run = try Bantin.run(["check", records])
        #expect(run.status == 0, "\(run)")
        #expect(run.errorLines == [
            "\(records)/gone.yaml: warning: a symbolic link to nothing; left out",
            "\(records)/loop-a: warning: a symbolic link that loops back on itself; left out",
            "\(records)/loop-b: warning: a symbolic link that loops back on itself; left out",
            "\(records)/pipe.yaml: warning: a FIFO (named pipe), not a file; left out (never opened)",
            "\(records)/up: warning: a symbolic link that loops back on itself; left out",
        ], "\(run)")
        #expect(run.output == "1 record checked, 0 with errors\n", "\(run)")
    }

    @Test func aFIFONamedDirectlyIsNeverOpened() throws {
        let scratch = Scratch()
        try #require(mkfifo(scratch.file("pipe.yaml"), 0o644) == 0)
        let run = try Bantin.run(["minutes", scratch.file("pipe.yaml"), "-o", scratch.file("out")])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.first == "\(scratch.file("pipe.yaml")): warning: a FIFO (named pipe), not a file; left out (never opened)", "\(run)")
    }

    @Test(.enabled(if: Unprivileged.available, Unprivileged.reason))
    func anUnreadableSubFolderIsWarnedAbout() throws {
        let scratch = Scratch()
        try scratch.write("records/a.yaml", SmallRecord.text)
        try scratch.write("records/closed/b.yaml", SmallRecord.text)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratch.file("records/closed"))
        if Unprivileged.prefix == nil {
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: scratch.file("records/closed"))
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.file("records/closed")) }
        let run = try Unprivileged.run(["check", scratch.file("records")], in: scratch.path)
        #expect(run.status == 0, "\(run)")
        #expect(run.errorLines == ["\(scratch.file("records/closed")): warning: this folder cannot be read (permission denied); its records are left out"], "\(run)")
    }

    @Test func everyOutputNameCollisionIsListed() throws {
        let scratch = Scratch()
        let a = try scratch.write("a/x.yaml", SmallRecord.text)
        let ax = try scratch.write("a/x.json", SmallRecord.text)
        let b = try scratch.write("b/x.yaml", SmallRecord.text)
        let c = try scratch.write("c/y.yaml", SmallRecord.text)
        let d = try scratch.write("d/y.yml", SmallRecord.text)
        let out = scratch.file("out")
        let run = try Bantin.run(["minutes", ax, a, b, c, d, "-o", out])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines == [
            "bantin: \(ax) and \(a) would both be written to \(out)/x.pdf; rename one",
            "bantin: \(ax) and \(b) would both be written to \(out)/x.pdf; rename one",
            "bantin: \(c) and \(d) would both be written to \(out)/y.pdf; rename one",
        ], "\(run)")
        #expect(scratch.files(under: "out").isEmpty)
    }
}
