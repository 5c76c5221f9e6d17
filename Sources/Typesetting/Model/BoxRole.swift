/// What a box is, for the page builder's checks and for tests that look for widows,
/// orphans and headings stranded at a page foot.
public enum BoxRole: Sendable, Hashable {
    /// Line `index` (0-based) of a paragraph of `count` lines; `paragraph` is unique per layout.
    case line(paragraph: Int, index: Int, count: Int)
    /// A heading or title line, which must never end a page.
    case heading
    /// A heading with no text of its own under it (the next heading follows): set as a
    /// heading, broken like a list item.
    case headingWithoutText
    /// Any other unbreakable block, named by its builder ("rule", "table-row", "signature").
    case block(String)
}
