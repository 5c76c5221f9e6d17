/// A speech is introduced once: the minutes print "Đồng chí X, <position>, phát biểu: …", so a
/// text that names its speaker again in its first words ("Phát biểu chỉ đạo Hội nghị, đồng chí
/// X, …") reads "X … X" (docs/formatting-rules.md §3.2, issue 12).
enum SpeechRules {
    /// How many words at the start of a speech count as "its start".
    static let openingWords = 12

    static func check(_ draft: MeetingDraft, context: DecodingContext) {
        // Indices shift when a speech failed to decode; those are reported already.
        if context.diagnostics.contains(where: { $0.field.hasPrefix("speeches[") && $0.severity == .error }) { return }
        for (index, speech) in draft.speeches.enumerated() {
            guard let repeated = repeatedName(speech.speaker, in: speech.text) else { continue }
            let path = "speeches[\(index)].text"
            let location = context.locations[path] ?? context.locations["speeches[\(index)]"] ?? AttendanceRules.location("speeches", context)
            context.warning(path, at: location, .speakerNamedAgain(speech.speaker, drop: repeated))
        }
    }

    /// The opening of `text` up to and including `name` when the name is among its first
    /// words (compared without case), else nil.
    static func repeatedName(_ name: String, in text: String) -> String? {
        let nameWords = words(name)
        guard !nameWords.isEmpty else { return nil }
        let textWords = Array(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).prefix(openingWords + nameWords.count))
        let bare = textWords.map { words(String($0)).first ?? "" }
        guard bare.count >= nameWords.count else { return nil }
        for start in 0...min(openingWords, bare.count - nameWords.count)
        where Array(bare[start..<(start + nameWords.count)]) == nameWords {
            var opening = textWords[0..<(start + nameWords.count)].joined(separator: " ")
            while let last = opening.last, last == "," || last == ":" { opening.removeLast() }
            return opening
        }
        return nil
    }

    /// Lower-case words without the punctuation around them.
    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map {
            String($0.lowercased().filter { $0.isLetter || $0.isNumber })
        }.filter { !$0.isEmpty }
    }
}
