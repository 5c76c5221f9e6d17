/// The placeholders a report's texts may hold: `{name}` stands for a figure computed from the
/// period's meeting records (`ReportFigures`); `{{` and `}}` write literal braces.
public enum ReportPlaceholders {
    /// Every name, with what it stands for: the vocabulary the README documents.
    public static let catalogue: [(name: String, meaning: String)] = [
        ("period", "the period in words: `6 tháng đầu năm 2023`, `quý III năm 2023`"),
        ("period.from", "the period's first day: `01/01/2023`"),
        ("period.to", "the period's last day: `30/6/2023`"),
        ("meetings.count", "meetings held in the period"),
        ("meetings.first", "the date of the period's first meeting: `12/01/2023`"),
        ("meetings.last", "the date of the period's last meeting"),
        ("organizations.count", "organisations that held a meeting in the period"),
        ("attendance.members", "the members called to all the meetings, added up (lượt)"),
        ("attendance.present", "those present, added up over the meetings"),
        ("attendance.absent", "those absent, added up"),
        ("attendance.excused", "those absent with a reason, added up"),
        ("attendance.unexcused", "those absent without a reason, added up"),
        ("attendance.rate", "present over members for the whole period: `95,24%`"),
        ("attendance.lowest", "the lowest attendance rate of one meeting"),
        ("attendance.highest", "the highest attendance rate of one meeting"),
        ("votes.count", "motions put to the vote (needs at least one meeting with a vote)"),
        ("votes.passed", "motions carried: more than half of their base voted for"),
        ("votes.rejected", "motions not carried"),
        ("speeches.count", "speeches recorded (needs at least one meeting with a speech)"),
        ("guests.count", "guests invited, added up (needs at least one meeting with guests)"),
    ]

    /// The names in the catalogue.
    public static let names: Set<String> = Set(catalogue.map(\.name))

    /// A piece of a text: literal text or a placeholder name.
    public enum Piece: Hashable, Sendable {
        case text(String)
        case placeholder(String)
    }

    /// Why a text cannot be read as text with placeholders.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case unclosed
        case empty
        case unknown(String)

        public var description: String { message.text() }

        public var message: Localized {
            switch self {
            case .unclosed: return .unclosedPlaceholder
            case .empty: return .emptyPlaceholder
            case .unknown(let name):
                return ReportPlaceholders.closest(to: name).map { Localized.unknownPlaceholder(name, didYouMean: $0) } ?? .unknownPlaceholder(name)
            }
        }
    }

    /// Splits `text` into literal pieces and known placeholder names.
    public static func parse(_ text: String) -> Result<[Piece], Problem> {
        guard text.contains("{") || text.contains("}") else { return .success([.text(text)]) }
        var pieces: [Piece] = []
        var literal = ""
        var chars = text[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "{" && chars.first == "{" { literal.append("{"); chars = chars.dropFirst(); continue }
            if c == "}" && chars.first == "}" { literal.append("}"); chars = chars.dropFirst(); continue }
            guard c == "{" else { literal.append(c); continue }
            guard let close = chars.firstIndex(of: "}") else { return .failure(.unclosed) }
            let name = chars[..<close].trimmingWhitespaceSubstring()
            chars = chars[chars.index(after: close)...]
            guard !name.isEmpty else { return .failure(.empty) }
            guard names.contains(name) else { return .failure(.unknown(name)) }
            if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
            pieces.append(.placeholder(name))
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return .success(pieces)
    }

    /// The known name nearest to a misspelt one (at most two edits away), if any.
    static func closest(to name: String) -> String? {
        let candidates = catalogue.map(\.name).map { ($0, editDistance(Array($0), Array(name))) }
        guard let best = candidates.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    /// Levenshtein distance.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

private extension Substring {
    func trimmingWhitespaceSubstring() -> String { String(self).trimmingWhitespace() }
}
