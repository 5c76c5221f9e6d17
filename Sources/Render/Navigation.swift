import Typesetting

/// What the PDF renderer hands to cairo 1.16 for links, named destinations, the outline and
/// page labels, and the checks that keep cairo from writing a broken or crashing file.
enum Navigation {
    // MARK: Tag attribute strings

    /// `name='…' x=… y=…` for `cairo_tag_begin(cr, CAIRO_TAG_DEST, …)`; x and y are page
    /// coordinates (origin top-left), which cairo turns into PDF space itself.
    static func destinationAttributes(_ destination: DestinationElement) -> String {
        "name=\(quoted(pdfName(destination.name))) x=\(number(destination.point.x)) y=\(number(destination.point.y))"
    }

    /// `rect=[x y w h] dest='…'` or `rect=[x y w h] uri='…'` for `CAIRO_TAG_LINK`: the
    /// rectangle's top-left corner and size in page coordinates (cairo flips it into PDF space).
    static func linkAttributes(_ link: LinkElement) -> String {
        let rect = "rect=[\(number(link.origin.x)) \(number(link.origin.y)) \(number(link.size.width)) \(number(link.size.height))]"
        switch link.target {
        case .destination(let name): return "\(rect) dest=\(quoted(pdfName(name)))"
        case .uri(let uri): return "\(rect) uri=\(quoted(percentEncoded(uri)))"
        }
    }

    /// `dest='…'` for `cairo_pdf_surface_add_outline`.
    static func outlineAttributes(_ entry: OutlineEntry) -> String {
        "dest=\(quoted(pdfName(entry.destination)))"
    }

