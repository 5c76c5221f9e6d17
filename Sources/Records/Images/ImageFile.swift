import Foundation

/// An image file a record names, read and probed: its resolved path, its facts and the hash
/// of its bytes. Each problem is reported once, at the field that names the file.
struct ImageFile {
    var path: String
    var facts: ImageProbe.Facts
    var contentID: String

    /// Reads and probes `resolvedPath` (written `file` in the record); nil after reporting.
    static func read(_ file: String, resolvedPath: String, field: String, at location: SourceLocation,
                     context: DecodingContext) -> ImageFile? {
        var resolved = resolvedPath
        var isFolder: ObjCBool = false
        // Records are NFC, but a file name made on macOS may be stored decomposed.
        if !FileManager.default.fileExists(atPath: resolved) {
            let decomposed = resolved.decomposedStringWithCanonicalMapping
            if FileManager.default.fileExists(atPath: decomposed) { resolved = decomposed }
        }
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) else {
            context.error(field, at: location, "\(file) does not exist")
            return nil
        }
        guard !isFolder.boolValue else {
            context.error(field, at: location, "\(file) is a folder, not an image")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            context.error(field, at: location, "\(file) cannot be read (check its permissions)")
            return nil
        }
        let bytes = [UInt8](data)
        switch ImageProbe.probe(bytes) {
        case .failure(let problem):
            context.error(field, at: location, "\(file) \(problem)")
            return nil
        case .success(let facts):
            return ImageFile(path: resolved, facts: facts, contentID: SHA256.hex(bytes))
        }
    }
}
