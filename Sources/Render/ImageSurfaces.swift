import CCairo
import Foundation
import Typesetting

/// The Cairo image surfaces of one document's images, made when the page that uses them is
/// drawn and released as soon as Cairo has written that page.
///
/// - JPEG: an RGB24 image surface of the JPEG's exact pixel size, whose pixels are never used
///   (calloc'd pages never touched cost no memory), with the image data attached as
///   `CAIRO_MIME_TYPE_JPEG`: Cairo embeds it untouched (DCTDecode). The data is read once into
///   one buffer Cairo owns and frees (`dataBytes` of the file: bytes after a JPEG's end marker
///   are never read), never copied again.
/// - PNG: decoded by Cairo, then, when it has far more pixels than its largest placed size
///   needs at `printResolution`, scaled down right away and the full decode released. A
///   10000 × 10000 PNG printed 17 cm wide keeps about 2000 × 2000 pixels instead of 400 MB.
///
/// Why release per page works: cairo 1.16's PDF surface takes its own reference to each
/// source surface of a page and drops it once the page is written (`_cairo_pdf_surface_clear`
/// at the next page); a surface drawn again on a later page is found by its
/// `CAIRO_MIME_TYPE_UNIQUE_ID` (the content id) and not written twice. So what is held at
/// once is one page's images, and the pixel budget below bounds even that.
final class ImageSurfaces {
    /// The resolution a PNG is kept at for its largest placed size, in dots per inch: what
    /// offset printing of photos uses; more pixels would only enlarge the file and memory.
    static let printResolution = 300.0
    /// A PNG is scaled down only when it has this many times the pixels (per side) it needs,
    /// so an image close to its print size is embedded as it is.
    static let downsampleThreshold = 1.5

    /// The most decoded pixels a page may hold at once (4 bytes each): the kept PNGs of the
    /// page plus the one being decoded at full size.
    let pixelBudget: Int
    /// Key → the largest size in pixels (stored orientation) any placement of it needs.
    private let needed: [String: (width: Int, height: Int)]
    /// The surfaces of the page being drawn.
    private var surfaces: [String: OpaquePointer] = [:]

    /// Plans the document's images and checks every page against `pixelBudget`; loads nothing.
    init(_ document: LaidOutDocument, pixelBudget: Int) throws(RenderError) {
        self.pixelBudget = pixelBudget
        var needed: [String: (width: Int, height: Int)] = [:]
        for page in document.pages {
            for case .image(let image) in page.elements {
                let size = Self.printPixels(image)
                let key = Self.key(image.source)
                let old = needed[key] ?? (0, 0)
                needed[key] = (max(old.width, size.width), max(old.height, size.height))
            }
        }
        self.needed = needed
        for page in document.pages {
            var kept: [String: Int] = [:]
            var largestDecode = 0
            for case .image(let image) in page.elements where image.source.format == .png {
                let full = image.source.pixelWidth * image.source.pixelHeight
                let target = Self.keptSize(image.source, needed: needed[Self.key(image.source)]!)
                kept[Self.key(image.source)] = target.width * target.height
                largestDecode = max(largestDecode, full)
            }
            let total = kept.values.reduce(0, +) + largestDecode
            if total > pixelBudget {
                throw .pixelBudgetExceeded(page: page.index, pixels: total, budget: pixelBudget)
            }
        }
    }

    deinit { releasePage() }

    /// The surface of `source`, loaded on first use on this page.
    func surface(for source: ImageSource, page: Int) throws(RenderError) -> OpaquePointer {
        let key = Self.key(source)
        if let surface = surfaces[key] { return surface }
        do throws(ImageLoadError) {
            let surface = try Self.load(source, keep: Self.keptSize(source, needed: needed[key] ?? (source.pixelWidth, source.pixelHeight)))
            surfaces[key] = surface
            return surface
        } catch {
            throw .invalidImage(page: page, path: source.path, reason: error.reason)
        }
    }

    /// Drops this page's surfaces; call once Cairo has been told the page is done.
    func releasePage() {
        for surface in surfaces.values { cairo_surface_destroy(surface) }
        surfaces = [:]
    }

    /// The cache key: the content id, or the path for a source without one.
    private static func key(_ source: ImageSource) -> String {
        source.id.isEmpty ? "path:" + source.path : "id:" + source.id
    }

    /// The pixels `image`'s placed box needs at `printResolution`, in stored orientation.
    private static func printPixels(_ image: ImageElement) -> (width: Int, height: Int) {
        let scale = printResolution / 72
        // Less a hair, so a size that is whole pixels in decimal stays whole after binary rounding.
        let width = Int((image.size.width * scale - 1e-6).rounded(.up)), height = Int((image.size.height * scale - 1e-6).rounded(.up))
        return image.source.orientation.swapsSides ? (height, width) : (width, height)
    }

