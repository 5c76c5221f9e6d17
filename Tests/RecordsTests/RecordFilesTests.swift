import Foundation
import Testing
@testable import Records

/// Files as given, folders searched recursively, sorted and deduplicated.
struct RecordFilesTests {
    @Test func collectsRecursivelyInOrder() throws {
        let folder = TempFolder()
        let root = folder.path
        for name in ["b.yaml", "a.json", "sub/z.yml", "sub/deeper/c.YAML", "notes.txt", ".hidden/x.yaml", "sub/.h.yaml"] {
            folder.write(name, "x")
        }
        let loose = folder.write("loose.txt", "x")
        let files = try RecordFiles.collect([root, loose, root + "/b.yaml", root + "/"])
        #expect(files == [
            root + "/a.json", root + "/b.yaml", root + "/loose.txt", root + "/sub/deeper/c.YAML", root + "/sub/z.yml",
        ])
    }

    @Test func missingPathThrows() {
        let folder = TempFolder()
        #expect(throws: RecordFiles.Failure.missing(folder.path + "/none")) {
            try RecordFiles.collect([folder.path, folder.path + "/none"])
        }
        #expect(RecordFiles.Failure.missing("x/none").description(in: .en) == "x/none: no such file or folder")
    }

    @Test func emptyFolderGivesNothing() throws {
        let folder = TempFolder()
        #expect(try RecordFiles.collect([folder.path]).isEmpty)
    }

    @Test func linksAreFollowedAndWhatCannotBeSearchedIsListed() throws {
        let folder = TempFolder()
        let root = folder.path
        folder.write("real/a.yaml", "x")
        folder.write("other/b.yaml", "x")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root + "/real/linked.yaml", withDestinationPath: "a.yaml")
        try manager.createSymbolicLink(atPath: root + "/real/other", withDestinationPath: "../other")
        try manager.createSymbolicLink(atPath: root + "/real/gone.yaml", withDestinationPath: "missing.yaml")
        try manager.createSymbolicLink(atPath: root + "/real/self", withDestinationPath: ".")
        #expect(mkfifo(root + "/real/pipe.json", 0o600) == 0)
        let scan = try RecordFiles.scan([root + "/real"])
        #expect(scan.files == [root + "/real/a.yaml", root + "/real/linked.yaml", root + "/real/other/b.yaml"])
        #expect(scan.skipped == [
            .init(path: root + "/real/gone.yaml", reason: .danglingLink),
            .init(path: root + "/real/pipe.json", reason: .specialFile(.fifo)),
            .init(path: root + "/real/self", reason: .linkLoop),
        ])
    }
}
