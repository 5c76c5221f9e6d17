/// Someone named in a record (chair, secretary, guest), with the position as written.
public struct Person: Hashable, Sendable {
    public var name: String
    public var role: String?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}

/// A member who did not attend, with the reason when one was given.
public struct Absentee: Hashable, Sendable {
    public var name: String
    public var reason: String?

    public init(name: String, reason: String? = nil) {
        self.name = name
        self.reason = reason
    }
}

/// One signature of the signature block: `T/M ĐẢNG ỦY` / `PHÓ BÍ THƯ` / `Đàm Văn Chính`.
public struct Signer: Hashable, Sendable {
    /// The capacity line (`T/M ĐẢNG ỦY`, `TM. …`), absent when the signer signs in person.
    public var authority: String?
    public var title: String
    public var name: String

    public init(authority: String? = nil, title: String, name: String) {
        self.authority = authority
        self.title = title
        self.name = name
    }
}

/// The signatures under the minutes; either may be left to the document's defaults.
public struct Signers: Hashable, Sendable {
    public var chair: Signer?
    public var secretary: Signer?

    public init(chair: Signer? = nil, secretary: Signer? = nil) {
        self.chair = chair
        self.secretary = secretary
    }
}
