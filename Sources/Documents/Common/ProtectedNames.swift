import Records
import Typesetting

/// The people a document's records name, and the places of `PlaceNames`, whose names a line
/// never splits: every paragraph marks each whole-word occurrence as an unbreakable span
/// (Typesetting's `TextSpan.unbreakable`).
struct ProtectedNames: Sendable {
    /// Names of two words or more (one word cannot be split), as characters, longest first
    /// so that `Nguyễn Thị Thu Hà` wins over `Nguyễn Thị Thu`.
    private let names: [[Character]]
    /// The same names by their first character, in the same order: a position is tried only
    /// against the names that can start there.
    private let byFirst: [Character: [[Character]]]

    /// `names`: the people; the places of `PlaceNames` are always added.
    init(_ names: some Sequence<String>) {
        // A name given `Nguyễn Thị Thuý` is found where the text writes `Thúy` (`TonePlacement`).
        let words = Set((Array(names) + PlaceNames.all).flatMap {
            TonePlacement.spellings($0.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }).filter { $0.contains(" ") }
        // Uppercase styles (header blocks, headings) print names in capitals.
        let forms = words.union(words.map { $0.uppercased() })
        self.names = forms.map(Array.init).sorted { ($0.count, String($0)) > ($1.count, String($1)) }
        self.byFirst = Dictionary(grouping: self.names, by: { $0[0] })
    }

    /// No people: places only.
    static let none = ProtectedNames([String]())

    /// `spans` with every protected name made an unbreakable span of its own. Characters
    /// compare canonically, so a name written decomposed (NFD) still matches.
    func mark(_ spans: [TextSpan]) -> [TextSpan] {
        guard !names.isEmpty else { return spans }
        return spans.flatMap(mark)
    }

    private func mark(_ span: TextSpan) -> [TextSpan] {
        guard !span.unbreakable else { return [span] }
        let text = Array(span.text)
        var result: [TextSpan] = []
        var plainStart = 0
        var index = 0
        // Each character's class once: this runs on every paragraph of every document.
        let wordCharacter = text.map { $0.isLetter || $0.isNumber }
        func isWordCharacter(_ i: Int) -> Bool { i >= 0 && i < text.count && wordCharacter[i] }
        while index < text.count {
            let match = isWordCharacter(index - 1) ? nil : byFirst[text[index]]?.first { name in
                index + name.count <= text.count
                    && text[index..<(index + name.count)].elementsEqual(name) && !isWordCharacter(index + name.count)
            }
            guard let match else { index += 1; continue }
            if plainStart < index { result.append(TextSpan(String(text[plainStart..<index]), style: span.style)) }
            result.append(TextSpan(String(text[index..<(index + match.count)]), style: span.style, unbreakable: true))
            index += match.count
            plainStart = index
        }
        guard plainStart > 0 else { return [span] }
        if plainStart < text.count { result.append(TextSpan(String(text[plainStart...]), style: span.style)) }
        return result
    }
}
