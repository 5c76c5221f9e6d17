import Foundation

/// Photos must exist and be JPEG or PNG the renderer can embed: a JPEG is passed into the PDF
/// untouched, so a truncated, CMYK or oversized one would fail (or print wrong) only at render
/// time. Each photo is checked on its own and gets its own message; the facts read from the
/// file (format, pixel size, content id) are stored in the photo.
enum PhotoRules {
    static func check(_ draft: inout MeetingDraft, context: DecodingContext) {
        for (position, entry) in draft.photos.enumerated() {
            checkPlace(entry, draft: draft, context: context)
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
            guard let data = FileManager.default.contents(atPath: resolved) else {
                context.error(path, at: location, "\(entry.photo.file) cannot be read (check its permissions)")
                continue
            }
            let bytes = [UInt8](data)
            switch ImageProbe.probe(bytes) {
            case .failure(let problem):
                context.error(path, at: location, "\(entry.photo.file) \(problem)")
            case .success(let facts):
                var photo = entry.photo
                photo.resolvedPath = resolved
                photo.format = facts.format
                photo.pixelWidth = facts.pixelWidth
                photo.pixelHeight = facts.pixelHeight
                photo.contentID = SHA256.hex(bytes)
                draft.photos[position].photo = photo
            }
        }
    }

    /// `after: N` must name a paragraph the item has: of `article.body`, or of `proceedings`
    /// for a record without an article (its bulletin item is built from the proceedings).
    private static func checkPlace(_ entry: (index: Int, photo: Photo), draft: MeetingDraft, context: DecodingContext) {
        guard let after = entry.photo.after else { return }
        let (count, field) = draft.article.map { ($0.body.count, "article.body") } ?? (draft.proceedings.count, "proceedings")
        guard after > count else { return }
        let path = "photos[\(entry.index)].after"
        let noun = count == 1 ? "paragraph" : "paragraphs"
        context.error(path, at: AttendanceRules.location(path, context),
                      "\(after) is more than the \(count) \(noun) of \(field)\(draft.article == nil ? " (the record has no article)" : "")")
    }
}
