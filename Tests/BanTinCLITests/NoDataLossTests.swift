import Foundation
import Testing

/// docs/design.md "Rules of trust": output goes through a temporary file and a rename, so a failure
/// leaves no partial PDF, no temporary file, and never damages an earlier good PDF.
@Suite struct NoDataLossTests {
    /// Size, modification date and inode of a file: what changes if anything rewrites it.
    static func stamp(_ path: String) throws -> [String] {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return ["\(attributes[.size] ?? "?")", "\(modified)", "\(attributes[.systemFileNumber] ?? "?")"]
    }

    /// Files left under `folder` whose name ends in `.tmp` (hidden ones included).
    static func temporaryFiles(_ scratch: Scratch, _ folder: String) -> [String] {
        scratch.files(under: folder).filter { $0.hasSuffix(".tmp") }
    }

    /// Signs of a Foundation error object printed as is, instead of a message for a user.
    static func foundationDump(in text: String) -> [String] {
        ["Error Domain=", "UserInfo=", "NSCocoaErrorDomain", "\"(null)\""].filter { text.contains($0) }
    }

    @Test func anEarlierGoodPDFIsLeftUntouchedWhenItsRecordTurnsBad() throws {
        let scratch = Scratch()
        let record = try scratch.write("records/x.yaml", SmallRecord.text)
        let first = try Bantin.run(["minutes", record, "-o", scratch.file("out")])
        try #require(first.status == 0, "\(first)")
        let pdf = scratch.file("out/x.pdf")
        let before = try #require(bytes(pdf))
        let stampBefore = try Self.stamp(pdf)

        // The clerk edits the record and gets it wrong.
        try scratch.write("records/x.yaml", SmallRecord.with(line: 18, "  present: 13"))
        Thread.sleep(forTimeInterval: 0.02)  // so a rewrite could not keep the same mtime
        let second = try Bantin.run(["minutes", record, "-o", scratch.file("out")])
        #expect(second.status == 1, "\(second)")
        #expect(bytes(pdf) == before, "the earlier PDF's bytes changed")
        #expect(try Self.stamp(pdf) == stampBefore, "the earlier PDF was rewritten (size, mtime, inode)")
        #expect(scratch.files(under: "out") == ["x.pdf"])
    }

    @Test func aRunWithBadRecordsLeavesNoTemporaryFiles() throws {
        let scratch = Scratch()
        let good = try scratch.write("records/good.yaml", SmallRecord.text)
        let bad = try scratch.write("records/bad.yaml", SmallRecord.with(line: 10, "date: 2023-02-30"))
        let run = try Bantin.run(["minutes", good, bad, "-o", scratch.file("out")])
        #expect(run.status == 1, "\(run)")
        #expect(scratch.files(under: "out") == ["good.pdf"])
        #expect(Self.temporaryFiles(scratch, "out").isEmpty)
    }

    /// A run whose PDF's place is taken by a folder: the temporary file is written, the
    /// rename into place fails.
    static func renderOntoAFolder(_ scratch: Scratch) throws -> Bantin.Run {
        let record = try scratch.write("records/x.yaml", SmallRecord.text)
        try FileManager.default.createDirectory(atPath: scratch.file("out/x.pdf"), withIntermediateDirectories: true)
        return try Bantin.run(["minutes", record, "-o", scratch.file("out")])
    }

    @Test func aFailedWriteLeavesNoTemporaryFile() throws {
        let scratch = Scratch()
        let run = try Self.renderOntoAFolder(scratch)
        #expect(run.status == 3, "a system failure, not bad input: \(run)")
        #expect(Self.temporaryFiles(scratch, "out") == [], "temporary files left: \(scratch.files(under: "out"))")
    }

    @Test func aFailedWriteIsAClearError() throws {
        let scratch = Scratch()
        let run = try Self.renderOntoAFolder(scratch)
        #expect(run.status == 3, "a system failure, not bad input: \(run)")
        #expect(run.error.contains(scratch.file("out/x.pdf")), "the message names the PDF it could not write: \(run)")
        #expect(Self.foundationDump(in: run.error).isEmpty, "stderr dumps a Foundation error: \(run)")
    }

    @Test func anUnwritableOutputFolderIsAClearError() throws {
        // Tests may run as root, who can write anywhere: a regular file where the output
        // folder should be makes sure the folder cannot be created.
        let scratch = Scratch()
        let record = try scratch.write("records/x.yaml", SmallRecord.text)
        let blocker = try scratch.write("out", "not a folder\n")
        let run = try Bantin.run(["minutes", record, "-o", blocker])
        #expect(run.status == 3, "a system failure, not bad input: \(run)")
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "not a folder\n", "the file in the way was changed")
        #expect(run.error.contains(blocker), "the message names the output folder: \(run)")
        #expect(Self.foundationDump(in: run.error).isEmpty, "stderr dumps a Foundation error: \(run)")
    }
}
