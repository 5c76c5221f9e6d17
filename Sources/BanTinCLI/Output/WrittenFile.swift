/// A PDF written: where, and how many pages.
struct WrittenFile: Sendable {
    var path: String
    var pages: Int
    /// Texts wider than their column, which had to be broken inside (warned about).
    var overlong: [String] = []
}
