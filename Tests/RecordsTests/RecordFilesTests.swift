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
        #expect(RecordFiles.Failure.missing("x/none").description == "x/none: no such file or folder")
    }

    @Test func emptyFolderGivesNothing() throws {
        let folder = TempFolder()
        #expect(try RecordFiles.collect([folder.path]).isEmpty)
    }
}
