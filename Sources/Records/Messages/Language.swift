import Foundation

/// The language BanTin speaks to its user: Vietnamese by default, English on request
/// (`--lang en`, or an English `LC_ALL`, `LC_MESSAGES` or `LANG`).
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// The language of this process's messages. Read from the environment on first use; the
    /// command line may set it once at start-up, before any worker thread exists, so the
    /// unsynchronised access is safe.
    public nonisolated(unsafe) static var current: Language = from(environment: ProcessInfo.processInfo.environment)

    /// The language the locale variables ask for, in POSIX precedence (LC_ALL, then
    /// LC_MESSAGES, then LANG): English when the first one set starts with `en`, otherwise
    /// Vietnamese (`C`, `POSIX` and unset included: BanTin's users read Vietnamese).
    public static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .vi
        }
        return .vi
    }

    /// `vi`, `vie`, `tiếng việt`, `en`, `eng`, `english` … as a language; nil otherwise.
    public init?(option: String) {
        switch option.lowercased() {
        case "vi", "vie", "vn", "vi_vn", "vi-vn", "tiếng việt", "tieng viet", "vietnamese": self = .vi
        case "en", "eng", "en_us", "en-us", "en_gb", "en-gb", "english": self = .en
        default: return nil
        }
    }
}
