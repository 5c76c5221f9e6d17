import Typesetting

/// Checks that pages are filled (issue 11, "Pages are filled"): holes, and lines that
/// introduce what follows left at a page foot.
public enum PageFillChecks {
    /// How much of page `index`'s text area is left empty below its lowest box (0…1).
    public static func emptyFraction(_ pages: [Page], _ index: Int, setup: PageSetup) -> Double {
        let template = setup.template(forPage: index)
        let top = template.margins.top, bottom = template.size.height - template.margins.bottom
        let foot = pages[index].placed.map { $0.y + $0.height }.max() ?? top
        return max(0, bottom - foot) / (bottom - top)
    }

    /// Pages but the last more than `limit` empty, each named with its emptiness, split into
    /// `problems` and `excused`: a page followed by one that starts the signature block (the
    /// signature with the last lines of the body could not fit; with `keptAboveSignature`, only
    /// when at most that many boxes stand above the signature there), and a page the next
    /// page starts deliberately (`startsNewPage` of the next page's index).
    public static func holes(_ pages: [Page], setup: PageSetup, limit: Double = 0.30, keptAboveSignature: Int = .max,
                             startsNewPage: (Int) -> Bool = { _ in false }) -> (problems: [String], excused: [String]) {
        var problems: [String] = [], excused: [String] = []
        for index in pages.indices.dropLast() {
            let empty = emptyFraction(pages, index, setup: setup)
            guard empty > limit else { continue }
            let name = "page \(index + 1) is \(Int((empty * 100).rounded()))% empty"
            let next = pages[index + 1].placed
            let signatureNext = next.firstIndex { $0.role == .block("signature") }.map { $0 <= keptAboveSignature } ?? false
            if signatureNext || startsNewPage(index + 1) { excused.append(name) } else { problems.append(name) }
        }
        return (problems, excused)
    }

    /// Pages but the last whose lowest line of text (in the text area, so not a page number)
    /// ends in ":", left apart from what it introduces.
    public static func introductionsAtFoot(_ pages: [Page], setup: PageSetup) -> [String] {
        pages.indices.dropLast().compactMap { index in
            let template = setup.template(forPage: index)
            let bottom = template.size.height - template.margins.bottom, top = template.margins.top
            let runs = pages[index].elements.compactMap { element -> GlyphRun? in
                guard case .text(let run) = element, run.origin.y > top, run.origin.y <= bottom else { return nil }
                return run
            }
            guard let lowest = runs.map(\.origin.y).max() else { return nil }
            let line = runs.filter { abs($0.origin.y - lowest) < 0.5 }.sorted { $0.origin.x < $1.origin.x }
                .map(\.text).joined().trimmingWhitespace
            return line.hasSuffix(":") ? "page \(index + 1) ends with \"\(line)\"" : nil
        }
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
