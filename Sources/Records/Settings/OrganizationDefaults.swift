/// Organisation fields given in the settings; each is nil when the settings leave it out.
public struct OrganizationDefaults: Sendable, Hashable {
    public var name: String?
    public var parent: String?
    public var code: String?
    public var place: String?

    public init(name: String? = nil, parent: String? = nil, code: String? = nil, place: String? = nil) {
        self.name = name
        self.parent = parent
        self.code = code
        self.place = place
    }

    public var isEmpty: Bool { name == nil && parent == nil && code == nil && place == nil }

    /// The value of a field by its key in the record (`name`, `parent`, `code`, `place`).
    public subscript(key: String) -> String? {
        switch key {
        case "name": return name
        case "parent": return parent
        case "code": return code
        case "place": return place
        default: return nil
        }
    }
}
