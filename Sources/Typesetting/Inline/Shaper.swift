import CHarfBuzz
import Synchronization

/// One glyph of shaped text, in font units, with the UTF-8 offset of its cluster.
public struct ShapedGlyph: Hashable, Sendable {
    public var id: UInt32
    public var advance: Int32
    public var xOffset: Int32
    public var yOffset: Int32
    /// Byte offset, within the shaped text, of the cluster this glyph belongs to.
    public var cluster: UInt32
}

/// A piece of text shaped by HarfBuzz at unit scale (font units); scale by size / upem.
public struct ShapedText: Sendable {
    public var glyphs: [ShapedGlyph]
    /// Sum of advances, in font units.
    public var advance: Int64

    /// Width at `size` points.
    public func width(font: Font, size: Double) -> Double { Double(advance) * size / font.unitsPerEm }
}

/// HarfBuzz shaping (language `vi`, script Latin, left to right) with a cache of shaped words.
///
/// Vietnamese text repeats a small set of syllables, so nearly every word after the first
/// page is a cache hit. The cache is keyed by face and text and bounded; it is shared across
/// threads behind a mutex (shaping itself is safe on immutable HarfBuzz fonts).
public final class Shaper: Sendable {
    /// The process-wide shaper.
    public static let shared = Shaper()

    /// A face and a text; holding the `Font` (compared by identity) keeps it alive, so a
    /// freed font's address can never be mistaken for a new one's.
    private struct Key: Hashable {
        let font: Font
        let text: String
    }

    private let cache = Mutex<[Key: ShapedText]>([:])
    /// Entries kept before the cache starts over; a syllable cache this size covers any
    /// realistic vocabulary many times.
    private let capacity: Int

    public init(capacity: Int = 100_000) { self.capacity = capacity }

    /// Shapes `text` with `font`, from the cache when it was seen before.
    public func shape(_ text: String, font: Font) -> ShapedText {
        let key = Key(font: font, text: text)
        if let hit = cache.withLock({ $0[key] }) { return hit }
        let shaped = Shaper.shapeUncached(text, font: font)
        cache.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = shaped
        }
        return shaped
    }

    /// HarfBuzz interns languages for the process's lifetime, so the pointer never dangles
    /// and is never written through: safe to share.
    nonisolated(unsafe) private static let vietnamese = hb_language_from_string("vi", -1)

    static func shapeUncached(_ text: String, font: Font) -> ShapedText {
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                // Cluster values are UTF-8 byte offsets, which Cairo's text clusters need.
                hb_buffer_add_utf8(buffer, chars, Int32(bytes.count), 0, Int32(bytes.count))
            }
        }
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        hb_buffer_set_script(buffer, HB_SCRIPT_LATIN)
        hb_buffer_set_language(buffer, vietnamese)
        hb_shape(font.hbFont, buffer, nil, 0)

        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)!
        let positions = hb_buffer_get_glyph_positions(buffer, &count)!
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var advance: Int64 = 0
        for i in 0..<Int(count) {
            let position = positions[i]
            glyphs.append(ShapedGlyph(id: infos[i].codepoint, advance: position.x_advance,
                                      xOffset: position.x_offset, yOffset: position.y_offset,
                                      cluster: infos[i].cluster))
            advance += Int64(position.x_advance)
        }
        return ShapedText(glyphs: glyphs, advance: advance)
    }
}

extension ShapedText {
    /// Appends the Cairo-style clusters for text of `byteCount` UTF-8 bytes to `result`:
    /// consecutive glyphs sharing a HarfBuzz cluster value form one cluster covering the
    /// bytes up to the next value.
    func appendTextClusters(byteCount: Int, to result: inout [TextCluster]) {
        var index = 0
        while index < glyphs.count {
            let start = glyphs[index].cluster
            var end = index
            while end < glyphs.count && glyphs[end].cluster == start { end += 1 }
            let nextByte = end < glyphs.count ? Int(glyphs[end].cluster) : byteCount
            result.append(TextCluster(bytes: nextByte - Int(start), glyphs: end - index))
            index = end
        }
    }

    /// How many clusters `appendTextClusters` adds: one per change of cluster value.
    var clusterCount: Int {
        var count = 0
        var previous: UInt32? = nil
        for glyph in glyphs where glyph.cluster != previous {
            count += 1
            previous = glyph.cluster
        }
        return count
    }
}
