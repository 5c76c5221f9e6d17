/// A font file that does not load, with why in plain words.
public struct BrokenFont: Sendable, Equatable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
}
