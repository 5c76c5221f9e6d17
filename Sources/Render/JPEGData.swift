import Foundation
import Typesetting

/// The bytes of a JPEG to embed, read once into a malloc'd buffer whose ownership passes to
/// Cairo (it frees it with the surface): `source.dataBytes` from the start of the file, so
/// bytes after the end marker are never read. The frame header is checked again against the
/// source's size, as the file may have changed since the records were checked.
///
/// Read, not mapped: a file mapped with `mmap` that another program truncates while the PDF
/// is written kills the process with SIGBUS; a read buffer only costs the same pages once.
struct JPEGData {
    /// malloc'd; the caller frees it or hands it to Cairo.
    let bytes: UnsafeMutableRawPointer
    let count: Int

    static func read(_ source: ImageSource) throws(ImageSurfaces.ImageLoadError) -> JPEGData {
        let fd = open(source.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .init(reason: "the file cannot be read") }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { throw .init(reason: "not a regular file") }
        let count = source.dataBytes ?? Int(status.st_size)
        guard count >= 4, count <= Int(status.st_size) else { throw .init(reason: "the file is shorter than when it was checked") }
        guard let buffer = malloc(count) else { throw .init(reason: "out of memory") }
        var done = 0
        while done < count {
            let got = pread(fd, buffer + done, count - done, off_t(done))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { free(buffer); throw .init(reason: "the file cannot be read") }
            done += got
        }
        let view = UnsafeBufferPointer(start: buffer.assumingMemoryBound(to: UInt8.self), count: count)
        guard let frame = JPEGFrame.read(view) else { free(buffer); throw .init(reason: "not a JPEG with a frame header") }
        guard frame.components != 4 else { free(buffer); throw .init(reason: "a CMYK JPEG; save it as RGB") }
        guard frame.width == source.pixelWidth, frame.height == source.pixelHeight else {
            free(buffer)
            throw .init(reason: "the JPEG is \(frame.width) × \(frame.height) pixels, the page gives \(source.pixelWidth) × \(source.pixelHeight)")
        }
        guard view[count - 2] == 0xFF, view[count - 1] == 0xD9 else {
            free(buffer)
            throw .init(reason: "its data does not end with the EOI marker (the file changed since it was checked)")
        }
        return JPEGData(bytes: buffer, count: count)
    }
}

/// The frame header of a JPEG: its size and number of colour components, read by walking the
/// marker segments from SOI to the first SOFn. The records module validates photos fully; this
/// is the renderer's own guard against a surface of the wrong size.
enum JPEGFrame {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (width: Int, height: Int, components: Int)? {
        guard bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
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
