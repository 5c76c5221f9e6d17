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
            guard let loaded = ImageFile.read(entry.photo.file, field: path, at: location, context: context) else { continue }
            var photo = entry.photo
            photo.resolvedPath = loaded.path
            photo.format = loaded.facts.format
            photo.pixelWidth = loaded.facts.pixelWidth
            photo.pixelHeight = loaded.facts.pixelHeight
            photo.contentID = loaded.contentID
            photo.dataBytes = loaded.dataBytes
            photo.orientation = loaded.facts.orientation
            checkSize(photo, index: entry.index, context: context)
            draft.photos[position].photo = photo
        }
    }

    /// Sizes that would print a sliver (or, far smaller, make a drawing matrix Cairo cannot
    /// invert) are caught here, at the field: a `width:` under 5 mm or 10% of the column, a
    /// photo whose printed height at that width is under 5 mm, or whose sides differ so much
    /// that no column prints both at least 5 mm.
    private static func checkSize(_ photo: Photo, index: Int, context: DecodingContext) {
        let smallest = ImageLimits.smallestSide
        let millimetres = { (points: Double) in
            points * 25.4 / 72 < 0.1 ? Localized.underATenthOfAMillimetre : .verbatim(String(format: "%.1f mm", points * 25.4 / 72))
        }
        let widthPath = "photos[\(index)].width"
        switch photo.width {
        case .points(let points)?:
            if points < smallest {
                context.error(widthPath, at: AttendanceRules.location(widthPath, context),
                              .photoTooNarrow(millimetres(points)))
                return
            }
            if points * photo.aspect < smallest {
                context.error(widthPath, at: AttendanceRules.location(widthPath, context),
                              .photoTooShort(millimetres(points), millimetres(points * photo.aspect)))
                return
            }
        case .fraction(let fraction)?:
            if fraction < ImageLimits.smallestFraction {
                context.error(widthPath, at: AttendanceRules.location(widthPath, context),
                              .fractionTooNarrow(Int((fraction * 100).rounded())))
                return
            }
        case nil:
            break
        }
        let longer = Double(max(photo.pixelWidth, photo.pixelHeight)), shorter = Double(max(min(photo.pixelWidth, photo.pixelHeight), 1))
        if longer / shorter > ImageLimits.largestAspectRatio {
            let filePath = "photos[\(index)].file"
            context.error(filePath, at: AttendanceRules.location(filePath, context),
                          .photoSliver(photo.file, photo.pixelWidth, photo.pixelHeight, Int(ImageLimits.largestAspectRatio)))
        }
    }

    /// `after: N` must name a paragraph the item has: of `article.body`, or of `proceedings`
    /// for a record without an article (its bulletin item is built from the proceedings).
    private static func checkPlace(_ entry: (index: Int, photo: Photo), draft: MeetingDraft, context: DecodingContext) {
        guard let after = entry.photo.after else { return }
        let (count, field) = draft.article.map { ($0.body.count, "article.body") } ?? (draft.proceedings.count, "proceedings")
        guard after > count else { return }
        let path = "photos[\(entry.index)].after"
        context.error(path, at: AttendanceRules.location(path, context),
                      .photoAfterTooFar(after, .paragraphs(count), of: field, draft.article == nil ? .recordHasNoArticle : .verbatim("")))
    }
}
