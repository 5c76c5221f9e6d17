/// The exit statuses of the command line.
enum ExitStatus: Int32, Comparable {
    case done = 0, badInput = 1, usage = 2, systemFailure = 3

    /// How bad: a system failure outranks bad input.
    static func < (a: ExitStatus, b: ExitStatus) -> Bool { a.rawValue < b.rawValue }
}
