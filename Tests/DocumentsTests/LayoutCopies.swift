import Documents
import Foundation
import Testing
import TestSupport

/// A shipped layout copied with some text replaced, as a user edits one, and what loading it says.
struct LayoutCopy {
    let text: String
    let folder = Fixtures.temporaryFolder()
    var path: String { folder + "/layout.yaml" }

    /// `Layouts/NAME.yaml` with each `(old, new)` replaced once (the old text must be there).
    init(_ name: String, _ edits: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) throws {
        var text = try String(contentsOfFile: Fixtures.path("Layouts/\(name).yaml"), encoding: .utf8)
        for (old, new) in edits {
            let range = try #require(text.range(of: old), "'\(old)' is not in \(name).yaml", sourceLocation: sourceLocation)
            text.replaceSubrange(range, with: new)
        }
        self.text = text
        try text.write(toFile: folder + "/layout.yaml", atomically: true, encoding: .utf8)
    }

    /// `line:column` of the first `needle` in the copy (1-based, columns in characters).
    func at(_ needle: String, plus offset: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return "\(index + 1):\(line.distance(from: line.startIndex, to: range.lowerBound) + 1 + offset)"
            }
        }
        Issue.record("'\(needle)' is not in the copy", sourceLocation: sourceLocation)
        return "?"
    }

    /// The message lines loading the copy gives, with its folder left out (`layout.yaml:…`);
    /// empty when it loads.
    func problems() -> [String] {
        do {
            _ = try Layout.load(path: path)
            return []
        } catch {
            return error.description.replacingOccurrences(of: folder + "/", with: "").split(separator: "\n").map(String.init)
        }
    }
}
