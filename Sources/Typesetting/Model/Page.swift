/// One laid-out page: what a renderer draws, in page coordinates (points, origin top-left).
public struct Page: Sendable {
    public var size: Size
    /// 1-based position in the document.
    public var index: Int
    /// The page label a PDF viewer shows (e.g. "2"); nil when the document has no numbering.
    public var label: String?
    public var elements: [PageElement]
    /// The boxes of the page's text area, top to bottom, with what each one is.
    public var placed: [PlacedBox] = []

    public init(size: Size, index: Int, label: String? = nil, elements: [PageElement] = []) {
        self.size = size; self.index = index; self.label = label; self.elements = elements
    }

    /// The named destinations on the page.
    public var destinations: [String] {
        elements.compactMap { if case .destination(let d) = $0 { return d.name } else { return nil } }
    }

    /// Every glyph run, in drawing order.
    public var runs: [GlyphRun] {
        elements.compactMap { if case .text(let run) = $0 { return run } else { return nil } }
    }
}

/// Something drawn on a page.
public enum PageElement: Sendable {
    case text(GlyphRun)
    case rule(RuleElement)
    case image(ImageElement)
    /// A clickable area (contents and index entries).
    case link(LinkElement)
    /// A named place other pages link to (a meeting's heading).
    case destination(DestinationElement)
    /// Text drawn as light outlines across the page, under everything else (a draft's
    /// watermark); not part of the page's text.
    case watermark(WatermarkElement)
    /// Where material of a structure role begins or ends (tagged PDF); draws nothing.
    case structure(StructureMark)
}

/// Glyph runs set on a line centred on `centre` and turned by `angle`, filled in `gray`.
/// The runs' positions are relative to the line's centre.
public struct WatermarkElement: Sendable {
    public var runs: [GlyphRun]
    public var centre: Point
    /// Degrees, counter-clockwise as the page is seen.
    public var angle: Double
    /// 0 is black, 1 white.
    public var gray: Double
    public init(runs: [GlyphRun], centre: Point, angle: Double, gray: Double) {
        self.runs = runs; self.centre = centre; self.angle = angle; self.gray = gray
    }
    /// The text the watermark shows.
    public var text: String { runs.map(\.text).joined(separator: " ") }
}

/// A clickable rectangle that leads to a named destination or a URI.
public struct LinkElement: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case destination(String)
        case uri(String)
    }
    public var origin: Point
    public var size: Size
    public var target: Target
    public init(origin: Point, size: Size, target: Target) { self.origin = origin; self.size = size; self.target = target }
}

/// A named point on a page, for links and outline entries.
public struct DestinationElement: Sendable, Hashable {
    public var name: String
    public var point: Point
    public init(name: String, point: Point) { self.name = name; self.point = point }
}

/// One entry of the PDF outline (bookmarks), leading to a named destination.
public struct OutlineEntry: Sendable, Hashable {
    public var title: String
    public var destination: String
    public var children: [OutlineEntry]
    public init(title: String, destination: String, children: [OutlineEntry] = []) {
        self.title = title; self.destination = destination; self.children = children
    }
}

/// A raster image file the layout places; the renderer reads and embeds it.
public struct ImageSource: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable { case jpeg, png }
    /// Absolute path of the file.
    public var path: String
    public var format: Format
    /// The stored pixel size (before `orientation` turns it).
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// Identifies the file's content, so a renderer stores an image used twice once.
    public var id: String
    /// The bytes of the file the image is made of, from its start (bytes after them, such
    /// as padding after a JPEG's end, are not part of it); nil for the whole file.
    public var dataBytes: Int?
    /// How the stored pixels stand upright.
    public var orientation: ImageOrientation

    public init(path: String, format: Format, pixelWidth: Int, pixelHeight: Int, id: String,
                dataBytes: Int? = nil, orientation: ImageOrientation = .up) {
        self.path = path; self.format = format; self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight; self.id = id; self.dataBytes = dataBytes
        self.orientation = orientation
    }

    /// Height over width, upright.
    public var aspect: Double {
        orientation.swapsSides ? Double(pixelWidth) / Double(max(pixelHeight, 1))
                               : Double(pixelHeight) / Double(max(pixelWidth, 1))
    }
}

