import Foundation
#if FUZZING
import CLibFuzzer
#endif
import FuzzSupport
import Records

/// libFuzzer target: any bytes as a photo, through `ImageProbe.probe`, which tells a usable
/// JPEG or PNG from everything else before the renderer sees it.
///
/// `make fuzz` builds it with `-sanitize=fuzzer -DFUZZING`, where libFuzzer's driver runs it.
/// The ordinary build is a program that replays inputs once (`swift run fuzz-images Fuzz/corpus/images`), so the target always compiles.
enum ImageFuzzing {
    /// Probes `bytes`; a result that breaks the probe's own promises stops the run.
    static func run(_ bytes: [UInt8]) {
        if case .success(let facts) = ImageProbe.probe(bytes) {
            precondition(facts.pixelWidth > 0 && facts.pixelHeight > 0, "a usable image of \(facts.pixelWidth) × \(facts.pixelHeight)")
            precondition(max(facts.pixelWidth, facts.pixelHeight) <= ImageProbe.largestSide, "a usable image over the largest side")
        }
    }
}

/// The entry point: libFuzzer's driver in a fuzzing build (`-DFUZZING`), else a replay of
/// the files and folders given (by default `Fuzz/corpus/images`).
@main
struct FuzzImages {
    static func main() {
#if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            ImageFuzzing.run(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        })
#else
        let arguments = Array(CommandLine.arguments.dropFirst())
        let count = FuzzReplay.replay(arguments.isEmpty ? ["Fuzz/corpus/images"] : arguments, ImageFuzzing.run)
        print("\(count) inputs replayed")
#endif
    }
}
