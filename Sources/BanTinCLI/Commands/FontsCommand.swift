import ArgumentParser
import Records
import Typesetting

/// `bantin fonts`: the bundled fonts and how much of Vietnamese each one covers.
struct FontsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "fonts", abstract: Localized.fontsAbstract.text())
    }

    func run() throws {
        let resources = try Resources.locate()
        let scan: FontScan
        do { scan = try FontLibrary.scan(directory: resources.fontsFolder) } catch {
            Terminal.printStopping(error)
            throw ExitCode(1)
        }
        let letters = VietnameseAlphabet.letters
        Terminal.printResult(Localized.fontsIn(resources.fontsFolder).text())
        // Faces and broken files together, in file-name order, so a broken file sits where it is expected.
        var lines: [(file: String, text: String)] = []
        for font in scan.fonts {
            let missing = letters.filter { !font.covers($0) }
            let coverage = (missing.isEmpty ? Localized.fontCoversAll(letters.count)
                : .fontCoversSome(letters.count - missing.count, of: letters.count, missing: String(String.UnicodeScalarView(missing)))).text()
            let file = Self.fileName(font.path)
            lines.append((file, "  \(font.family) \(font.style) (\(file)): \(coverage)"))
        }
        for broken in scan.broken {
            let file = Self.fileName(broken.path)
            lines.append((file, Localized.fontBroken(file, reason: broken.reason).text()))
        }
        for line in lines.sorted(by: { $0.file < $1.file }) { Terminal.printResult(line.text) }
        if !scan.broken.isEmpty {
            Terminal.printResult(Localized.fontsBroken(scan.broken.count).text())
        }
    }

    private static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// Every letter of Vietnamese: the 29 base letters and each vowel with the five tone marks,
/// in both cases (NFC scalars).
enum VietnameseAlphabet {
    static let letters: [Unicode.Scalar] = {
        let base = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
        let vowels = "aăâeêioôơuưy"
        let tones: [Unicode.Scalar] = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
        var result: [Unicode.Scalar] = []
        var seen = Set<Unicode.Scalar>()
        func add(_ text: String) {
            for scalar in text.precomposedForm.unicodeScalars where seen.insert(scalar).inserted { result.append(scalar) }
        }
        for letter in base { add(String(letter)); add(String(letter).uppercased()) }
        for vowel in vowels {
            for tone in tones {
                var text = String(vowel)
                text.unicodeScalars.append(tone)
                add(text); add(text.uppercased())
            }
        }
        return result
    }()
}

import Foundation
extension String {
    /// NFC, through Foundation (only used for the alphabet table above).
    var precomposedForm: String { precomposedStringWithCanonicalMapping }
}
