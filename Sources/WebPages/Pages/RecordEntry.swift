/// One record of the workspace as the records list shows it: the fields of an item of
/// `GET /api/records` (docs/api.md).
public struct RecordEntry: Sendable, Hashable, Codable {
    /// The file, relative to the workspace, with `/` between folders.
    public var path: String
    /// `meeting` or `report`; nil when the file could not be read far enough to say.
    public var kind: String?
    public var regime: String?
    /// `YYYY-MM-DD`, when the record has a readable date.
    public var date: String?
    public var title: String?
    public var organization: String?
    /// Errors found by the same check as `bantin check`.
    public var problems: Int

    public init(path: String, kind: String? = nil, regime: String? = nil, date: String? = nil, title: String? = nil,
                organization: String? = nil, problems: Int) {
        self.path = path
        self.kind = kind
        self.regime = regime
        self.date = date
        self.title = title
        self.organization = organization
        self.problems = problems
    }

    /// `2023-H1` for a date in the first half of 2023; nil without a date.
    var halfYear: String? {
        guard let date, date.count >= 7, let month = Int(date.dropFirst(5).prefix(2)) else { return nil }
        return "\(date.prefix(4))-\(month <= 6 ? "H1" : "H2")"
    }

    /// `03/07/2023` for `2023-07-03`, as a Vietnamese reader writes it; the text as given otherwise.
    var displayDate: String {
        guard let date else { return "" }
        let parts = date.prefix(10).split(separator: "-")
        guard parts.count == 3 else { return date }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    var isReport: Bool { kind?.lowercased() == "report" }
}