    /// The size a PNG is kept at: its own, or the needed size when it is far larger (its
    /// aspect kept). JPEGs are always kept at their own size: their pixels are never decoded.
    private static func keptSize(_ source: ImageSource, needed: (width: Int, height: Int)) -> (width: Int, height: Int) {
        let full = (width: source.pixelWidth, height: source.pixelHeight)
        guard source.format == .png, needed.width > 0, needed.height > 0 else { return full }
        let factor = max(Double(needed.width) / Double(full.width), Double(needed.height) / Double(full.height))
        guard factor * downsampleThreshold < 1 else { return full }
        return (max(1, Int((Double(full.width) * factor - 1e-6).rounded(.up))), max(1, Int((Double(full.height) * factor - 1e-6).rounded(.up))))
    }

    struct ImageLoadError: Error { let reason: String }

    private static func load(_ source: ImageSource, keep: (width: Int, height: Int)) throws(ImageLoadError) -> OpaquePointer {
        let surface: OpaquePointer
        switch source.format {
        case .jpeg: surface = try jpegSurface(source)
        case .png: surface = try pngSurface(source, keep: keep)
        }
        if !source.id.isEmpty {
            let status = attachCopy(Array(source.id.utf8), as: CAIRO_MIME_TYPE_UNIQUE_ID, to: surface)
            guard status == CAIRO_STATUS_SUCCESS else {
                cairo_surface_destroy(surface)
                throw ImageLoadError(reason: "cannot set its unique id: \(describe(status))")
            }
        }
        return surface
    }

    private static func jpegSurface(_ source: ImageSource) throws(ImageLoadError) -> OpaquePointer {
        let data = try JPEGData.read(source)
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(source.pixelWidth), Int32(source.pixelHeight)) else {
            free(data.bytes)
            throw ImageLoadError(reason: "cairo_image_surface_create returned nothing")
        }
        var status = cairo_surface_status(surface)
        if status == CAIRO_STATUS_SUCCESS {
            // On success Cairo owns the buffer and frees it with the surface; on failure it
            // never took it, so it is freed here.
            status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, data.bytes.assumingMemoryBound(to: UInt8.self),
                                                 UInt(data.count), { free($0) }, data.bytes)
            if status != CAIRO_STATUS_SUCCESS { free(data.bytes) }
        } else {
            free(data.bytes)
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw ImageLoadError(reason: describe(status))
        }
        return surface
    }

    private static func pngSurface(_ source: ImageSource, keep: (width: Int, height: Int)) throws(ImageLoadError) -> OpaquePointer {
        guard let full = cairo_image_surface_create_from_png(source.path) else {
            throw ImageLoadError(reason: "cairo_image_surface_create_from_png returned nothing")
        }
        let status = cairo_surface_status(full)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(full)
            throw ImageLoadError(reason: "not a readable PNG (\(describe(status)))")
        }
        let width = Int(cairo_image_surface_get_width(full)), height = Int(cairo_image_surface_get_height(full))
        guard width == source.pixelWidth, height == source.pixelHeight else {
            cairo_surface_destroy(full)
            throw ImageLoadError(reason: "the PNG is \(width) × \(height) pixels, the page gives \(source.pixelWidth) × \(source.pixelHeight)")
        }
        guard keep.width < width || keep.height < height else { return full }
        defer { cairo_surface_destroy(full) }   // the full decode goes as soon as it is scaled
        return try scaled(full, to: keep)
    }

    /// `image` scaled to `size` with Cairo's GOOD filter (a box filter when shrinking), in the
    /// same format, so an opaque PNG stays without a soft mask.
    private static func scaled(_ image: OpaquePointer, to size: (width: Int, height: Int)) throws(ImageLoadError) -> OpaquePointer {
        let format = cairo_image_surface_get_format(image)
        guard let small = cairo_image_surface_create(format, Int32(size.width), Int32(size.height)),
              cairo_surface_status(small) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(small) else {
            throw ImageLoadError(reason: "cannot make its print-size copy (out of memory)")
        }
        defer { cairo_destroy(cr) }
        cairo_scale(cr, Double(size.width) / Double(cairo_image_surface_get_width(image)),
                    Double(size.height) / Double(cairo_image_surface_get_height(image)))
        cairo_set_source_surface(cr, image, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
        cairo_paint(cr)
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(small)
            throw ImageLoadError(reason: "cannot make its print-size copy (\(describe(status)))")
        }
        cairo_surface_flush(small)
        return small
    }

    /// Attaches a malloc'd copy of `bytes` as `mimeType`; Cairo frees it with the surface.
    private static func attachCopy(_ bytes: [UInt8], as mimeType: String, to surface: OpaquePointer) -> cairo_status_t {
        guard let copy = malloc(max(bytes.count, 1)) else { return CAIRO_STATUS_NO_MEMORY }
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        let status = cairo_surface_set_mime_data(surface, mimeType, copy.assumingMemoryBound(to: UInt8.self),
                                                 UInt(bytes.count), { free($0) }, copy)
        // On failure Cairo did not take the buffer.
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
        return status
    }

    static func describe(_ status: cairo_status_t) -> String {
        String(cString: cairo_status_to_string(status))
    }
}
