/// The positioned glyphs of one run, stored compactly: a glyph id and an x each, and one y
/// for the whole run while every glyph sits on it.
///
/// A booklet holds every glyph it prints between layout and writing (its contents and index
/// need the laid-out body first), so the per-glyph cost is its memory: 8 bytes here, where a
/// `PositionedGlyph` array took 12. Glyphs leave the shared baseline only where a font
/// positions a mark, and then the run keeps a y for every glyph. Positions are the same
/// `Float` values a `PositionedGlyph` stores, so reading them back gives the same numbers.
public struct GlyphPositions: RandomAccessCollection, Sendable {
    /// A glyph id with its x, as `PositionedGlyph` stores them.
    private struct Entry: Sendable {
        var id: UInt32
        var x: Float
    }

    private var entries: [Entry] = []
    /// The y of every glyph while `ys` is empty.
    private var sharedY: Float = 0
    /// Each glyph's y, once one glyph is off the shared baseline; empty until then.
    private var ys: [Float] = []

    public init() {}

    public init(_ glyphs: some Sequence<PositionedGlyph>) {
        reserveCapacity(glyphs.underestimatedCount)
        for glyph in glyphs { append(glyph) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }

    public subscript(position: Int) -> PositionedGlyph {
        let entry = entries[position]
        return PositionedGlyph(id: entry.id, storedX: entry.x, storedY: ys.isEmpty ? sharedY : ys[position])
    }

    /// Room for `capacity` glyphs: a run whose length is known is stored without spare room.
    public mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    public mutating func append(_ glyph: PositionedGlyph) {
        if entries.isEmpty && ys.isEmpty {
            sharedY = glyph.storedY
        } else if ys.isEmpty && glyph.storedY.bitPattern != sharedY.bitPattern {
            // The first glyph off the baseline: from here on every glyph keeps its own y.
            ys.reserveCapacity(entries.capacity)
            ys.append(contentsOf: repeatElement(sharedY, count: entries.count))
        }
        if !ys.isEmpty { ys.append(glyph.storedY) }
        entries.append(Entry(id: glyph.id, x: glyph.storedX))
    }

    /// The same glyphs moved by (dx, dy), each position snapped to the layout precision
    /// exactly as `PositionedGlyph`'s would be.
    func offset(dx: Double, dy: Double) -> GlyphPositions {
        var moved = GlyphPositions()
        moved.entries = entries.map { Entry(id: $0.id, x: Float(snap(Double($0.x) + dx))) }
        moved.sharedY = Float(snap(Double(sharedY) + dy))
        moved.ys = ys.map { Float(snap(Double($0) + dy)) }
        return moved
    }
}
