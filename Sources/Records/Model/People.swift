import Foundation

/// Someone named in a record (chair, secretary, guest), with the position as written and,
/// when the record says it, how state documents address them (ông, bà).
public struct Person: Hashable, Sendable {
    public var name: String
    public var role: String?
    public var salutation: Salutation?

    public init(name: String, role: String? = nil, salutation: Salutation? = nil) {
        self.name = name
        self.role = role
        self.salutation = salutation
    }
}

/// A member who did not attend, with the reason when one was given. `reason: không có lý
/// do` confirms an absence without a reason; no reason at all is the same absence, which
/// the record check asks to confirm.
public struct Absentee: Hashable, Sendable {
    public var name: String
    public var reason: String?
    public var salutation: Salutation?

    public init(name: String, reason: String? = nil, salutation: Salutation? = nil) {
        self.name = name
        self.reason = reason
        self.salutation = salutation
    }

    /// The reason a record writes to confirm an absence without one.
    public static let noReason = "không có lý do"

    /// Whether the absence has a reason: one is written and it is not `không có lý do`.
    public var isExcused: Bool {
        guard let reason else { return false }
        return reason.lowercased().trimmingCharacters(in: .whitespaces) != Self.noReason
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
