/// Where a PDF goes: its path and, for `minutes`, the `-o` folder it must stay inside.
struct OutputTarget: Sendable {
    var path: String
    var root: String? = nil
}
