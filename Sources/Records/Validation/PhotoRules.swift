import Foundation

/// Photos must exist and be JPEG or PNG: the renderer embeds JPEG as is and decodes PNG,
/// and anything else would fail only at render time.
enum PhotoRules {
    static func check(_ draft: inout MeetingDraft, context: DecodingContext) {
        for (position, entry) in draft.photos.enumerated() {
            let path = "photos[\(entry.index)].file"
            let location = AttendanceRules.location(path, context)
            var resolved = entry.photo.resolvedPath
            var isFolder: ObjCBool = false
            // Records are NFC, but a file name made on macOS may be stored decomposed.
            if !FileManager.default.fileExists(atPath: resolved) {
                let decomposed = resolved.decomposedStringWithCanonicalMapping
                if FileManager.default.fileExists(atPath: decomposed) { resolved = decomposed }
            }
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) else {
                context.error(path, at: location, "\(entry.photo.file) does not exist")
                continue
            }
            guard !isFolder.boolValue else {
                context.error(path, at: location, "\(entry.photo.file) is a folder, not an image")
                continue
            }
            guard imageKind(atPath: resolved) != nil else {
                context.error(path, at: location, "\(entry.photo.file) is not a JPEG or PNG image")
                continue
            }
            draft.photos[position].photo.resolvedPath = resolved
        }
    }

    /// The image format by magic bytes (`FF D8 FF`, `89 PNG CR LF SUB LF`); nil for others
    /// or an unreadable file.
    static func imageKind(atPath path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpeg" }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        return nil
    }
}
