import Foundation
import Testing
import TestSupport

/// Issue 9.1: where a PDF may go. A read-only PDF, a folder in its place or a symbolic link
/// out of the `-o` folder is an error naming the file (exit 3), and nothing is replaced.
@Suite struct OutputPlaceTests {
    @Test func aReadOnlyEarlierPDFIsAnErrorNotAReplacement() throws {
        let scratch = Scratch()
        let record = try scratch.write("records/x.yaml", SmallRecord.text)
        let pdf = scratch.file("out/x.pdf")
        try #require(try Bantin.run(["minutes", record, "-o", scratch.file("out")]).status == 0)
        let before = try #require(bytes(pdf))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: pdf)

        try scratch.write("records/x.yaml", SmallRecord.with(line: 9, "title: Sinh hoạt chi bộ tháng 4"))
        let run = try Bantin.run(["minutes", record, "-o", scratch.file("out")])
        #expect(run.status == 3, "\(run)")
        #expect(run.errorLines.contains("\(pdf): error: the existing PDF is read-only; make it writable (chmod u+w) or choose another -o"), "\(run)")
        #expect(bytes(pdf) == before, "the read-only PDF was replaced")
        #expect(scratch.files(under: "out") == ["x.pdf"])
    }

    @Test func aFolderInThePlaceOfThePDFIsAnError() throws {
        let scratch = Scratch()
        let record = try scratch.write("records/x.yaml", SmallRecord.text)
        try FileManager.default.createDirectory(atPath: scratch.file("out/x.pdf"), withIntermediateDirectories: true)
        let run = try Bantin.run(["minutes", record, "-o", scratch.file("out")])
        #expect(run.status == 3, "\(run)")
        #expect(run.errorLines.contains("\(scratch.file("out/x.pdf")): error: a folder is in the way of the PDF; rename or remove it, or choose another -o"), "\(run)")
        #expect(scratch.files(under: "out").isEmpty, "\(scratch.files(under: "out"))")
    }

    @Test func aSymlinkedSubFolderCannotLeadOutOfTheOutputFolder() throws {
        let scratch = Scratch()
        try scratch.write("records/a.yaml", SmallRecord.text)
        try scratch.write("records/sub/b.yaml", SmallRecord.text)
        try FileManager.default.createDirectory(atPath: scratch.file("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.file("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.file("out/sub"), withDestinationPath: "../elsewhere")

        let run = try Bantin.run(["minutes", scratch.file("records"), "-o", scratch.file("out")])
        #expect(run.status == 3, "\(run)")
        let resolved = try #require(OutputPlaceTests.realPath(scratch.file("elsewhere")))
        #expect(run.errorLines.contains("\(scratch.file("out/sub/b.pdf")): error: its folder leads outside the output folder \(scratch.file("out")) through a symbolic link (to \(resolved)); remove the link or choose another -o"), "\(run)")
        #expect(scratch.files(under: "elsewhere").isEmpty, "a PDF was written outside -o")
        #expect(FileManager.default.fileExists(atPath: scratch.file("out/a.pdf")), "the other record is still made")
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
