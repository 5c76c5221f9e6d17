import ArgumentParser
import Documents
import Records

// Options are parsed into typed values when the command line is read: a bad value is a
// usage error (exit 2) listing the accepted ones, never a string force-unwrapped later.

extension BulletinOptions.Order: ExpressibleByArgument {}
extension CompilationOptions.Style: ExpressibleByArgument {}
extension CompilationOptions.Grouping: ExpressibleByArgument {}

/// `--impose`: how pages are set on sheets.
enum Imposition: String, ExpressibleByArgument, CaseIterable {
    /// Two pages a side, in booklet order, for saddle stitching.
    case saddle
}

extension CivilDate: ExpressibleByArgument {
    /// A date written YYYY-MM-DD.
    public init?(argument: String) { self.init(iso: argument) }
}

extension Length: ExpressibleByArgument {
    /// A length such as 3mm, 0.5cm or 9pt.
    public init?(argument: String) { self.init(parsing: argument) }
}
