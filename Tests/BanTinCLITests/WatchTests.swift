@testable import BanTinCLI
import Foundation
import Testing
import TestSupport

/// What `bantin watch` notices: a changed record, a new photo, a settings file above the
/// record, a layout; never the PDF it writes itself.
@Suite struct WatchTests {
    @Test func changesToRecordsPhotosSettingsAndLayoutsAreSeen() throws {
        let root = Fixtures.temporaryFolder()
        let records = root + "/ho-so"
        try FileManager.default.createDirectory(atPath: records + "/photos", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/layouts", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/2023-07-03.yaml"), toPath: records + "/a.yaml")
        try "x: 1\n".write(toFile: root + "/layouts/minutes.yaml", atomically: true, encoding: .utf8)
        let watched = WatchedFiles(records: [records + "/a.yaml"], extra: [root + "/layouts"], output: records + "/out")
        var seen = watched.fingerprint()

        func touch(_ path: String, _ text: String) throws -> [String] {
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            let now = watched.fingerprint()
            defer { seen = now }
            return WatchedFiles.changes(from: seen, to: now)
        }
        #expect(try touch(records + "/a.yaml", "kind: meeting\n") == ["a.yaml"])
        #expect(try touch(records + "/photos/anh.jpg", "jpeg") == ["anh.jpg"])
        #expect(try touch(root + "/bantin.yaml", "organization: x\n") == ["bantin.yaml"])
        #expect(try touch(root + "/layouts/minutes.yaml", "x: 22\n") == ["minutes.yaml"])
        try FileManager.default.createDirectory(atPath: records + "/out", withIntermediateDirectories: true)
        #expect(try touch(records + "/out/a.pdf", "%PDF") == [])
        #expect(watched.fingerprint() == seen)
    }
}
