import Typesetting

/// Domain checks on laid-out pages; each returns a list of human-readable problems, empty
/// when the pages are right, so a failing test says what is wrong and where.
public enum PageChecks {
    /// The boxes of each column of each page, in reading order, with "page p column c" names.
    /// Spanning boxes belong to the column they sit above (column 0).
    static func containers(_ pages: [Page]) -> [(name: String, boxes: [PlacedBox])] {
        pages.enumerated().flatMap { index, page -> [(name: String, boxes: [PlacedBox])] in
            let columns = Set(page.placed.map(\.column)).sorted()
            return columns.map { column in
                ("page \(index + 1) column \(column + 1)", page.placed.filter { $0.column == column })
            }
        }
    }

    /// Paragraph lines left alone at a column foot (orphans) or a column head (widows).
    public static func widowsAndOrphans(_ pages: [Page], minimum: Int = 2) -> [String] {
        var problems: [String] = []
        for container in containers(pages) {
            guard let last = container.boxes.last, case .line(let id, let index, let count) = last.role else { continue }
            let linesHere = container.boxes.filter { if case .line(id, _, _) = $0.role { return true } else { return false } }.count
            if index < count - 1 {
                if linesHere < minimum { problems.append("\(container.name): orphan, \(linesHere) line(s) of paragraph \(id) at the foot") }
                if count - 1 - index < minimum {
                    problems.append("after \(container.name): widow, \(count - 1 - index) line(s) of paragraph \(id) at the head")
                }
            }
        }
        return problems
    }

    /// Headings that end a column or page, with their text continued elsewhere.
    public static func headingsAtFoot(_ pages: [Page]) -> [String] {
        let all = containers(pages)
        return all.enumerated().compactMap { index, container in
            guard index < all.count - 1, let last = container.boxes.last, last.role == .heading else { return nil }
            return "\(container.name) ends with a heading"
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
        pages.enumerated().flatMap { index, page -> [String] in
            let template = setup.template(forPage: index)
            let limit = template.size.height - template.margins.bottom
            return page.placed.compactMap { box in
                let bottom = box.y + box.height
                return bottom > limit + 0.01 ? "page \(index + 1) overflows by \(bottom - limit) pt" : nil
            }
        }
    }

    /// On the last page of a multi-column document, the difference in lines between the
    /// fullest and emptiest column of the last segment (below the last spanning box).
    public static func lastPageColumnImbalance(_ pages: [Page], lineHeight: Double) -> Double {
        guard let page = pages.last else { return 0 }
        let spanBottom = page.placed.filter(\.span).map { $0.y + $0.height }.max() ?? 0
        let below = page.placed.filter { !$0.span && $0.y >= spanBottom - 0.01 }
        let columns = Dictionary(grouping: below, by: \.column)
        guard columns.count > 1 else { return 0 }
        let bottoms = columns.values.map { boxes in boxes.map { $0.y + $0.height }.max()! }
        return (bottoms.max()! - bottoms.min()!) / lineHeight
    }
}
