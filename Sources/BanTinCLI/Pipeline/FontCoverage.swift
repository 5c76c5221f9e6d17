import Records
import Typesetting

/// Checks, before anything renders, that every character of a record's text is in the fonts
/// its document uses: a missing glyph is an error naming the character, the field and its
/// line, never a box in the PDF.
enum FontCoverage {
    static func problems(in meeting: Meeting, fonts: [Font]) -> [Diagnostic] {
        // Each distinct character is asked of each font once; records repeat a small alphabet.
        var verdicts: [Unicode.Scalar: [Font]] = [:]
        func lacking(_ scalar: Unicode.Scalar) -> [Font] {
            if let known = verdicts[scalar] { return known }
            let result = fonts.filter { !$0.covers(scalar) }
            verdicts[scalar] = result
            return result
        }
        var problems: [Diagnostic] = []
        for field in meeting.textFields {
            var reported = Set<Unicode.Scalar>()
            for scalar in field.value.unicodeScalars where scalar.value >= 0x80 || scalar.value < 0x20 {
                let missing = lacking(scalar)
                guard !missing.isEmpty, reported.insert(scalar).inserted else { continue }
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                let names = Array(Set(missing.map { "\($0.family) \($0.style)" })).sorted().joined(separator: ", ")
                problems.append(Diagnostic(severity: .error, location: field.location, field: field.path,
                                           message: "the character '\(Character(scalar))' (\(code)) is not in the font \(names); replace it or add a font that has it"))
            }
        }
        return problems
    }
}
