/// Where each key and value of a layout file was written, by key path (`styles.title.size`,
/// `sections[2].style`), so problems found after loading (a font family missing from the font
/// folder) are still reported at their line and column.
public struct LayoutMarks: Sendable, Equatable {
    var keys: [String: LayoutPosition] = [:]
    var values: [String: LayoutPosition] = [:]

    public init() {}

    /// The position of the value at `path`, else of its key.
    public func value(_ path: String) -> LayoutPosition? { values[path] ?? keys[path] }

    /// The position of the key at `path`, else of its value.
    public func key(_ path: String) -> LayoutPosition? { keys[path] ?? values[path] }
}
