import Foundation
#if FUZZING
import CLibFuzzer
#endif
import FuzzSupport
import Records

/// libFuzzer target: any bytes as a record file, loaded the way the commands load one
/// (`RecordLoader.kind`, then the meeting or the report loader), from a file in a folder of
/// its own, so the file read, the record's folder and its photo paths are exercised too.
/// Run it from the repository's folder: the photos the records name are copied from
/// `Fuzz/corpus/images`.
///
/// `make fuzz` builds it with `-sanitize=fuzzer -DFUZZING`, where libFuzzer's driver runs it.
/// The ordinary build is a program that replays inputs once (`swift run fuzz-records Fuzz/corpus/records`), so the target always compiles.
enum RecordFuzzing {
    /// The folder the inputs are written into: `record/` holds the file and `record/photos/`
    /// the small images of the image corpus, under the names the example records use, and
    /// `signatures/` beside it the signature they name, so their relative paths resolve.
    static let folder: String = {
        let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("bantin-fuzz-records-\(getpid())")
        let record = (root as NSString).appendingPathComponent("record")
        let manager = FileManager.default
        for folder in ["record/photos", "signatures"] {
            try? manager.createDirectory(atPath: (root as NSString).appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let images = [("tiny-baseline.jpg", "record/photos/toan-canh.jpg"), ("tiny-exif-rotated.jpg", "record/photos/phat-bieu-chi-dao.jpg"),
                      ("tiny-rgba.png", "record/photos/logo.png"), ("tiny-palette-trns.png", "signatures/chu-ky-mau.png")]
        for (from, to) in images {
            try? manager.copyItem(atPath: "Fuzz/corpus/images/\(from)", toPath: (root as NSString).appendingPathComponent(to))
        }
        return record
    }()

    static let file = (folder as NSString).appendingPathComponent("record.yaml")

    /// Loads `bytes` as a record; the outcome is not looked at, only that loading returns.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard FileManager.default.createFile(atPath: file, contents: Data(buffer: bytes)) else {
            fatalError("cannot write \(file)")
        }
        switch RecordLoader.kind(ofFile: file) {
        case .report?:
            _ = ReportLoader().load(file: file)
        default:
            // Both ways of treating legacy-encoded text, chosen by the input so each input
            // replays the same way.
            _ = RecordLoader(convertLegacy: bytes.count % 2 == 1).load(file: file)
        }
    }
}

/// The entry point: libFuzzer's driver in a fuzzing build (`-DFUZZING`), else a replay of
/// the files and folders given (by default `Fuzz/corpus/records`).
@main
struct FuzzRecords {
    static func main() {
#if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            RecordFuzzing.run(UnsafeBufferPointer(start: data, count: size))
            return 0
        })
#else
        let arguments = Array(CommandLine.arguments.dropFirst())
        let count = FuzzReplay.replay(arguments.isEmpty ? ["Fuzz/corpus/records"] : arguments) { bytes in
            bytes.withUnsafeBufferPointer(RecordFuzzing.run)
        }
        print("\(count) inputs replayed")
#endif
    }
}
