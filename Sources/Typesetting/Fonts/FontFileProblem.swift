#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a font file does not load, found before HarfBuzz reads it (so a FIFO or a folder named
/// `.ttf` never blocks or confuses it) or from HarfBuzz finding no glyphs.
public struct FontFileProblem: Error, Sendable, Equatable {
    /// Plain words, e.g. "the file is empty".
    public var text: String

    /// The problem with the file at `path` that can be seen without reading it as a font;
    /// nil when it is a readable, non-empty regular file.
    static func before(opening path: String) -> FontFileProblem? {
        var info = stat()
        guard stat(path, &info) == 0 else { return FontFileProblem(text: Self.reason(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return FontFileProblem(text: "it is a folder, not a font file")
        default: return FontFileProblem(text: "it is not a regular file")
        }
        if info.st_size == 0 { return FontFileProblem(text: "the file is empty") }
        let handle = open(path, O_RDONLY)
        guard handle >= 0 else { return FontFileProblem(text: Self.reason(errno)) }
        close(handle)
        return nil
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "the file does not exist (a broken link?)"
        case EACCES, EPERM: return "permission denied"
        default: return String(cString: strerror(code))
        }
    }
}

extension Font {
    /// Opens the face at `path`, or says why the file is no usable font.
    public static func open(path: String, faceIndex: Int = 0) -> Result<Font, FontFileProblem> {
        if let problem = FontFileProblem.before(opening: path) { return .failure(problem) }
        guard let font = Font(path: path, faceIndex: faceIndex) else {
            return .failure(FontFileProblem(text: "not a TrueType or OpenType font (no glyphs could be read)"))
        }
        return .success(font)
    }
}