    /// A cairo attribute string value: in single quotes, `'` and `\` escaped with `\`.
    static func quoted(_ value: String) -> String {
        var out = "'"
        for character in value {
            if character == "'" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        out.append("'")
        return out
    }

    /// The name a destination has in the PDF: the layout's name with `%`, `\`, `(`, `)` and
    /// every byte outside printable ASCII written `%XX` (UTF-8). cairo 1.16 writes the keys of
    /// the /Dests name tree between parentheses without escaping (a `\` turns into an escape,
    /// an unbalanced parenthesis damages the file) while links carry the name correctly, so
    /// the two no longer match; and it sorts the tree by UTF-8 bytes but would write a
    /// non-ASCII key as UTF-16, out of the order viewers search in. Distinct names stay distinct.
    static func pdfName(_ name: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in name.utf8 {
            let special = byte == UInt8(ascii: "%") || byte == UInt8(ascii: "\\")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            if byte >= 0x20 && byte < 0x7F && !special {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return out
    }

    /// Two fixed decimals, never a decimal comma whatever the locale (cairo 1.16 reads
    /// `85,5` as two values and the file comes out broken).
    static func number(_ value: Double) -> String { TraceNumber.fixed(value) }

    /// cairo 1.16 copies URI bytes into the PDF string unchanged, but a PDF URI is 7-bit
    /// ASCII: bytes outside printable ASCII (and spaces) become `%XX`.
    static func percentEncoded(_ uri: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in uri.utf8 {
            if byte > 0x20 && byte < 0x7F {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return out
    }

    // MARK: Page labels

    /// The label to pass to `cairo_pdf_surface_set_page_label` for each page; nil means "do
    /// not call it for this page".
    ///
    /// A document without labels passes none. Otherwise an unlabelled page gets the empty
    /// label "", which cairo writes as a range without prefix or numbering (`<< >>`), so a
    /// cover shows no number. cairo 1.16 starts a new label range only when a page's
    /// (prefix, trailing number) is not the previous page's plus one, and counts a label
    /// without digits as number 0: a page labelled "1" right after an empty label is taken
    /// as continuing it and the arabic numbering is lost for the whole run. Before such a page
    /// the unlabelled pages are left to cairo's default instead (which it numbers by
    /// position): leading ones are then left out of the label tree (no entry for page 0;
    /// viewers show them unlabelled), and of a run inside the document only the last page is,
    /// which then shows its position as its label — the only way to keep the numbering after it.
    static func cairoPageLabels(_ labels: [String?]) -> [String?] {
        func unlabelled(_ label: String?) -> Bool { label?.isEmpty ?? true }
        guard labels.contains(where: { !unlabelled($0) }) else { return labels.map { _ in nil } }
        var result: [String?] = labels.map { unlabelled($0) ? "" : $0 }
        var start = 0
        while start < labels.count {
            guard unlabelled(labels[start]) else { start += 1; continue }
            var end = start
            while end + 1 < labels.count, unlabelled(labels[end + 1]) { end += 1 }
            if end + 1 < labels.count, let next = labels[end + 1], continuesEmptyRange(next) {
                for page in (start == 0 ? start : end)...end { result[page] = nil }
            }
            start = end + 1
        }
        return result
    }

    /// A label cairo 1.16 splits into no prefix and the number 1 ("1", "01").
    private static func continuesEmptyRange(_ label: String) -> Bool {
        !label.isEmpty && label.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && Int(label) == 1
    }

    // MARK: Pages cairo treats as blank

    /// Whether `page` puts ink on the paper. cairo 1.16 skips the tags of a page with nothing
    /// drawn: its links and destinations vanish, and a "Document" structure tag begun there
    /// is lost (a tag error at the end, or an assertion failure that aborts the process once
    /// the document has a destination). Text counts only with a character that is not
    /// white space; a rule only with a length and a thickness.
    static func hasInk(_ page: Page) -> Bool {
        page.elements.contains(where: hasInk)
    }

    /// Whether drawing `element` puts ink on the page (see `hasInk(_:)` for a page).
    static func hasInk(_ element: PageElement) -> Bool {
        switch element {
        case .text(let run): return !run.glyphs.isEmpty && run.text.contains { !$0.isWhitespace }
        case .rule(let rule): return rule.thickness > 0 && (rule.from.x != rule.to.x || rule.from.y != rule.to.y)
        case .image: return true
        case .watermark(let watermark): return !watermark.runs.isEmpty
        case .link, .destination, .structure: return false
        }
    }

    // MARK: Validation

    /// Throws unless cairo 1.16 can write the document's navigation as described: cairo
    /// itself writes a dangling or duplicated name, an empty one, or a link on a blank page
    /// without any error.
    static func validate(_ document: LaidOutDocument) throws(RenderError) {
        var names: [String: Int] = [:]
        for page in document.pages {
            for element in page.elements {
                guard case .destination(let destination) = element else { continue }
                guard !destination.name.isEmpty else {
                    throw .invalidNavigation(page: page.index, reason: "a destination has an empty name")
                }
                guard destination.point.x.isFinite, destination.point.y.isFinite else {
                    throw .invalidNavigation(page: page.index, reason: "destination \"\(destination.name)\" has a point that is not finite")
                }
                if let first = names[destination.name] {
                    throw .invalidNavigation(page: page.index, reason: "destination \"\(destination.name)\" is also on page \(first)")
                }
                names[destination.name] = page.index
            }
        }
        for page in document.pages {
            var hasNavigation = false
            for element in page.elements {
                switch element {
                case .destination:
                    hasNavigation = true
                case .link(let link):
                    hasNavigation = true
                    let values = [link.origin.x, link.origin.y, link.size.width, link.size.height]
                    guard values.allSatisfy(\.isFinite), link.size.width > 0, link.size.height > 0 else {
                        throw .invalidNavigation(page: page.index, reason: "a link's rectangle is not positive and finite")
                    }
                    switch link.target {
                    case .destination(let name):
                        guard names[name] != nil else {
                            throw .invalidNavigation(page: page.index, reason: "a link leads to \"\(name)\", which no page has")
                        }
                    case .uri(let uri):
                        guard !uri.isEmpty else { throw .invalidNavigation(page: page.index, reason: "a link has an empty URI") }
                    }
                default:
                    break
                }
            }
            if hasNavigation && !hasInk(page) {
                throw .invalidNavigation(page: page.index, reason: "links and destinations need something drawn on their page (cairo 1.16 drops them on a blank page)")
            }
        }
        try checkOutline(document.outline, names: names)
    }

    private static func checkOutline(_ entries: [OutlineEntry], names: [String: Int]) throws(RenderError) {
        for entry in entries {
            guard names[entry.destination] != nil else {
                throw .invalidNavigation(page: nil, reason: "outline entry \"\(entry.title)\" leads to \"\(entry.destination)\", which no page has")
            }
            try checkOutline(entry.children, names: names)
        }
    }
}
