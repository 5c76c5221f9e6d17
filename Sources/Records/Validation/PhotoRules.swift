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
            guard let loaded = ImageFile.read(entry.photo.file, resolvedPath: entry.photo.resolvedPath, field: path,
                                              at: location, context: context) else { continue }
            var photo = entry.photo
            photo.resolvedPath = loaded.path
            photo.format = loaded.facts.format
            photo.pixelWidth = loaded.facts.pixelWidth
            photo.pixelHeight = loaded.facts.pixelHeight
            photo.contentID = loaded.contentID
            draft.photos[position].photo = photo
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
