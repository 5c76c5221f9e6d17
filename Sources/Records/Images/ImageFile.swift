import Foundation

/// An image file a record names, confined, probed and fully decoded: its real path, its
/// facts, the length of its image data and the hash of that data. Each problem is reported
/// once, at the field that names the file.
///
/// The file is opened once and read in bounded pieces: a head of at most
/// `ImageLimits.headerBytes` identifies it, a streaming decode checks every byte of image
/// data, and the hash reads the data again in 1 MB pieces, so a 1 GB file named `.jpg` costs
/// neither its size in memory nor more than its head in time when it is not an image.
struct ImageFile {
    var path: String
    var facts: ImageProbe.Facts
    var contentID: String
    /// Bytes from the start to the end of the image data (EOI, IEND): what a PDF embeds of a
    /// JPEG, and what the content id covers.
    var dataBytes: Int
    /// A PNG's average ink colour (nil for a JPEG or a fully clear PNG).
    var ink: InkColour? = nil

    /// Reads the file the record writes as `file` (relative to the record's folder); nil
    /// after reporting why it cannot be used.
    static func read(_ file: String, field: String, at location: SourceLocation,
                     context: DecodingContext) -> ImageFile? {
        let folder = URL(fileURLWithPath: context.file).standardizedFileURL.deletingLastPathComponent().path
        let path: String
        switch ImageConfinement.resolve(file, recordFolder: folder, allowedFolders: context.allowedFolders) {
        case .outside:
            context.error(field, at: location, .imageOutsideFolder(file))
            return nil
        case .missing:
            context.error(field, at: location, .imageMissing(file))
            return nil
        case .inside(let real):
            path = real
        }
        // O_NONBLOCK: a FIFO named .jpg must not hang the run.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            context.error(field, at: location, .imageUnreadable(file))
            return nil
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            context.error(field, at: location, .imageUnreadable(file))
            return nil
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            context.error(field, at: location, .imageIsFolder(file))
            return nil
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            context.error(field, at: location, .imageNotRegularFile(file))
            return nil
        }
        let size = Int(status.st_size)
        guard let head = readBytes(fd, offset: 0, count: min(size, ImageLimits.headerBytes)) else {
            context.error(field, at: location, .imageIOError(file))
            return nil
        }
        let facts: ImageProbe.Facts
        switch ImageProbe.probe(head, isWholeFile: head.count >= size) {
        case .failure(let problem):
            context.error(field, at: location, .verbatim("\(file) ") + problem.message)
            return nil
        case .success(let found):
            facts = found
        }
        let name = facts.format == "png" ? "PNG" : "JPEG"
        let dataBytes: Int
        let ink: InkColour?
        switch ImageDecodeCheck.check(fd: fd, format: facts.format) {
        case .sound(let bytes, let colour):
            dataBytes = bytes
            ink = colour
        case .truncated(let detail):
            context.error(field, at: location, .verbatim("\(file) ") + ImageProbe.Problem.truncated(format: facts.format, detail: detail).message)
            return nil
        case .corrupt(let detail):
            context.error(field, at: location, .imageUndecodable(file, name, detail))
            return nil
        case .tooLarge:
            context.error(field, at: location, .imageDataTooBig(file, ImageLimits.largestFileBytes >> 20))
            return nil
        case .needsTooMuchMemory:
            context.error(field, at: location, .jpegNeedsTooMuchMemory(file, ImageLimits.jpegDecodeMemory >> 20))
            return nil
        }
        guard let contentID = hash(fd, count: dataBytes) else {
            context.error(field, at: location, .imageIOError(file))
            return nil
        }
        if facts.format == "jpeg", size > dataBytes {
            context.warning(field, at: location, .bytesAfterJPEGEnd(file, size - dataBytes))
        }
        return ImageFile(path: path, facts: facts, contentID: contentID, dataBytes: dataBytes, ink: ink)
    }

    /// `count` bytes from `offset`, fewer at the end of the file; nil on a read error.
    private static func readBytes(_ fd: Int32, offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + done, count - done, off_t(offset + done))
            }
            if got < 0 { if errno == EINTR { continue }; return nil }
            if got == 0 { break }
            done += got
        }
        return Array(bytes.prefix(done))
    }

    /// The SHA-256 of the first `count` bytes, read in 1 MB pieces.
    private static func hash(_ fd: Int32, count: Int) -> String? {
        var hasher = SHA256.Hasher()
        var offset = 0
        while offset < count {
            guard let piece = readBytes(fd, offset: offset, count: min(1 << 20, count - offset)), !piece.isEmpty else { return nil }
            piece.withUnsafeBufferPointer { hasher.update($0) }
            offset += piece.count
        }
        return hasher.finalHex()
    }
}
