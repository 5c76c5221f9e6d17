import Typesetting

/// Vietnamese numbers and the words they belong with, kept on one line where the paragraph
/// allows (Typesetting's `TieRule`, a cost, never a prohibition; docs/typesetting.md, "Ties"):
/// - a date or counting word with its number: `ngày 15`, `năm 2023`, `khóa XIII`, `Điều 5`,
///   `số 05-CT/TW`, `lúc 14 giờ`;
/// - `lần thứ` and an ordinal: `lần thứ sáu`, `lần thứ Ba`, `lần thứ mười hai`;
/// - a number with the word it counts or the date word after it: `8 tháng`, `45 đồng chí`,
///   `15 tháng 5 năm 2023`; a number that a date word introduced (`năm 2023 và`, `Điều 5
///   Quy chế`) stays free of the word after it.
/// A range `(15/6/1933 - 15/6/2023)` needs no rule: a line never starts with its spaced dash
/// (`BreakOpportunities`), so it breaks, if at all, after the dash.
public struct VietnameseTies: TieRule {
    public init() {}

    /// The rules every layout's paragraph styles carry: these and the names a text
    /// introduces by a form of address.
    public static let rules = TieRules([VietnameseTies(), NamesAfterTitles()])

    /// Words that date or number what follows them (lower case).
    static let numberingWords: Set<String> = [
        "ngày", "tháng", "năm", "quý", "khóa", "khoá", "điều", "khoản", "điểm", "chương", "mục", "phần",
        "số", "lần", "thứ", "kỳ", "đợt", "lúc", "giờ", "phút", "tuần",
    ]
    /// Two-syllable words that number what follows (`Đại hội XIII`, `giai đoạn 2021 - 2025`).
    static let numberingPairs: Set<String> = ["đại hội", "giai đoạn"]
    /// Date words that may follow a day or month number (`15 tháng`, `5 năm`): the date goes on.
    static let dateWords: Set<String> = ["ngày", "tháng", "năm", "giờ", "phút"]
    /// Ordinals written in words, after `thứ` (`lần thứ sáu`), and the units after `mười`
    /// (`lần thứ mười hai`, `mười lăm`, `mười một`).
    static let ordinals: Set<String> = [
        "nhất", "nhì", "một", "hai", "ba", "tư", "bốn", "năm", "lăm", "sáu", "bảy", "tám", "chín", "mười",
    ]
    /// Tens that an ordinal in words may go on from (`thứ mười hai`).
    static let tens: Set<String> = ["mười"]

    public func ties(in tokens: [TextToken]) -> [Int] {
        var result: [Int] = []
        for i in tokens.indices.dropLast() {
            let token = tokens[i], next = tokens[i + 1]
            guard token.meetsCleanly(next) else { continue }
            let previous = i > 0 && tokens[i - 1].meetsCleanly(token) ? tokens[i - 1] : nil
            let introduced = previous.map { Self.numbers($0, after: i > 1 ? tokens[i - 2] : nil) } ?? false
            if Self.numbers(token, after: previous) && (Self.isNumber(next) || (token.core == "thứ" && Self.ordinals.contains(next.core))) {
                result.append(i)                                   // ngày 15, khóa XIII, thứ sáu
            } else if token.core == "lần" && next.core == "thứ" {
                result.append(i)                                   // lần thứ
            } else if Self.tens.contains(token.core) && previous?.core == "thứ" && Self.ordinals.contains(next.core) {
                result.append(i)                                   // thứ mười hai
            } else if Self.isDigits(token) && next.text.first?.isLetter == true
                        && (!introduced || Self.dateWords.contains(next.core)) {
                result.append(i)                                   // 8 tháng, 45 đồng, 15 tháng
            }
        }
        return result
    }

    /// Whether `token` (after `previous`, when they meet at a plain space) dates or numbers
    /// what follows it.
    static func numbers(_ token: TextToken, after previous: TextToken?) -> Bool {
        if numberingWords.contains(token.core) { return true }
        guard let previous else { return false }
        return numberingPairs.contains(previous.core + " " + token.core)
    }

    /// A number in figures (`15`, `15/6/1933`, `05-CT/TW`, `1.250`) or in capital Roman numerals
    /// (`XIII`, `IV`).
    static func isNumber(_ token: TextToken) -> Bool {
        guard let first = token.text.first else { return false }
        if first.isNumber { return true }
        return token.text.count <= 6 && token.text.allSatisfy { "IVXLCDM".contains($0) }
    }

    /// A number in figures only, the kind that counts (`8`, `45`, `02`, `1.250`).
    static func isDigits(_ token: TextToken) -> Bool {
        !token.text.isEmpty && token.text.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }
}
