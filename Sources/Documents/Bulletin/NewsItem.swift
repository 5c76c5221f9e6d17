import Records
import Typesetting

/// One meeting as a news item (docs/formatting-rules.md §4.3): section kicker, headline, timestamp,
/// lead, body with its photos where the record places them, and the byline. A meeting without
/// `article` gets an item made from its title, date, venue and proceedings.
struct NewsItem {
    let make: BlockFactory
    let layout: Layout
    /// Columns of the page: with more than one, the heading group spans them.
    let columns: Int

    func blocks(for meeting: Meeting) throws(LayoutError) -> [any Block] {
        let article = meeting.article
        // Heading group: kept together and with the lead (style keep-with-next).
        var heading: [any Block] = []
        let section = try layout.string(.defaultSection, unless: article?.section)
        heading.append(try make.paragraph(section, .kicker, heading: true, level: nil))
        heading.append(try make.paragraph(article?.headline ?? meeting.title, .headline, heading: true))
        heading.append(try make.paragraph(timestamp(meeting), .timestamp, heading: true, level: nil))

        var body: [any Block] = []
        let lead: String
        if let written = article?.lead { lead = written } else {
            lead = try Template.fill(try layout.string(.generatedLead), values(meeting))
        }
        var leadParagraph = try make.paragraph(lead, .lead)
        if columns > 1 {
            // In columns the lead may run on into the next column, but stays on its
            // headline's page with the two lines after it.
            body.append(KeepOnPage([leadParagraph], followingBoxes: 2))
        } else {
            leadParagraph.style.keepTogether = true
            leadParagraph.style.keepWithNext = true
            body.append(leadParagraph)
        }
        let paragraphs = article.map(\.body).flatMap { $0.isEmpty ? nil : $0 } ?? meeting.proceedings
        let photos = meeting.photos.filter { $0.caption != nil || !$0.file.isEmpty }
        // Photos between the lead and the text keep the lead with its first lines.
        let headline = article?.headline ?? meeting.title
        body += try photoBlocks(photos.filter { ($0.after ?? 0) == 0 }, about: headline, keepWithNext: true)
        for (index, paragraph) in paragraphs.enumerated() {
            body.append(try make.paragraph(paragraph, .body))
            body += try photoBlocks(photos.filter { $0.after == index + 1 }, about: headline)
        }
        if let byline = byline(article) { body.append(try make.paragraph(byline, .byline)) }
        return (columns > 1 ? [Span(heading)] : heading) + body
    }

    /// The space and rule between two items.
    func separator() throws(LayoutError) -> [any Block] {
        guard try layout.optionalRule(.itemRule) != nil else { return [Spacer(try layout.spacing(.itemGap))] }
        let item = try make.rule(.itemRule)
        return [Spacer(try layout.spacing(.itemGap)), columns > 1 ? Span([item]) : item]
    }

    /// `11-07-2023 14:51` as the seed site prints it; the meeting's day and start otherwise.
    private func timestamp(_ meeting: Meeting) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        if let published = meeting.article?.publishedDate {
            let d = published.date
            return "\(two(d.day))-\(two(d.month))-\(d.year) \(published.time)"
        }
        let d = meeting.date
        let time = meeting.start.map { " \($0)" } ?? ""
        return "\(two(d.day))-\(two(d.month))-\(d.year)\(time)"
    }

    private func byline(_ article: Article?) -> String? {
        guard let article else { return nil }
        let parts = [article.author, article.unit].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private func values(_ meeting: Meeting) -> [String: String] {
        ["date": VietnameseDate.short(meeting.date), "long-date": VietnameseDate.long(meeting.date),
         "venue": meeting.venue, "organization": meeting.organization.name, "title": meeting.title,
         "start": meeting.start.map(VietnameseTime.long) ?? ""]
    }

    /// Photos with their captions, each one floating box. A reader that does not see the
    /// photo hears its caption, or the headline of the item it illustrates when it has none.
    private func photoBlocks(_ photos: [Photo], about headline: String, keepWithNext: Bool = false) throws(LayoutError) -> [any Block] {
        try photos.map { (photo) throws(LayoutError) -> any Block in
            let format: ImageSource.Format = photo.format == "png" ? .png : .jpeg
            let source = ImageSource(path: photo.resolvedPath, format: format, pixelWidth: photo.pixelWidth,
                                     pixelHeight: photo.pixelHeight, id: photo.contentID,
                                     dataBytes: photo.dataBytes > 0 ? photo.dataBytes : nil,
                                     orientation: ImageOrientation(rawValue: photo.orientation) ?? .up)
            let width: ImageWidth
            switch photo.width {
            case .points(let points)?: width = .points(points)
            case .fraction(let fraction)?: width = .fraction(fraction)
            case nil: width = .fraction(try layout.fraction(.photoWidth))
            }
            let caption = try photo.caption.map { (c) throws(LayoutError) in try make.paragraph(c, .caption) }
            return ImageBlock(source: source, width: width, caption: caption, captionGap: try layout.spacing(.captionGap),
                              spaceBefore: try layout.spacing(.photoSpace), spaceAfter: try layout.spacing(.photoSpace),
                              keepWithNext: keepWithNext, alternateText: caption == nil ? headline : nil)
        }
    }
}
