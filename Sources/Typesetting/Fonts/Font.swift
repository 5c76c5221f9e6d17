import CHarfBuzz

/// One static TrueType/OpenType face: an immutable HarfBuzz font made from the file's blob,
/// with the metrics and names layout needs.
///
/// Owns its `hb_blob_t`, `hb_face_t` and `hb_font_t` and destroys them in `deinit`.
/// `@unchecked Sendable` is safe because the HarfBuzz font is made immutable before the
/// initialiser returns, and HarfBuzz documents immutable fonts as safe to shape with from
/// any thread. Renderers open their own face on `path` (never shape on a renderer's face:
/// Cairo resizes it, see cairo-harfbuzz-notes.md).
public final class Font: @unchecked Sendable, Hashable, CustomStringConvertible {
    /// File the face was read from; renderers open it again for drawing and embedding.
    public let path: String
    public let faceIndex: Int
    /// Family name from the `name` table, e.g. "Liberation Serif".
    public let family: String
    /// Subfamily, e.g. "Bold Italic".
    public let style: String
    public let postScriptName: String
    public let isBold: Bool
    public let isItalic: Bool
    public let unitsPerEm: Double
    /// Ascender, descender (positive, below the baseline) and line gap, in font units.
    public let ascender: Double
    public let descender: Double
    public let lineGap: Double
    /// Distance of the underline's centre below the baseline, and its thickness, in font units.
    public let underlinePosition: Double
    public let underlineThickness: Double

    let blob: OpaquePointer
    let face: OpaquePointer
    let hbFont: OpaquePointer

    /// Opens the face at `path`; nil when the file is missing or not a font.
    public init?(path: String, faceIndex: Int = 0) {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return nil }
        guard let face = hb_face_create(blob, UInt32(faceIndex)), hb_face_get_glyph_count(face) > 0 else {
            hb_blob_destroy(blob)
            return nil
        }
        let font = hb_font_create(face)!
        hb_ot_font_set_funcs(font)
        let upem = hb_face_get_upem(face)
        hb_font_set_scale(font, Int32(upem), Int32(upem))
        hb_font_make_immutable(font)

        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)

        self.path = path
        self.faceIndex = faceIndex
        self.blob = blob
        self.face = face
        self.hbFont = font
        self.unitsPerEm = Double(upem)
        self.ascender = Double(extents.ascender)
        self.descender = Double(-extents.descender)
        self.lineGap = Double(extents.line_gap)
        var position: hb_position_t = 0
        var thickness: hb_position_t = 0
        hb_ot_metrics_get_position_with_fallback(font, HB_OT_METRICS_TAG_UNDERLINE_OFFSET, &position)
        hb_ot_metrics_get_position_with_fallback(font, HB_OT_METRICS_TAG_UNDERLINE_SIZE, &thickness)
        self.underlinePosition = Double(-position)
        self.underlineThickness = Double(max(thickness, 1))
        self.family = Font.name(face, hb_ot_name_id_t(HB_OT_NAME_ID_FONT_FAMILY)) ?? "Unknown"
        self.style = Font.name(face, hb_ot_name_id_t(HB_OT_NAME_ID_FONT_SUBFAMILY)) ?? "Regular"
        self.postScriptName = Font.name(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME)) ?? family
        let lowered = style.lowercased()
        self.isBold = lowered.contains("bold")
        self.isItalic = lowered.contains("italic") || lowered.contains("oblique")
    }

    deinit {
        hb_font_destroy(hbFont)
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// The glyph the font's cmap gives `scalar`, or nil when the font lacks it.
    public func glyph(for scalar: Unicode.Scalar) -> UInt32? {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(hbFont, scalar.value, &glyph) != 0 ? glyph : nil
    }

    /// Whether the font can set `scalar`: it has a glyph for it, or the scalar needs none
    /// (line ends and tabs become breaks and spaces; format characters are invisible).
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x2028: return true
        default: break
        }
        if scalar.properties.generalCategory == .format { return true }
        return glyph(for: scalar) != nil
    }

    /// Scalars of `text` this font cannot draw, in order of first appearance.
    public func missingScalars(in text: String) -> [Unicode.Scalar] {
        var seen = Set<Unicode.Scalar>()
        var missing: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where !covers(scalar) && seen.insert(scalar).inserted {
            missing.append(scalar)
        }
        return missing
    }

    /// The ink box of `glyph` in font units: top (above the baseline, positive up) and
    /// bottom (below it, negative down), as the glyph's outline reaches.
    public func inkExtent(glyph: UInt32) -> (top: Double, bottom: Double) {
        var extents = hb_glyph_extents_t()
        guard hb_font_get_glyph_extents(hbFont, glyph, &extents) != 0 else { return (0, 0) }
        return (Double(extents.y_bearing), Double(extents.y_bearing + extents.height))
    }

    /// Natural line height (ascender + descender + line gap) at `size`.
    public func lineHeight(size: Double) -> Double { (ascender + descender + lineGap) / unitsPerEm * size }

    public var description: String { postScriptName }

    public static func == (lhs: Font, rhs: Font) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    private static func name(_ face: OpaquePointer, _ id: hb_ot_name_id_t) -> String? {
        var length: UInt32 = 128
        var buffer = [CChar](repeating: 0, count: Int(length) + 1)
        let total = hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &length, &buffer)
        guard total > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
