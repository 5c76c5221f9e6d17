import CCairo
import Foundation
import Typesetting

/// The Cairo image surfaces of one document's images, one per `ImageSource.id`, loaded
/// before the PDF file is created, so an unreadable or corrupt image writes nothing.
///
/// - JPEG: an RGB24 image surface of the JPEG's exact pixel size, whose pixels are never used,
///   with the file's bytes attached as `CAIRO_MIME_TYPE_JPEG`: Cairo embeds them untouched
///   (DCTDecode). A surface of another size would distort the photo silently, so the size in
///   the JPEG's frame header must equal the source's.
/// - PNG: decoded by Cairo (`cairo_image_surface_create_from_png`), its status checked.
///
/// Both carry `CAIRO_MIME_TYPE_UNIQUE_ID` = the source id, so an image drawn twice, even from
/// two surfaces, is stored once in the file.
final class ImageSurfaces {
    private var surfaces: [String: OpaquePointer] = [:]

    /// Loads every image of `document`; throws for the first that cannot be drawn.
    init(_ document: LaidOutDocument) throws(RenderError) {
        for page in document.pages {
            for case .image(let image) in page.elements {
                let key = Self.key(image.source)
                guard surfaces[key] == nil else { continue }
                do throws(ImageLoadError) {
                    surfaces[key] = try Self.load(image.source)
                } catch {
                    destroyAll()
                    throw .invalidImage(page: page.index, path: image.source.path, reason: error.reason)
                }
            }
        }
    }

    deinit { destroyAll() }

    /// The surface of `source`; loaded by `init`.
    func surface(for source: ImageSource) -> OpaquePointer? {
        surfaces[Self.key(source)]
    }

    private func destroyAll() {
        for surface in surfaces.values { cairo_surface_destroy(surface) }
        surfaces = [:]
    }

    /// The cache key: the content id, or the path for a source without one.
    private static func key(_ source: ImageSource) -> String {
        source.id.isEmpty ? "path:" + source.path : "id:" + source.id
    }

    struct ImageLoadError: Error { let reason: String }

    private static func load(_ source: ImageSource) throws(ImageLoadError) -> OpaquePointer {
        let surface: OpaquePointer
        switch source.format {
        case .jpeg: surface = try jpegSurface(source)
        case .png: surface = try pngSurface(source)
        }
        if !source.id.isEmpty {
            let status = attach(Array(source.id.utf8), as: CAIRO_MIME_TYPE_UNIQUE_ID, to: surface)
            guard status == CAIRO_STATUS_SUCCESS else {
                cairo_surface_destroy(surface)
                throw ImageLoadError(reason: "cannot set its unique id: \(describe(status))")
            }
        }
        return surface
    }

    private static func jpegSurface(_ source: ImageSource) throws(ImageLoadError) -> OpaquePointer {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw ImageLoadError(reason: "the file cannot be read")
        }
        let bytes = [UInt8](data)
        guard let frame = JPEGFrame.read(bytes) else {
            throw ImageLoadError(reason: "not a JPEG with a frame header")
        }
        guard frame.components != 4 else {
            throw ImageLoadError(reason: "a CMYK JPEG; save it as RGB")
        }
        guard frame.width == source.pixelWidth, frame.height == source.pixelHeight else {
            throw ImageLoadError(reason: "the JPEG is \(frame.width) × \(frame.height) pixels, the page gives \(source.pixelWidth) × \(source.pixelHeight)")
        }
        // The pixels are never read (Cairo writes the JPEG data instead), and calloc'd pages
        // that are never touched cost no memory.
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(frame.width), Int32(frame.height)) else {
            throw ImageLoadError(reason: "cairo_image_surface_create returned nothing")
        }
        var status = cairo_surface_status(surface)
        if status == CAIRO_STATUS_SUCCESS {
            status = attach(bytes, as: CAIRO_MIME_TYPE_JPEG, to: surface)
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw ImageLoadError(reason: describe(status))
        }
        return surface
    }

    private static func pngSurface(_ source: ImageSource) throws(ImageLoadError) -> OpaquePointer {
        guard let surface = cairo_image_surface_create_from_png(source.path) else {
            throw ImageLoadError(reason: "cairo_image_surface_create_from_png returned nothing")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw ImageLoadError(reason: "not a readable PNG (\(describe(status)))")
        }
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        guard width == source.pixelWidth, height == source.pixelHeight else {
            cairo_surface_destroy(surface)
            throw ImageLoadError(reason: "the PNG is \(width) × \(height) pixels, the page gives \(source.pixelWidth) × \(source.pixelHeight)")
        }
        return surface
    }

    /// Attaches a malloc'd copy of `bytes` as `mimeType`; Cairo frees it with the surface.
    private static func attach(_ bytes: [UInt8], as mimeType: String, to surface: OpaquePointer) -> cairo_status_t {
        guard let copy = malloc(max(bytes.count, 1)) else { return CAIRO_STATUS_NO_MEMORY }
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        let status = cairo_surface_set_mime_data(surface, mimeType, copy.assumingMemoryBound(to: UInt8.self),
                                                 UInt(bytes.count), { free($0) }, copy)
        // On failure Cairo did not take the buffer.
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
        return status
    }

    private static func describe(_ status: cairo_status_t) -> String {
        String(cString: cairo_status_to_string(status))
    }
}

/// The frame header of a JPEG: its size and number of colour components, read by walking the
/// marker segments from SOI to the first SOFn. The records module validates photos fully; this
/// is the renderer's own guard against a surface of the wrong size.
enum JPEGFrame {
    static func read(_ bytes: [UInt8]) -> (width: Int, height: Int, components: Int)? {
        guard bytes.starts(with: [0xFF, 0xD8]) else { return nil }
        var offset = 2
        while offset < bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            while offset < bytes.count, bytes[offset] == 0xFF { offset += 1 }
            guard offset < bytes.count else { return nil }
            let marker = bytes[offset]
            offset += 1
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { continue }
            if marker == 0xD9 || marker == 0xD8 || marker == 0x00 { return nil }
            guard offset + 2 <= bytes.count else { return nil }
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            guard length >= 2, offset + length <= bytes.count else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard length >= 8 else { return nil }
                let height = Int(bytes[offset + 3]) << 8 | Int(bytes[offset + 4])
                let width = Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6])
                return (width, height, Int(bytes[offset + 7]))
            }
            offset += length
        }
        return nil
    }
}
