/// The "- Như trên;" rule of Nơi nhận (Decree 30, Appendix I, §II.9; docs/formatting-rules.md
/// §1.7): a document with Kính gửi names its addressees once, at the top, and its Nơi nhận list
/// starts with "Như trên" ("as above") instead of naming them again.
enum AsAddressed {
    /// The recipient that stands for the addressees, as the list prints it ("- Như trên;").
    static let recipient = "Như trên"

    /// `recipients` starting with "Như trên" when the report has addressees; the record's
    /// own list when it already does (or has no addressees). A list changed here is noted
    /// with a warning at `recipients` (or at `to`, when the list comes from elsewhere).
    static func recipients(_ recipients: [String], addressees: [String], context: DecodingContext,
                           fallback: SourceLocation) -> [String] {
        guard !addressees.isEmpty else { return recipients }
        if let first = recipients.first, isAsAbove(first) { return recipients }
        let location = context.locations["recipients"] ?? context.locations["to"] ?? fallback
        context.warning("recipients", at: location, .asAboveAdded)
        return [recipient] + recipients.filter { !isAsAbove($0) }
    }

    /// "Như trên", however the clerk wrote it: with its dash, its semicolon, in capitals.
    static func isAsAbove(_ text: String) -> Bool {
        var bare = Substring(text.trimmingWhitespace())
        if bare.hasPrefix("-") { bare = bare.dropFirst() }
        while let last = bare.last, last == ";" || last == "." || last == " " { bare = bare.dropLast() }
        return String(bare).trimmingWhitespace().lowercased() == recipient.lowercased()
    }
}
