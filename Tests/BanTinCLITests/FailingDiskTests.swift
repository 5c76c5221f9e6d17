import Foundation
import Testing
import TestSupport

/// Issue 9.1: an earlier good PDF survives a disk that fills up or turns read-only, for every
/// command; the run says why in plain words, names the file, exits 3 and leaves no temporary
/// file. The disk is a real tmpfs mounted by the test.
@Suite(.serialized) struct FailingDiskTests {
    /// Each command, writing `x.pdf` into a folder: what it is given.
    static let commands: [(name: String, arguments: [String])] = [
        ("minutes", ["minutes", "Examples/2023-06-28.yaml"]),
        ("bulletin", ["bulletin", "Examples/2023-06-28.yaml"]),
        ("compile", ["compile", "Examples/2023-06-28.yaml", "--period", "2023"]),
        ("report", ["report", "Examples/reports/bao-cao-so-ket-6-thang-2023.yaml", "Examples/2023-H1"]),
    ]

    @Test(.enabled(if: SmallDisk.available, SmallDisk.reason), arguments: commands.map(\.name))
    func aFullDiskKeepsTheEarlierPDFAndExits3(command: String) throws {
        let arguments = try #require(Self.commands.first { $0.name == command }).arguments
        let disk = try SmallDisk(kilobytes: 1024)
        let pdf = disk.file("x.pdf")
        let first = try Bantin.run(arguments + ["-o", pdf])
        try #require(first.status == 0, "\(first)")
        let before = try #require(bytes(pdf))

        disk.fill()
        let run = try Bantin.run(arguments + ["-o", pdf])
        #expect(run.status == 3, "\(run)")
        #expect(run.errorLines.contains { $0.hasPrefix("\(pdf): error: cannot write the PDF: disk full;") }, "\(run)")
        #expect(bytes(pdf) == before, "the earlier PDF changed")
        #expect(disk.temporaryFiles.isEmpty, "temporary files left: \(disk.temporaryFiles)")
        #expect(try PDF.tool("qpdf", ["--check", pdf]).contains("No syntax or stream encoding errors"))
    }

    @Test(.enabled(if: SmallDisk.available, SmallDisk.reason))
    func aFullDiskIsSaidInVietnameseByDefault() throws {
        let disk = try SmallDisk(kilobytes: 1024)
        let pdf = disk.file("2023-06-28.pdf")
        try #require(try Bantin.run(["minutes", "Examples/2023-06-28.yaml", "-o", pdf]).status == 0)
        disk.fill()
        let run = try Bantin.run(["minutes", "Examples/2023-06-28.yaml", "-o", pdf], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(run.status == 3, "\(run)")
        #expect(run.errorLines == ["\(pdf): lỗi: không ghi được tệp PDF: đĩa đã đầy; hãy giải phóng dung lượng hoặc chọn thư mục khác bằng -o, rồi chạy lại (tệp 2023-06-28.pdf cũ vẫn giữ nguyên)"], "\(run)")
    }

    @Test(.enabled(if: SmallDisk.available, SmallDisk.reason))
    func aReadOnlyDiskKeepsTheEarlierPDFAndExits3() throws {
        let disk = try SmallDisk(kilobytes: 1024)
        let pdf = disk.file("x.pdf")
        try #require(try Bantin.run(["minutes", "Examples/2023-06-28.yaml", "-o", pdf]).status == 0)
        let before = try #require(bytes(pdf))
        try disk.makeReadOnly()

        let run = try Bantin.run(["bulletin", "Examples/2023-06-28.yaml", "-o", pdf])
        #expect(run.status == 3, "\(run)")
        #expect(run.errorLines.contains { $0.hasPrefix("\(pdf): error: cannot write the PDF: read-only file system;") }, "\(run)")
        #expect(bytes(pdf) == before)
    }

    @Test(.enabled(if: Unprivileged.available, Unprivileged.reason))
    func aFolderWithoutWritePermissionIsPermissionDenied() throws {
        let scratch = Scratch()
        let pdf = scratch.file("out/x.pdf")
        try #require(try Bantin.run(["minutes", "Examples/2023-06-28.yaml", "-o", pdf]).status == 0)
        let before = try #require(bytes(pdf))
        // The PDF itself may be written by anyone: only the folder refuses.
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: pdf)
        // Readable and searchable by everyone, writable by nobody but its owner (root); as a
        // normal user, by nobody at all.
        try FileManager.default.setAttributes([.posixPermissions: Unprivileged.prefix == nil ? 0o555 : 0o755],
                                              ofItemAtPath: scratch.file("out"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.file("out")) }

        let run = try Unprivileged.run(["minutes", Fixtures.path("Examples/2023-06-28.yaml"), "-o", pdf], in: scratch.path)
        #expect(run.status == 3, "\(run)")
        #expect(run.errorLines.contains { $0.hasPrefix("\(pdf): error: cannot write the PDF: permission denied;") }, "\(run)")
        #expect(bytes(pdf) == before)
        #expect(scratch.files(under: "out") == ["x.pdf"])
    }
}
