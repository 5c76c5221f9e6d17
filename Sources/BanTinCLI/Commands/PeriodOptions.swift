import ArgumentParser
import Records

/// `--period`, or `--from` with `--to`: the span of dates a booklet or a report covers,
/// parsed when the command line is read (a bad value is a usage error with its reason).
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: Localized.periodHelp.help, transform: Period.parse)
    var period: Period?

    @Option(name: .long, help: Localized.fromHelp.help,
            transform: { try Period.date($0, option: "--from") })
    var from: CivilDate?

    @Option(name: .long, help: Localized.toHelp.help, transform: { try Period.date($0, option: "--to") })
    var to: CivilDate?

    var isGiven: Bool { period != nil || from != nil || to != nil }

    func validate() throws {
        if period != nil && (from != nil || to != nil) { throw ValidationError(Localized.periodOrFromTo.text()) }
        if (from == nil) != (to == nil) { throw ValidationError(Localized.fromAndToTogether.text()) }
        if let from, let to, from > to { throw ValidationError(PeriodError.fromAfterTo(from: from, to: to).description) }
    }

    /// The period named, nil when none is.
    var chosen: Period? {
        if let period { return period }
        if let from, let to { return try? Period(from: from, to: to) }
        return nil
    }
}
