/// A message in both of BanTin's languages: the unit of the message catalogue. Every text a
/// user reads (diagnostics, notes, summaries, help) is made as one of these, so no message
/// can exist in one language only.
///
/// The catalogue is the set of `extension Localized` files named `*Messages.swift`, one per
/// area (records, layouts, commands …); `Localized(vi:en:)` is written only there.
public struct Localized: Sendable, Hashable, CustomStringConvertible {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language` (the process's language by default).
    public func text(in language: Language = .current) -> String {
        language == .vi ? vi : en
    }

    /// The text in the process's language.
    public var description: String { text() }

    /// Both texts joined with `other`'s, e.g. a message and its fix.
    public static func + (lhs: Localized, rhs: Localized) -> Localized {
        Localized(vi: lhs.vi + rhs.vi, en: lhs.en + rhs.en)
    }

    /// The same words in both languages: a file name, a quoted value, a number.
    public static func verbatim(_ text: String) -> Localized {
        Localized(vi: text, en: text)
    }
}
