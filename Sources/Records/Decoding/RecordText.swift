import Foundation

/// Reads a record file as UTF-8 text, reporting a missing, unreadable, oversized or
/// non-UTF-8 file.
enum RecordText {
    static func read(_ path: String, context: DecodingContext) -> String? {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if let text = context.providedText {
            guard text.utf8.count <= context.limits.fileBytes else {
                context.error("(file)", at: start,
                              .recordTooBig(InputLimits.size(text.utf8.count), limit: InputLimits.size(context.limits.fileBytes)))
                return nil
            }
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            context.error("(file)", at: start, .fileDoesNotExist)
            return nil
        }
        guard !isFolder.boolValue else {
            context.error("(file)", at: start, .recordIsAFolder)
            return nil
        }
        // The size is checked before a byte is read: a record is never megabytes long.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > context.limits.fileBytes {
            context.error("(file)", at: start,
                          .recordTooBig(InputLimits.size(size), limit: InputLimits.size(context.limits.fileBytes)))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            context.error("(file)", at: start, .recordUnreadable)
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = RecordComposer.lineAndColumn(
                ofCharacter: String(decoding: bytes[..<bad], as: UTF8.self).count,
                in: String(decoding: bytes, as: UTF8.self))
            context.error("(file)", at: SourceLocation(file: path, line: line, column: column),
                          .notUTF8(byte: String(bytes[bad], radix: 16, uppercase: true)))
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
