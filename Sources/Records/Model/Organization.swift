/// The issuing body: its name, the body above it, the abbreviation used in document numbers
/// and the place name of the date line.
public struct Organization: Hashable, Sendable {
    public var name: String
    public var parent: String?
    /// Issuing-body abbreviation in document numbers (`ĐU` → `Số 12-BB/ĐU`).
    public var code: String
    /// Place name of the date line (`Lạng Sơn`).
    public var place: String

    public init(name: String, parent: String? = nil, code: String, place: String) {
        self.name = name
        self.parent = parent
        self.code = code
        self.place = place
    }
}
