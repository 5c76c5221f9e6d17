/// A default signature from the settings: title and capacity line, and a name that may be
/// left to the meeting's chair or secretary (or, on a report, to the record).
public struct SignerDefault: Sendable, Hashable {
    public var authority: String?
    public var title: String
    public var name: String?

    public init(authority: String? = nil, title: String, name: String? = nil) {
        self.authority = authority
        self.title = title
        self.name = name
    }
}

/// The default signatures: minutes' chair and secretary, and a report's signer.
public struct SignerDefaults: Sendable, Hashable {
    public var chair: SignerDefault?
    public var secretary: SignerDefault?
    public var report: SignerDefault?

    public init(chair: SignerDefault? = nil, secretary: SignerDefault? = nil, report: SignerDefault? = nil) {
        self.chair = chair
        self.secretary = secretary
        self.report = report
    }
}
