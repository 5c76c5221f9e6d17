import CFreeType
import Foundation

/// One FreeType library instance, with face creation and destruction serialised.
///
/// Ownership: the class owns its `FT_Library` and calls `FT_Done_FreeType` in `deinit`. Every
/// face it opens keeps a strong reference to it (through `CairoFontFace` and the reference box
/// handed to Cairo), so the library outlives all of its faces even when Cairo keeps a face in
/// its cache after the Swift object that made it is gone.
///
/// `@unchecked Sendable` is safe because the only mutable state is inside FreeType, and
/// FreeType requires exactly this: `FT_New_Face`, `FT_Reference_Face` and `FT_Done_Face` on one
/// library must not run concurrently (they edit the library's and driver's face lists and the
/// face's reference count), so all three go through `lock`. Using *different* faces from
/// different threads is allowed by FreeType; using one face from two threads is not, which is
/// why each `CairoFontFace` opens a face of its own.
final class FreeTypeLibrary: @unchecked Sendable {
    /// The library every renderer uses; it is never released.
    static let shared: FreeTypeLibrary = {
        // A failure here means FreeType itself is unusable (out of memory at start-up).
        guard let library = try? FreeTypeLibrary() else { fatalError("FreeType could not be initialised") }
        return library
    }()

    private let library: FT_Library
    private let lock = NSLock()

    /// Initialises a new FreeType library.
    init() throws(RenderError) {
        var library: FT_Library?
        let error = FT_Init_FreeType(&library)
        guard error == 0, let library else {
            throw .fontUnavailable(path: "-", faceIndex: 0, reason: "FT_Init_FreeType failed (error \(error))")
        }
        self.library = library
    }

    deinit { FT_Done_FreeType(library) }

    /// Opens a new face on `path`; the caller owns one reference and must pass it to `release`.
    func openFace(path: String, faceIndex: Int) throws(RenderError) -> FT_Face {
        var face: FT_Face?
        let error = lock.withLock { FT_New_Face(library, path, FT_Long(faceIndex), &face) }
        guard error == 0, let face else {
            throw .fontUnavailable(path: path, faceIndex: faceIndex, reason: "FT_New_Face failed (error \(error))")
        }
        return face
    }

    /// Adds a reference to `face` (FT_Reference_Face); balance it with `release`.
    func retain(_ face: FT_Face) {
        lock.withLock { _ = FT_Reference_Face(face) }
    }

    /// Drops one reference to `face`; FreeType frees the face with its last reference.
    func release(_ face: FT_Face) {
        lock.withLock { _ = FT_Done_Face(face) }
    }
}
