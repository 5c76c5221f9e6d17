import Foundation

/// Escaping for text placed in HTML: every value from a record, a path or a message goes
/// through here, so nothing a record holds can become markup or script.
public enum HTML {
    /// `text` safe inside an element or a double-quoted attribute (`& < > " '` as entities).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A JSON object of strings for a `<script type="application/json">` block: keys sorted so
    /// the page is the same every time, `<` escaped so the text can never close the element.
    static func jsonScript(_ values: [String: String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: values, options: [.sortedKeys])) ?? Data("{}".utf8)
        let text = String(decoding: data, as: UTF8.self)
        return text.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
    }

    /// A path of the workspace as a URL path: each segment percent-encoded, the slashes kept.
    public static func urlPath(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#%;")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
            .joined(separator: "/")
    }
}
