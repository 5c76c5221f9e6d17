import Foundation
import Records

/// SIGINT, SIGTERM and SIGHUP end the process through one thread that waits for them, so
/// the cleanup runs as ordinary code (locks, unlink) even while every worker is writing:
/// the signals are blocked in all threads and taken with `sigwait`.
enum SignalCleanup {
    /// Must run before any other thread starts (threads inherit the blocked set).
    static func install() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let thread = Thread {
            var waited = sigset_t()
            sigemptyset(&waited)
            for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&waited, signal) }
            var received: Int32 = 0
            while sigwait(&waited, &received) != 0 {}
            let removed = TemporaryFiles.shared.removeAllForExit()
            let name = received == SIGINT ? "SIGINT" : received == SIGTERM ? "SIGTERM" : "SIGHUP"
            let line = Localized.stoppedBySignal(name, removed: removed).text() + "\n"
            line.utf8CString.withUnsafeBufferPointer { _ = write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
            _exit(128 + received)
        }
        thread.start()
    }
}
