import CCairo
import Foundation
import Typesetting

/// Writes laid-out pages as a PDF through Cairo: subset-embedded fonts, text that copies and
/// searches as the source text, metadata, page labels, byte-identical output for equal input;
/// a tagged PDF (structure tags from the pages' marks, then /Lang, XMP, artifacts and figure
/// alternate text by libqpdf, docs/pdf.md).
public struct PDFRenderer: Sendable {
    /// The default of `pixelBudget`: 150 million pixels (600 MB), room for one 10000 × 10000
    /// PNG being decoded beside a page of print-size ones.
    public static let defaultPixelBudget = 150_000_000
    /// The most decoded image pixels one page may hold at once (see `ImageSurfaces`).
    public var pixelBudget: Int

    public init(pixelBudget: Int = PDFRenderer.defaultPixelBudget) { self.pixelBudget = pixelBudget }

    /// Writes `document` to `path`; on failure throws and leaves no file at `path`.
    public func write(_ document: LaidOutDocument, to path: String) throws(RenderError) {
        try write(document, to: path, validate: true)
    }

    /// Writes `document` into `file`, a file the caller created and will commit (`fsync`,
    /// `close`) and move into place; every byte goes through the file's checked writes.
    public func write(_ document: LaidOutDocument, into file: OutputFile) throws(RenderError) {
        try Self.render(try Self.prepare(document, validate: true, pixelBudget: pixelBudget), into: file)
    }

    /// `validate: false` exists only so tests can reach the check of Cairo's own error state.
    func write(_ document: LaidOutDocument, to path: String, validate: Bool) throws(RenderError) {
        let prepared = try Self.prepare(document, validate: validate, pixelBudget: pixelBudget)
        let file = try OutputFile(creating: path, exclusive: false)
        do throws(RenderError) {
            try Self.render(prepared, into: file)
            try file.commit()
        } catch {
            unlink(path)
            throw error
        }
    }

    /// A document checked and with its images read, before any file exists.
    private struct Prepared {
        var document: LaidOutDocument
        var first: Page
        var creationDate: String?
        var images: ImageSurfaces
    }

    /// Every page is validated and every image planned and checked before the file exists, so
    /// a bad document writes nothing.
    private static func prepare(_ document: LaidOutDocument, validate check: Bool, pixelBudget: Int) throws(RenderError) -> Prepared {
        guard let first = document.pages.first else { throw .emptyDocument }
        if check { try validate(document) }
        let creationDate = try creationDate(of: document.info)
        // The images are planned (and the pixel budget checked) before the file exists; each
        // is read when its page is drawn and released once the page is written.
        return Prepared(document: document, first: first, creationDate: creationDate,
                        images: try ImageSurfaces(document, pixelBudget: pixelBudget))
    }

