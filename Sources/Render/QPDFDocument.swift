import CQPDFShim
import Foundation

/// A PDF read by libqpdf (through the CQPDFShim target), changed and written back into
/// memory. Owns its qpdf handle and closes it in `deinit`; used by one thread at a time.
final class QPDFDocument {
    private let handle: OpaquePointer

    /// Reads `bytes`; a file libqpdf cannot read throws when it is first used.
    init(bytes: [UInt8]) {
        handle = bytes.withUnsafeBufferPointer { bantin_pdf_open($0.baseAddress, $0.count) }
    }

    deinit { bantin_pdf_close(handle) }

    /// The version of the libqpdf this build links.
    static var qpdfVersion: String { String(cString: bantin_pdf_qpdf_version()) }

    /// See `bantin_pdf_tag`: language, XMP, producer, alternate texts, artifacts.
    func tag(language: String, xmp: String, producer: String, figureAlternates: [String]) throws(QPDFFailure) {
        let copies = figureAlternates.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer<CChar>($0) }
        let status = pointers.withUnsafeBufferPointer { alternates in
            bantin_pdf_tag(handle, language, xmp, producer, alternates.baseAddress, alternates.count)
        }
        if status != 0 { throw failure }
    }

    /// The finished file's bytes.
    func write() throws(QPDFFailure) -> [UInt8] {
        var data: UnsafePointer<UInt8>?
        var length = 0
        guard bantin_pdf_write(handle, &data, &length) == 0, let data else { throw failure }
        return Array(UnsafeBufferPointer(start: data, count: length))
    }

    private var failure: QPDFFailure {
        QPDFFailure(reason: bantin_pdf_error(handle).map { String(cString: $0) } ?? "libqpdf failed")
    }
}

/// Why libqpdf could not finish a file, in its own words.
struct QPDFFailure: Error {
    var reason: String
}
