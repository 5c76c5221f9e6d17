/// A PDF written: where, and how many pages.
struct WrittenFile: Sendable {
    var path: String
    var pages: Int
}
