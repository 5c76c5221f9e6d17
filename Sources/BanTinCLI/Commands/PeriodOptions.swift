import ArgumentParser
import Records

/// `--period`, or `--from` with `--to`: the span of dates a booklet or a report covers.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: "2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023.")
    var period: String?

    @Option(name: .long, help: "First day, YYYY-MM-DD (with --to instead of --period).")
    var from: String?

    @Option(name: .long, help: "Last day, YYYY-MM-DD.")
    var to: String?

    var isGiven: Bool { period != nil || from != nil || to != nil }

    func validate() throws {
        if period != nil && (from != nil || to != nil) { throw ValidationError("give --period, or --from and --to, not both") }
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
    }

    /// The period named, nil when none is; a bad one is a usage error (exit 2) with its reason.
    func chosen() throws -> Period? {
        do {
            if let period { return try Period.parse(period) }
            if let from, let to { return try Period(from: from, to: to) }
            return nil
        } catch {
            Terminal.printProblem("bantin: \(error)")
            throw ExitCode(2)
        }
    }
}
