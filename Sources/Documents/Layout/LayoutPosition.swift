/// A line and column (both from 1) in a layout file.
public struct LayoutPosition: Equatable, Hashable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
}
