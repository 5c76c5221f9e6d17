import ArgumentParser
import Typesetting

/// `bantin fonts`: the bundled fonts and how much of Vietnamese each one covers.
struct FontsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts", abstract: "List the fonts found and their Vietnamese coverage.")

    func run() throws {
        let resources = try Resources.locate()
        let library: FontLibrary
        do { library = try FontLibrary(directory: resources.fontsFolder) } catch {
            printError("bantin: \(error)")
            throw ExitCode(1)
        }
        let letters = VietnameseAlphabet.letters
        print("Fonts in \(resources.fontsFolder):")
        for font in library.fonts {
            let missing = letters.filter { !font.covers($0) }
            let coverage = missing.isEmpty ? "all \(letters.count) Vietnamese letters"
                : "\(letters.count - missing.count)/\(letters.count) Vietnamese letters, missing \(String(String.UnicodeScalarView(missing)))"
            let file = font.path.split(separator: "/").last.map(String.init) ?? font.path
            print("  \(font.family) \(font.style) (\(file)): \(coverage)")
        }
    }
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
