import Dispatch
import Synchronization

/// Lays out a document's top-level blocks on several threads, for `Typesetter`.
///
/// A block lays itself out on its own (shaping, line breaking, tables): only the page builder
/// needs the material in order. Workers take runs of consecutive blocks in turn, each run
/// laid out with a context of its own whose paragraph ids start at a base no other run uses,
/// so ids stay unique within the document; the runs' material is joined in document order,
/// so the pages are the ones a single thread makes.
enum ParallelLayout {
    /// The material of each of `blocks`, in order, and the texts broken inside because they
    /// are wider than their measure (`LayoutContext.overlongTexts`, in document order);
    /// `context(base)` makes a context whose paragraph ids come after `base`.
    static func parts(_ blocks: [any Block], width: Double, workers: Int,
                      context: @Sendable (_ base: Int) -> LayoutContext) -> (parts: [[VItem]], overlong: [String]) {
        // Several runs per worker, so that one long run does not leave the others idle.
        let runLength = max(1, blocks.count / (workers * 8))
        let runs = stride(from: 0, to: blocks.count, by: runLength).map { $0..<min($0 + runLength, blocks.count) }
        let state = Mutex(State(results: Array(repeating: [], count: runs.count), overlong: Array(repeating: [], count: runs.count)))
        DispatchQueue.concurrentPerform(iterations: min(workers, runs.count)) { _ in
            while let run = state.withLock({ $0.take(below: runs.count) }) {
                let layoutContext = context(run << 32)
                let material = blocks[runs[run]].map { $0.layout(width: width, context: layoutContext) }
                let overlong = layoutContext.overlongTexts
                state.withLock { $0.results[run] = material; $0.overlong[run] = overlong }
            }
        }
        return state.withLock { state in
            var parts: [[VItem]] = []
            parts.reserveCapacity(blocks.count)
            var overlong: [String] = []
            for run in state.results.indices {
                parts += state.results[run]
                state.results[run] = []
                overlong += state.overlong[run].filter { !overlong.contains($0) }
            }
            return (parts, overlong)
        }
    }

    /// The next run to lay out and what the runs made, shared by the workers.
    private struct State: ~Copyable {
        var next = 0
        /// Per run, the material of each of its blocks.
        var results: [[[VItem]]]
        /// Per run, the texts its context found wider than their measure.
        var overlong: [[String]]

        mutating func take(below count: Int) -> Int? {
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }
}
