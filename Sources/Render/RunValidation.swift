import Foundation
import Typesetting

/// Checks that a page can be drawn before anything is written, so that a bad run becomes a
/// clear error instead of Cairo's sticky error state (which produces a blank PDF while the
/// surface still reports success).
enum RunValidation {
    /// Throws for a page size that is not positive and finite.
    static func check(size: Size, page: Int) throws(RenderError) {
        guard size.width.isFinite, size.height.isFinite, size.width > 0, size.height > 0 else {
            throw .invalidPageSize(page: page, width: size.width, height: size.height)
        }
    }

    /// Throws unless `run` is what `cairo_show_text_glyphs` accepts: clusters covering every
    /// UTF-8 byte and every glyph, each cluster non-empty and starting on a character boundary.
    static func check(_ run: GlyphRun, page: Int) throws(RenderError) {
        func fail(_ reason: String) -> RenderError { .invalidRun(page: page, text: run.text, reason: reason) }

        guard run.size.isFinite, run.size > 0 else { throw fail("font size \(run.size) is not positive") }
        let utf8 = Array(run.text.utf8)
        var byteOffset = 0
        var glyphTotal = 0
        for (number, cluster) in run.clusters.enumerated() {
            guard cluster.bytes >= 0, cluster.glyphs >= 0, cluster.bytes + cluster.glyphs > 0 else {
                throw fail("cluster \(number) has \(cluster.bytes) bytes and \(cluster.glyphs) glyphs")
            }
            // A cluster that starts inside a multi-byte character makes Cairo reject the run.
            if byteOffset < utf8.count, utf8[byteOffset] & 0xC0 == 0x80 {
                throw fail("cluster \(number) starts inside a character (byte \(byteOffset))")
            }
            byteOffset += cluster.bytes
            glyphTotal += cluster.glyphs
        }
        guard byteOffset == utf8.count else {
            throw fail("clusters cover \(byteOffset) UTF-8 bytes, the text has \(utf8.count)")
        }
        guard glyphTotal == run.glyphs.count else {
            throw fail("clusters cover \(glyphTotal) glyphs, the run has \(run.glyphs.count)")
        }
        for glyph in run.glyphs where !(glyph.x.isFinite && glyph.y.isFinite) {
            throw fail("glyph \(glyph.id) has a non-finite position")
        }
    }

    /// Throws when a rule's ends or thickness are not finite or the thickness is negative.
    static func check(_ rule: RuleElement, page: Int) throws(RenderError) {
        let values = [rule.from.x, rule.from.y, rule.to.x, rule.to.y, rule.thickness]
        guard values.allSatisfy(\.isFinite), rule.thickness >= 0 else {
            throw .invalidRule(page: page, reason: "ends or thickness not finite, or thickness negative")
        }
    }

    /// Throws unless an image's rectangle and pixel size are positive and finite and its file
    /// is readable (whether it holds the image described is checked when it is loaded).
    /// The smallest side of a drawn image, in points.
    static let smallestImageSide = 0.5

    static func check(_ image: ImageElement, page: Int) throws(RenderError) {
        func fail(_ reason: String) -> RenderError { .invalidImage(page: page, path: image.source.path, reason: reason) }
        guard image.origin.x.isFinite, image.origin.y.isFinite else { throw fail("its position is not finite") }
        guard image.size.width.isFinite, image.size.height.isFinite, image.size.width > 0, image.size.height > 0 else {
            throw fail("its size \(image.size.width) x \(image.size.height) pt is not positive")
        }
        // Far smaller makes a drawing matrix Cairo cannot invert (an error mid-page).
        guard image.size.width >= RunValidation.smallestImageSide, image.size.height >= RunValidation.smallestImageSide else {
            throw fail("its size \(image.size.width) x \(image.size.height) pt is under \(RunValidation.smallestImageSide) pt on a side")
        }
        guard image.source.pixelWidth > 0, image.source.pixelHeight > 0 else {
            throw fail("its pixel size \(image.source.pixelWidth) x \(image.source.pixelHeight) is not positive")
        }
        guard FileManager.default.isReadableFile(atPath: image.source.path) else {
            throw fail(FileManager.default.fileExists(atPath: image.source.path) ? "the file cannot be read" : "the file does not exist")
        }
    }
}
