import Testing
@testable import Typesetting

/// The compact glyph storage of a run gives back exactly the positions it was given, and
/// moves them exactly as moving each `PositionedGlyph` would.
@Suite struct GlyphPositionsTests {
    let onBaseline = [PositionedGlyph(id: 3, x: 10.125, y: 700.333), PositionedGlyph(id: 70, x: 17.5, y: 700.333),
                      PositionedGlyph(id: 9, x: 24.001, y: 700.333)]

    @Test func glyphsOnOneBaselineComeBackUnchanged() {
        let stored = GlyphPositions(onBaseline)
        #expect(Array(stored) == onBaseline)
        #expect(stored.count == 3)
    }

    @Test func aRaisedMarkKeepsEveryGlyphsOwnY() {
        var glyphs = onBaseline
        glyphs.insert(PositionedGlyph(id: 600, x: 12, y: 695.25), at: 1)   // a mark above the first glyph
        let stored = GlyphPositions(glyphs)
        #expect(Array(stored) == glyphs)
        #expect(Array(GlyphPositions(Array(glyphs.reversed()))) == glyphs.reversed())
    }

    @Test(arguments: [(0.0, 0.0), (70.866, 62.362), (-3.0004, 841.8895), (297.6378, 0.0005)])
    func movingMatchesMovingEachGlyph(dx: Double, dy: Double) {
        var glyphs = onBaseline
        glyphs.append(PositionedGlyph(id: 601, x: 30.2, y: 699.9))
        for sample in [onBaseline, glyphs] {
            let expected = sample.map { PositionedGlyph(id: $0.id, x: snap($0.x + dx), y: snap($0.y + dy)) }
            #expect(Array(GlyphPositions(sample).offset(dx: dx, dy: dy)) == expected)
        }
    }

    @Test func emptyRun() {
        #expect(GlyphPositions([]).isEmpty)
        #expect(GlyphPositions().offset(dx: 5, dy: 5).isEmpty)
    }
}