/// An image drawn into a rectangle (top-left corner and size, in points).
public struct ImageElement: Sendable, Hashable {
    public var source: ImageSource
    public var origin: Point
    public var size: Size
    public init(source: ImageSource, origin: Point, size: Size) {
        self.source = source; self.origin = origin; self.size = size
    }
}

/// A straight stroke, e.g. the rule under a motto or an underline.
public struct RuleElement: Sendable, Hashable {
    public var from: Point
    public var to: Point
    public var thickness: Double
    public init(from: Point, to: Point, thickness: Double) {
        self.from = from; self.to = to; self.thickness = thickness
    }
}

/// Glyphs of one font and size on one baseline, with the text they stand for.
///
/// `clusters` maps the UTF-8 bytes of `text` onto `glyphs` in logical order, exactly as
/// `cairo_show_text_glyphs` wants them, so copied or searched PDF text equals `text`.
public struct GlyphRun: Sendable {
    public var font: Font
    public var size: Double
    public var text: String
    /// Glyph ids with absolute baseline positions.
    public var glyphs: GlyphPositions
    public var clusters: [TextCluster]
    /// Where the run starts on its baseline, and the pen position after its last glyph.
    public var origin: Point
    public var width: Double

    public init(font: Font, size: Double, text: String, glyphs: some Sequence<PositionedGlyph>,
                clusters: [TextCluster], origin: Point, width: Double) {
        self.init(font: font, size: size, text: text, glyphs: GlyphPositions(glyphs), clusters: clusters,
                  origin: origin, width: width)
    }

    public init(font: Font, size: Double, text: String, glyphs: GlyphPositions,
                clusters: [TextCluster], origin: Point, width: Double) {
        self.font = font; self.size = size; self.text = text; self.glyphs = glyphs
        self.clusters = clusters; self.origin = origin; self.width = width
    }
}

/// A glyph id at an absolute position on the page.
///
/// Positions are kept as `Float`, exact to well under the 1/1000 pt every layout position is
/// snapped to: a booklet holds millions of glyphs between layout and writing (a run stores
/// them more compactly still, see `GlyphPositions`).
public struct PositionedGlyph: Sendable, Hashable {
    public var id: UInt32
    private(set) var storedX: Float
    private(set) var storedY: Float
    public var x: Double { get { Double(storedX) } set { storedX = Float(newValue) } }
    public var y: Double { get { Double(storedY) } set { storedY = Float(newValue) } }
    public init(id: UInt32, x: Double, y: Double) { self.id = id; self.storedX = Float(x); self.storedY = Float(y) }
    init(id: UInt32, storedX: Float, storedY: Float) { self.id = id; self.storedX = storedX; self.storedY = storedY }
}

/// `bytes` UTF-8 bytes of a run's text drawn by `glyphs` glyphs (either may be 0, not both).
/// Stored in 4 bytes: a cluster is one grapheme, far below 65 535 bytes or glyphs.
public struct TextCluster: Sendable, Hashable {
    private var storedBytes: UInt16
    private var storedGlyphs: UInt16
    public var bytes: Int { get { Int(storedBytes) } set { storedBytes = UInt16(clamping: newValue) } }
    public var glyphs: Int { get { Int(storedGlyphs) } set { storedGlyphs = UInt16(clamping: newValue) } }
    public init(bytes: Int, glyphs: Int) {
        self.storedBytes = UInt16(clamping: bytes); self.storedGlyphs = UInt16(clamping: glyphs)
    }
}

/// Document-wide facts a renderer writes into the file.
public struct DocumentInfo: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// The document's language as a BCP 47 tag (`vi-VN`); empty when unknown.
    public var language: String
    /// Creation date as an ISO 8601 string (`2023-07-03T16:30:00+07:00`); nil lets the
    /// renderer choose (a renderer that must be reproducible requires one).
    public var creationDate: String?

    public init(title: String = "", author: String = "", subject: String = "", keywords: String = "",
                creator: String = "", language: String = "", creationDate: String? = nil) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.language = language; self.creationDate = creationDate
    }
}

/// A whole laid-out document.
public struct LaidOutDocument: Sendable {
    public var pages: [Page]
    public var info: DocumentInfo
    /// The PDF outline (bookmarks); empty for documents without one.
    public var outline: [OutlineEntry]
    public init(pages: [Page], info: DocumentInfo, outline: [OutlineEntry] = []) {
        self.pages = pages; self.info = info; self.outline = outline
    }
}
