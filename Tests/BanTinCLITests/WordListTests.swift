import Foundation
import Records
import Testing
import TestSupport
@testable import BanTinCLI

/// The Vietnamese word list ships as `Words/vi-words.txt` beside Fonts/ and Layouts/: read once
/// per process, bounded, and a clear message naming the file when it cannot be used.
@Suite struct WordListTests {
    @Test func theBundledListIsReadWithEveryWord() throws {
        let joins = try Resources(root: Fixtures.root).words()
        #expect(joins.count == 62_079)
        for word in ["thương binh", "y tế", "thông tin", "phương hướng", "nhiệm vụ", "chấp hành"] {
            #expect(joins.contains(word), "\(word)")
        }
        // The header names its source and licence, and is not read as words.
        let text = try String(contentsOfFile: Fixtures.path("Words/vi-words.txt"), encoding: .utf8)
        #expect(text.hasPrefix("# Vietnamese words") && text.contains("underthesea 9.5.0") && text.contains("Apache License 2.0"))
        #expect(!joins.contains("# vietnamese words"))
    }

    @Test func theListIsReadOncePerProcess() throws {
        let resources = Resources(root: Fixtures.root)
        #expect(try resources.words() === (try resources.words()))
    }

    @Test func eachUnusableListSaysWhy() throws {
        let scratch = Scratch()
        let cases: [(String, WordListUnusable.Problem)] = [
            (scratch.file("absent.txt"), .missing),
            (try scratch.write("only-comments.txt", "# a header\n\n"), .empty),
            (try Self.write(scratch, "latin1.txt", Data([0x74, 0x68, 0xF0, 0x20, 0x62, 0x69, 0x6E, 0x68, 0x0A])), .notUTF8),
            (try Self.write(scratch, "huge.txt", Data(repeating: UInt8(ascii: "a"), count: WordList.maximumBytes + 1)),
             .tooLarge(most: WordList.maximumBytes)),
            (scratch.path, .notAFile),
        ]
        for (path, problem) in cases {
            #expect(throws: WordListUnusable(path: path, problem: problem)) { try WordList.read(path) }
        }
        let fine = try scratch.write("two.txt", "# two words\ny tế\nthương binh\n")
        #expect(try WordList.read(fine).count == 2)
    }

    /// Writes `data` to `name` in `scratch` and returns its path.
    static func write(_ scratch: Scratch, _ name: String, _ data: Data) throws -> String {
        let path = scratch.file(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theMessageNamesTheFileAndTheFixInBothLanguages() {
        let message = Localized.wordListUnusable("/opt/bantin/share/bantin/Words/vi-words.txt", problem: .missing)
        #expect(message.text(in: .en) == "cannot use the Vietnamese word list /opt/bantin/share/bantin/Words/vi-words.txt: the file does not exist; reinstall BanTin (`make install`) or set BANTIN_HOME to the folder that holds Fonts/, Layouts/ and Words/")
        #expect(message.text(in: .vi) == "không dùng được danh sách từ tiếng Việt /opt/bantin/share/bantin/Words/vi-words.txt: không có tệp này; hãy cài lại BanTin (`make install`) hoặc đặt BANTIN_HOME là thư mục chứa Fonts/, Layouts/ và Words/")
    }
}
