import CCairo
import CFreeType

/// A Cairo font face drawn from a FreeType face of its own, for one document's rendering.
///
/// Never shape with this face: Cairo's PDF backend resizes the underlying `FT_Face`, and a
/// shaper reading it afterwards gets advances far too wide (cairo-harfbuzz-notes.md). Layout
/// shapes with `Font`'s own HarfBuzz font; this face only draws and embeds glyph outlines.
///
/// Not `Sendable`: a document is rendered on one thread, and FreeType forbids using one face
/// from two threads at once.
final class CairoFontFace {
    /// The Cairo face; valid for as long as this object lives.
    let handle: OpaquePointer

    private let library: FreeTypeLibrary
    private let face: FT_Face

    /// Opens `path` in FreeType and wraps it in a Cairo font face.
    init(path: String, faceIndex: Int, library: FreeTypeLibrary = .shared) throws(RenderError) {
        let face = try library.openFace(path: path, faceIndex: faceIndex)
        // Outlines only: hinting would grid-fit glyphs meant for a resolution-free PDF.
        guard let cairoFace = cairo_ft_font_face_create_for_ft_face(face, Int32(FT_LOAD_NO_HINTING)) else {
            library.release(face)
            throw .fontUnavailable(path: path, faceIndex: faceIndex, reason: "cairo_ft_font_face_create_for_ft_face returned nothing")
        }
        // Cairo does not reference the FT_Face and may keep using it from its font cache after
        // we destroy our cairo face, so it gets a reference of its own, dropped only when
        // Cairo really frees the font face (the user-data destroy callback below).
        library.retain(face)
        let box = Unmanaged.passRetained(FaceReference(library: library, face: face)).toOpaque()
        let status = cairo_font_face_set_user_data(cairoFace, &faceReferenceKey, box, releaseFaceReference)
        guard status == CAIRO_STATUS_SUCCESS else {
            // Cairo did not store the callback, so it will never call it: undo by hand.
            Unmanaged<FaceReference>.fromOpaque(box).release()
            library.release(face)
            cairo_font_face_destroy(cairoFace)
            library.release(face)
            throw .fontUnavailable(path: path, faceIndex: faceIndex,
                                   reason: String(cString: cairo_status_to_string(status)))
        }
        self.handle = cairoFace
        self.library = library
        self.face = face
    }

    deinit {
        // Our own reference on each; Cairo's reference on the FT_Face goes with its callback.
        cairo_font_face_destroy(handle)
        library.release(face)
    }
}

/// What Cairo's destroy callback needs to drop its FT_Face reference: the face and the
/// library whose lock serialises `FT_Done_Face` (kept alive by this box).
private final class FaceReference {
    let library: FreeTypeLibrary
    let face: FT_Face
    init(library: FreeTypeLibrary, face: FT_Face) { self.library = library; self.face = face }
}

/// Cairo compares user-data keys by address only; the value is never read or written.
nonisolated(unsafe) private var faceReferenceKey = cairo_user_data_key_t(unused: 0)

/// Called by Cairo when it frees the font face, possibly long after `CairoFontFace` is gone.
private func releaseFaceReference(_ data: UnsafeMutableRawPointer?) {
    guard let data else { return }
    let reference = Unmanaged<FaceReference>.fromOpaque(data).takeRetainedValue()
    reference.library.release(reference.face)
}
