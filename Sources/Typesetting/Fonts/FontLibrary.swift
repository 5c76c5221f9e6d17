#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fonts a document may use, found by family name and style.
public final class FontLibrary: Sendable {
    public let fonts: [Font]

    public init(fonts: [Font]) { self.fonts = fonts }

    /// Loads every `.ttf`/`.otf` file directly inside `directory`, sorted by file name so the
    /// result never depends on the file system's order. A file that is no font stops loading,
    /// blamed on that file with the reason.
    public convenience init(directory: String) throws(FontError) {
        let scan = try Self.scan(directory: directory)
        if let first = scan.broken.first { throw .brokenFont(path: first.path, reason: first.reason) }
        if scan.fonts.isEmpty { throw .noFonts(directory) }
        self.init(fonts: scan.fonts)
    }

    /// The fonts of `directory` that load, and the files that do not with why, both in file-name
    /// order (for `bantin fonts`, which lists both). Only an unreadable folder throws.
    public static func scan(directory: String) throws(FontError) -> FontScan {
        guard let dir = opendir(directory) else { throw .directoryUnreadable(directory) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            let lower = name.lowercased()
            if lower.hasSuffix(".ttf") || lower.hasSuffix(".otf") { names.append(name) }
        }
        var scan = FontScan()
        for name in names.sorted() {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch Font.open(path: path) {
            case .success(let font): scan.fonts.append(font)
            case .failure(let reason): scan.broken.append(BrokenFont(path: path, reason: reason.text))
            }
        }
        return scan
    }

    /// The face of `family` with the given weight and slant; nil when the library has none.
    public func font(family: String, bold: Bool = false, italic: Bool = false) -> Font? {
        fonts.first { $0.family.lowercased() == family.lowercased() && $0.isBold == bold && $0.isItalic == italic }
    }

    /// Family names, sorted and without repeats.
    public var families: [String] { Array(Set(fonts.map(\.family))).sorted() }
}

/// Why fonts could not be loaded.
public enum FontError: Error, Equatable, CustomStringConvertible {
    case directoryUnreadable(String)
    /// A font file that does not load, and why.
    case brokenFont(path: String, reason: String)
    case noFonts(String)
    case missingFace(family: String, bold: Bool, italic: Bool)

    public var description: String {
        switch self {
        case .directoryUnreadable(let path): return "cannot read the font folder \(path)"
        case .brokenFont(let path, let reason):
            return "\(path): error: cannot load the font: \(reason); replace the file or remove it from the font folder"
        case .noFonts(let path): return "no .ttf or .otf fonts in \(path)"
        case .missingFace(let family, let bold, let italic):
            let style = [bold ? "Bold" : nil, italic ? "Italic" : nil].compactMap { $0 }.joined(separator: " ")
            return "no font '\(family)\(style.isEmpty ? "" : " " + style)' in the font folder"
        }
    }
}
