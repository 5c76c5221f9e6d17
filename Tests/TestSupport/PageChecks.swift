import Typesetting

/// Domain checks on laid-out pages; each returns a list of human-readable problems, empty
/// when the pages are right, so a failing test says what is wrong and where.
public enum PageChecks {
    /// Paragraph lines left alone at a page foot (orphans) or a page head (widows).
    public static func widowsAndOrphans(_ pages: [Page], minimum: Int = 2) -> [String] {
        var problems: [String] = []
        for (pageIndex, page) in pages.enumerated() {
            guard let last = page.placed.last, case .line(let id, let index, let count) = last.role else { continue }
            let linesHere = page.placed.filter { if case .line(id, _, _) = $0.role { return true } else { return false } }.count
            if index < count - 1 {
                if linesHere < minimum { problems.append("page \(pageIndex + 1): orphan, \(linesHere) line(s) of paragraph \(id) at the foot") }
                if count - 1 - index < minimum {
                    problems.append("page \(pageIndex + 2): widow, \(count - 1 - index) line(s) of paragraph \(id) at the head")
                }
            }
        }
        return problems
    }

    /// Headings that end a page, with their text nowhere continued on it.
    public static func headingsAtFoot(_ pages: [Page]) -> [String] {
        pages.enumerated().compactMap { index, page in
            guard index < pages.count - 1, let last = page.placed.last, last.role == .heading else { return nil }
            return "page \(index + 1) ends with a heading"
        }
    }

    /// Pages whose text area holds only boxes of `role` (e.g. a signature block alone).
    public static func pagesWithOnly(_ role: String, _ pages: [Page]) -> [String] {
        pages.enumerated().compactMap { index, page in
            let roles = page.placed.map(\.role)
            guard !roles.isEmpty, roles.allSatisfy({ $0 == .block(role) || $0 == .block("recipients") }) else { return nil }
            return "page \(index + 1) holds only \(role)"
        }
    }

    /// Boxes that run past the bottom of the text area.
    public static func overflow(_ pages: [Page], setup: PageSetup) -> [String] {
        pages.enumerated().compactMap { index, page in
            let template = setup.template(forPage: index)
            guard let last = page.placed.last else { return nil }
            let bottom = last.y + last.height
            let limit = template.size.height - template.margins.bottom
            return bottom > limit + 0.01 ? "page \(index + 1) overflows by \(bottom - limit) pt" : nil
        }
    }
}
