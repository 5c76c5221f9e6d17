import Foundation
import Testing
import TestSupport
import Typesetting

/// A font folder with a file that is no font: the file is named with the reason.
@Suite struct FontLibraryTests {
    /// A copy of `Fonts/` with `name` holding `bytes`.
    func folder(with name: String, _ bytes: [UInt8]) throws -> String {
        let folder = Fixtures.temporaryFolder() + "/Fonts"
        try FileManager.default.copyItem(atPath: Fixtures.path("Fonts"), toPath: folder)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        return folder
    }

    @Test func aGarbageFontFileIsBlamedByPath() throws {
        let folder = try folder(with: "Broken.ttf", Array("garbage, not a font".utf8))
        #expect(throws: FontError.brokenFont(path: folder + "/Broken.ttf", reason: "not a TrueType or OpenType font (no glyphs could be read)")) {
            try FontLibrary(directory: folder)
        }
    }

    @Test func aScanListsTheBrokenFileAndKeepsTheGoodOnes() throws {
        let folder = try folder(with: "Empty.otf", [])
        let scan = try FontLibrary.scan(directory: folder)
        #expect(scan.broken == [BrokenFont(path: folder + "/Empty.otf", reason: "the file is empty")])
        #expect(scan.fonts.count == 6)
        #expect(FontError.brokenFont(path: "Fonts/Empty.otf", reason: "the file is empty").description
                == "Fonts/Empty.otf: error: cannot load the font: the file is empty; replace the file or remove it from the font folder")
    }
}