    /// Draws the document through a Cairo stream whose bytes all go to `file`. Cairo never
    /// opens the file itself: its stdio writes ignore a failed flush or close, which turned a
    /// full disk into a truncated PDF that looked finished.
    ///
    /// Cairo writes into memory; libqpdf then adds what cairo 1.16 cannot write (language,
    /// XMP, artifacts, alternate text, see `finish`) and the result goes to `file` in one
    /// checked write. The file therefore holds either nothing or the finished PDF.
    private static func render(_ prepared: Prepared, into file: OutputFile) throws(RenderError) {
        let sink = MemorySink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let size = prepared.first.size
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<MemorySink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, closure, size.width, size.height) else {
            throw .cannotCreate(path: file.path, reason: "cairo_pdf_surface_create_for_stream returned nothing")
        }
        let openStatus = cairo_surface_status(surface)
        guard openStatus == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .cannotCreate(path: file.path, reason: describe(openStatus))
        }
        setMetadata(prepared.document.info, creationDate: prepared.creationDate, on: surface)

        guard let cr = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw .cannotCreate(path: file.path, reason: "cairo_create returned nothing")
        }
        // The faces outlive the document (per thread), so Cairo's glyph caches stay warm from
        // one document to the next; Cairo keeps its own references while it writes the file.
        let fonts = FontFaceCache.forCurrentThread
        let tags = StructureTags()
        do throws(RenderError) {
            try draw(prepared.document, cr: cr, surface: surface, fonts: fonts, images: prepared.images, tags: tags)
        } catch {
            cairo_destroy(cr)
            cairo_surface_destroy(surface)
            throw error
        }
        cairo_destroy(cr)
        // Finishing writes the fonts, the page tree and the trailer, so check after it.
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        withExtendedLifetime(prepared.images) {}
        withExtendedLifetime(sink) {}
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .writeFailed(path: file.path, status: describe(status))
        }
        let finished: [UInt8]
        do throws(QPDFFailure) {
            finished = try finish(sink.bytes, info: prepared.document.info, creationDate: prepared.creationDate,
                                  figureAlternates: tags.figureAlternates)
        } catch {
            throw .writeFailed(path: file.path, status: "libqpdf: \(error.reason)")
        }
        sink.bytes = []
        guard finished.withUnsafeBytes({ file.append($0) }) else {
            throw file.failure ?? .fileFailed(path: file.path, operation: .write, code: EIO)
        }
    }

    /// Makes cairo's file say what it is, through libqpdf: the catalog's /Lang, XMP metadata
    /// matching the information dictionary, /MarkInfo, alternate text on figures, unmarked
    /// content as artifacts; written with an /ID computed from the content, so equal input
    /// still gives equal bytes.
    private static func finish(_ bytes: [UInt8], info: DocumentInfo, creationDate: String?,
                               figureAlternates: [String]) throws(QPDFFailure) -> [UInt8] {
        let document = QPDFDocument(bytes: bytes)
        let producer = "cairo \(String(cString: cairo_version_string())), libqpdf \(QPDFDocument.qpdfVersion)"
        try document.tag(language: info.language, xmp: XMPPacket.packet(info, producer: producer, date: creationDate),
                         producer: producer, figureAlternates: figureAlternates)
        return try document.write()
    }

    /// Draws every page; throws as soon as Cairo reports an error, naming the page and run.
    private static func draw(_ document: LaidOutDocument, cr: OpaquePointer, surface: OpaquePointer,
                             fonts: FontFaceCache, images: ImageSurfaces, tags: StructureTags) throws(RenderError) {
        // Glyph positions come from layout: no hinting, no metric rounding.
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_set_font_options(cr, options)
            cairo_font_options_destroy(options)
        }
        let labels = Navigation.cairoPageLabels(document.pages.map(\.label))
        // cairo 1.16 writes broken link annotations in a document without structure tags;
        // one tag around everything, from the first page to the last, makes links valid. It
        // begins on the first page with ink: cairo ignores the tags of a blank page, and a
        // "Document" tag lost there is a tag error (or, with destinations, an abort).
        let documentTagPage = document.pages.firstIndex(where: Navigation.hasInk)
        for (position, page) in document.pages.enumerated() {
            // Must come before anything is drawn on the page: in cairo 1.16 it replaces the
            // page's recording surface, dropping what was recorded (a tag begun earlier too).
            cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
            if let label = labels[position] { cairo_pdf_surface_set_page_label(surface, label) }
            if position == documentTagPage { cairo_tag_begin(cr, "Document", nil) }
            cairo_set_source_rgb(cr, 0, 0, 0)
            // Links wait for the page's end: a link tag opened inside a paragraph's tag would
            // make the paragraph a parent, whose own text cairo then leaves unmarked.
            var links: [LinkElement] = []
            for element in page.elements {
                // Structure tags open only right before ink (see `StructureTags`).
                if Navigation.hasInk(element) {
                    if case .watermark = element { tags.beforeArtifact(cr) } else { tags.beforeContent(cr) }
                }
                switch element {
                case .text(let run):
                    let face = try fonts.face(for: run.font)
                    drawText(run, face: face, cr: cr)
                    try check(cr, page: page.index, text: run.text)
                case .rule(let rule):
                    drawRule(rule, cr: cr)
                    try check(cr, page: page.index, text: nil)
                case .image(let image):
                    drawImage(image, surface: try images.surface(for: image.source, page: page.index), cr: cr)
                    try check(cr, page: page.index, text: nil)
                case .link(let link):
                    links.append(link)
                case .destination(let destination):
                    cairo_tag_begin(cr, CAIRO_TAG_DEST, Navigation.destinationAttributes(destination))
                    cairo_tag_end(cr, CAIRO_TAG_DEST)
                    try check(cr, page: page.index, text: nil)
                case .watermark(let watermark):
                    try drawWatermark(watermark, fonts: fonts, cr: cr)
                    try check(cr, page: page.index, text: watermark.text)
                case .structure(let mark):
                    tags.follow(mark)
                }
            }
            tags.closeAll(cr)
            try check(cr, page: page.index, text: nil)
            for link in links {
                cairo_tag_begin(cr, CAIRO_TAG_LINK, Navigation.linkAttributes(link))
                cairo_tag_end(cr, CAIRO_TAG_LINK)
                try check(cr, page: page.index, text: nil)
            }
            if documentTagPage != nil, position == document.pages.count - 1 { cairo_tag_end(cr, "Document") }
            cairo_show_page(cr)
            try check(cr, page: page.index, text: nil)
            images.releasePage()
        }
        addOutline(document.outline, parent: Int32(CAIRO_PDF_OUTLINE_ROOT), surface: surface)
    }

    /// Adds the outline entries in order, each under its parent. cairo resolves the named
    /// destinations when it finishes the file, so this may come before or after the pages;
    /// top-level entries with children start open, so the reader sees the meetings.
    private static func addOutline(_ entries: [OutlineEntry], parent: Int32, surface: OpaquePointer) {
        for entry in entries {
            let open = parent == Int32(CAIRO_PDF_OUTLINE_ROOT) && !entry.children.isEmpty
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, Navigation.outlineAttributes(entry),
                                                   open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0))
            addOutline(entry.children, parent: id, surface: surface)
        }
    }

    /// Shows one glyph run with its clusters, so PDF text extraction returns `run.text`.
    private static func drawText(_ run: GlyphRun, face: CairoFontFace, cr: OpaquePointer) {
        cairo_set_font_face(cr, face.handle)
        cairo_set_font_size(cr, run.size)
        let glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: $0.x, y: $0.y) }
        let clusters = run.clusters.map {
            cairo_text_cluster_t(num_bytes: Int32(clamping: $0.bytes), num_glyphs: Int32(clamping: $0.glyphs))
        }
        var text = run.text
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                cairo_show_text_glyphs(cr, chars.baseAddress, Int32(chars.count),
                                       glyphs, Int32(glyphs.count), clusters, Int32(clusters.count),
                                       cairo_text_cluster_flags_t(rawValue: 0))
            }
        }
    }

    /// Fills the outlines of a watermark's glyphs, turned about its centre, in its grey.
    /// Outlines rather than text: the mark then takes no part in the page's text, so copying,
    /// searching and reading aloud see only the document (cairo 1.16 cannot mark text as an
    /// artifact).
    private static func drawWatermark(_ watermark: WatermarkElement, fonts: FontFaceCache, cr: OpaquePointer) throws(RenderError) {
        cairo_save(cr)
        cairo_translate(cr, watermark.centre.x, watermark.centre.y)
        // Cairo's y axis points down, so a counter-clockwise turn on the page is negative.
        cairo_rotate(cr, -watermark.angle * .pi / 180)
        cairo_set_source_rgb(cr, watermark.gray, watermark.gray, watermark.gray)
        for run in watermark.runs {
            let face = try fonts.face(for: run.font)
            cairo_set_font_face(cr, face.handle)
            cairo_set_font_size(cr, run.size)
            let glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: $0.x, y: $0.y) }
            cairo_glyph_path(cr, glyphs, Int32(glyphs.count))
        }
        cairo_fill(cr)
        cairo_restore(cr)
        cairo_set_source_rgb(cr, 0, 0, 0)
    }

    /// Strokes a rule with butt caps, so it ends exactly at its end points.
    private static func drawRule(_ rule: RuleElement, cr: OpaquePointer) {
        cairo_set_line_width(cr, rule.thickness)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        cairo_move_to(cr, rule.from.x, rule.from.y)
        cairo_line_to(cr, rule.to.x, rule.to.y)
        cairo_stroke(cr)
    }

    /// Draws an image surface into the element's rectangle, turned upright by the source's
    /// orientation (the JPEG's bytes stay as they are; only the drawing matrix turns). The
    /// scale comes from the surface's own pixel size: for a JPEG the size in its frame
    /// header, for a PNG scaled to print size the smaller size.
    ///
    /// Two cairo 1.16 faults shape this. `cairo_paint` of an image as the first thing drawn
    /// inside the "Document" structure tag puts the context in a tag error ("invalid tag name,
    /// attributes, or nesting"); filling the image's rectangle does not. And an image drawn
    /// twice on one page is listed twice under the same name in the page's /XObject
    /// resources, a duplicated key that `qpdf --check` reports; drawing each use through a
    /// group gives every use a small form XObject of its own, all of them referring to the
    /// one image object.
    private static func drawImage(_ image: ImageElement, surface: OpaquePointer, cr: OpaquePointer) {
        let pixelWidth = Double(cairo_image_surface_get_width(surface))
        let pixelHeight = Double(cairo_image_surface_get_height(surface))
        let map = image.source.orientation.placement(in: image.size)
        var matrix = cairo_matrix_t(xx: map.a, yx: map.b, xy: map.c, yy: map.d, x0: map.tx, y0: map.ty)
        cairo_save(cr)
        cairo_translate(cr, image.origin.x, image.origin.y)
        cairo_transform(cr, &matrix)
        cairo_scale(cr, 1 / pixelWidth, 1 / pixelHeight)
        cairo_push_group(cr)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_rectangle(cr, 0, 0, pixelWidth, pixelHeight)
        cairo_fill(cr)
        cairo_pop_group_to_source(cr)
        cairo_rectangle(cr, 0, 0, pixelWidth, pixelHeight)
        cairo_fill(cr)
        cairo_restore(cr)
    }

    /// Cairo's errors are sticky and silent: every later call is a no-op and the file still
    /// "succeeds", blank. Checking after each element turns that into an error that names it.
    private static func check(_ cr: OpaquePointer, page: Int, text: String?) throws(RenderError) {
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .drawingFailed(page: page, text: text, status: describe(status))
        }
    }

    /// Validates every page before the file is created, so a bad document writes nothing.
    private static func validate(_ document: LaidOutDocument) throws(RenderError) {
        for page in document.pages {
            try RunValidation.check(size: page.size, page: page.index)
            for element in page.elements {
                switch element {
                case .text(let run): try RunValidation.check(run, page: page.index)
                case .rule(let rule): try RunValidation.check(rule, page: page.index)
                case .image(let image): try RunValidation.check(image, page: page.index)
                case .watermark(let watermark):
                    for run in watermark.runs { try RunValidation.check(run, page: page.index) }
                case .link, .destination, .structure: break
                }
            }
        }
        try Navigation.validate(document)
    }

    /// The creation date in Cairo's form, or nil when the document has none (Cairo then
    /// stamps the current time and the output is no longer reproducible; callers that want
    /// SOURCE_DATE_EPOCH pass it in `DocumentInfo`).
    private static func creationDate(of info: DocumentInfo) throws(RenderError) -> String? {
        guard let iso = info.creationDate else { return nil }
        guard let date = PDFDate.cairoForm(of: iso) else { throw .invalidCreationDate(iso) }
        return date
    }

    /// Stores the document information; empty fields are left out of the file.
    private static func setMetadata(_ info: DocumentInfo, creationDate: String?, on surface: OpaquePointer) {
        let fields: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, info.title), (CAIRO_PDF_METADATA_AUTHOR, info.author),
            (CAIRO_PDF_METADATA_SUBJECT, info.subject), (CAIRO_PDF_METADATA_KEYWORDS, info.keywords),
            (CAIRO_PDF_METADATA_CREATOR, info.creator),
        ]
        for (key, value) in fields where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        if let creationDate {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, creationDate)
            // Without an explicit modification date a viewer may show none; with the same
            // value both dates are fixed and two runs stay byte-identical.
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, creationDate)
        }
    }

    static func describe(_ status: cairo_status_t) -> String {
        String(cString: cairo_status_to_string(status))
    }
}

