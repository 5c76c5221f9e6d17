// Entry point; all behaviour lives in BanTinCLI so tests can drive it.
import BanTinCLI
import Foundation

#if canImport(Glibc)
import Glibc

/// glibc's allocator tuning (mallopt(3)), looked up at run time because Swift's Glibc module
/// does not export <malloc.h>.
///
/// Every document allocates and frees the same large buffers (Cairo's streams, font subsets);
/// by default glibc maps and unmaps them each time and gives freed heap back to the kernel,
/// and the page faults that follow cost about a tenth of a batch's time. Keeping them in the
/// heap bounds memory by the largest document, not the batch.
func keepLargeBuffersInTheHeap() {
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let trimThreshold: Int32 = -1, topPad: Int32 = -2, mmapThreshold: Int32 = -3   // M_* of <malloc.h>
    _ = mallopt(mmapThreshold, 32 << 20)
    _ = mallopt(trimThreshold, 128 << 20)
    _ = mallopt(topPad, 32 << 20)
}
keepLargeBuffersInTheHeap()
#endif

BanTin.chooseLanguage(arguments: Array(CommandLine.arguments.dropFirst()))
BanTin.removeTemporaryFilesOnSignals()
exit(BanTin.main(arguments: Array(CommandLine.arguments.dropFirst())))
