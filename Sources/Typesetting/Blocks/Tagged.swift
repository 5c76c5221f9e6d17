/// Blocks that together play one structure role (a list, a list item): the role begins
/// with their first box and ends with their last. It takes no room and changes no break.
public struct Tagged: Block {
    public var role: StructureRole
    public var blocks: [any Block]
    public init(_ role: StructureRole, _ blocks: [any Block]) { self.role = role; self.blocks = blocks }

    public func layout(width: Double, context: LayoutContext) -> [VItem] {
        blocks.flatMap { $0.layout(width: width, context: context) }.tagged(role)
    }

    public func minimumWidth(context: LayoutContext) -> Double {
        blocks.map { $0.minimumWidth(context: context) }.max() ?? 0
    }
}
