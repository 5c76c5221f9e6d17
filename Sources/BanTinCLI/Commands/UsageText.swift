import Foundation
import Records

/// ArgumentParser's usage error text, translated line by line when BanTin speaks Vietnamese:
/// the error line's known forms ("Missing expected argument …", "Unknown option …"), the
/// `Help:`, `Usage:` and "See … for more information" lines. Anything not recognised is
/// kept as ArgumentParser wrote it.
enum UsageText {
    static func translated(_ message: String, to language: Language = .current) -> String {
        guard language == .vi else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            translate(line: String(line), language: language)
        }.joined(separator: "\n")
    }

    private static func translate(line: String, language: Language) -> String {
        if let rest = line.dropping(prefix: "Error: ") {
            return Localized.usageErrorLabel.text(in: language) + error(rest, language: language)
        }
        if let rest = line.dropping(prefix: "Help: ") { return Localized.usageHelpLabel.text(in: language) + rest }
        if let rest = line.dropping(prefix: "Usage: ") { return Localized.usageLabel.text(in: language) + rest }
        if let rest = line.dropping(prefix: "  See '"), let end = rest.range(of: "' for more information.") {
            return Localized.usageSeeHelp(String(rest[..<end.lowerBound])).text(in: language)
        }
        return line
    }

    /// The error line after `Error: `.
    private static func error(_ text: String, language: Language) -> String {
        let simple: [(String, (String) -> Localized)] = [
            ("Missing expected argument ", Localized.usageMissingArgument),
            ("Missing one of: ", Localized.usageMissingOneOf),
            ("Missing value for ", Localized.usageMissingValue),
            ("Unexpected argument ", Localized.usageUnexpectedArgument),
        ]
        for (prefix, message) in simple {
            if let rest = text.dropping(prefix: prefix) { return message(rest).text(in: language) }
        }
        if let rest = text.dropping(prefix: "Unknown option ") {
            if let near = rest.range(of: ". Did you mean ") {
                let suggestion = rest[near.upperBound...].dropLast(rest.hasSuffix("?") ? 1 : 0)
                return (Localized.usageUnknownOption(String(rest[..<near.lowerBound]))
                    + Localized.usageDidYouMean(String(suggestion))).text(in: language)
            }
            return Localized.usageUnknownOption(rest).text(in: language)
        }
        if let rest = text.dropping(prefix: "The value "), let split = rest.range(of: " is invalid for ") {
            let value = String(rest[..<split.lowerBound])
            var option = String(rest[split.upperBound...])
            var tail = ""
            if let list = option.range(of: ". Please provide one of ") {
                let values = option[list.upperBound...].dropLast(option.hasSuffix(".") ? 1 : 0)
                tail = Localized.usageProvideOneOf(values.replacingOccurrences(of: "' and '", with: "', '")
                    .replacingOccurrences(of: "' or '", with: "', '")).text(in: language)
                option = String(option[..<list.lowerBound])
            }
            return Localized.usageInvalidValue(value, for: option).text(in: language) + tail
        }
        return text
    }
}

extension String {
    /// The rest of the string after `prefix`, nil when it does not start with it.
    func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