/// The bytes cairo writes, held until libqpdf has finished the file. Used by the one
/// thread rendering the document.
final class MemorySink {
    var bytes: [UInt8] = []
}

/// One Cairo face per distinct `Font`, kept for the life of the rendering thread.
///
/// A face is never shared between threads (FreeType forbids using one face from two threads
/// at once), so each thread has its own cache in its thread dictionary; within a thread,
/// successive documents reuse the faces and with them Cairo's scaled-font glyph caches.
final class FontFaceCache {
    private var faces: [ObjectIdentifier: (font: Font, face: CairoFontFace)] = [:]

    private static let key = "BanTin.Render.FontFaceCache"

    /// The calling thread's cache.
    static var forCurrentThread: FontFaceCache {
        let dictionary = Thread.current.threadDictionary
        if let cache = dictionary[key] as? FontFaceCache { return cache }
        let cache = FontFaceCache()
        dictionary[key] = cache
        return cache
    }

    /// The face drawing `font`, opened on first use.
    func face(for font: Font) throws(RenderError) -> CairoFontFace {
        if let entry = faces[ObjectIdentifier(font)] { return entry.face }
        let face = try CairoFontFace(path: font.path, faceIndex: font.faceIndex)
        // Keep `font` too, so its identifier cannot be reused by another object meanwhile.
        faces[ObjectIdentifier(font)] = (font, face)
        return face
    }
}
