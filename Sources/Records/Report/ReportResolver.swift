/// Fills a report's placeholders with the figures of its period. A placeholder whose figure
/// has nothing behind it is an error at the text that holds it, never a printed zero.
public enum ReportResolver {
    /// The report with every placeholder replaced, or (report nil) one diagnostic per text
    /// that names a figure without records behind it.
    public static func resolve(_ report: Report, figures: ReportFigures) -> (report: Report?, diagnostics: [Diagnostic]) {
        var problems: [Diagnostic] = []
        let resolved = report.mappingFillableTexts { path, text in
            guard case .success(let pieces) = ReportPlaceholders.parse(text) else { return text }
            var out = ""
            for piece in pieces {
                switch piece {
                case .text(let literal): out += literal
                case .placeholder(let name):
                    switch figures.value(name) {
                    case .success(let value): out += value
                    case .failure(let missing):
                        problems.append(Diagnostic(location: report.nearestLocation(of: path), field: path,
                                                   message: .noRecordsBehind(name, missing.message)))
                    }
                }
            }
            return out
        }
        // A table of meetings with no meeting behind it is the same error.
        for path in report.meetingsTablePaths where figures.rows.isEmpty {
            let inPeriod = figures.period.map { Localized.inPeriod("\($0)") } ?? .verbatim("")
            problems.append(Diagnostic(location: report.nearestLocation(of: path), field: path,
                                       message: .meetingsTableWithoutRecords(inPeriod)))
        }
        return problems.isEmpty ? (resolved, []) : (nil, problems.sortedByLocation())
    }
}

extension Report {
    /// The texts placeholders may stand in: title, summary, headings, paragraphs and table
    /// cells (not names, recipients or the header, which are the record's own facts).
    public var fillableTexts: [(path: String, text: String)] {
        var out: [(String, String)] = []
        _ = mappingFillableTexts { path, text in out.append((path, text)); return text }
        return out
    }

    /// Where the record asks for the generated table of meetings.
    var meetingsTablePaths: [String] {
        func paths(_ items: [ReportContent]) -> [String] {
            items.compactMap { if case .meetingsTable(let path) = $0 { return path } else { return nil } }
        }
        func walk(_ part: ReportPart) -> [String] { paths(part.content) + part.parts.flatMap(walk) }
        return paths(opening) + parts.flatMap(walk) + paths(closing)
    }

    /// The report with `transform` applied to each fillable text, in record order.
    func mappingFillableTexts(_ transform: (String, String) -> String) -> Report {
        var report = self
        if let title { report.title = transform("title", title) }
        report.summary = transform("summary", summary)
        func content(_ items: [ReportContent]) -> [ReportContent] {
            items.map { item in
                switch item {
                case .paragraph(let text, let path): return .paragraph(transform(path, text), path: path)
                case .table(var table):
                    table.header = table.header.enumerated().map { transform("\(table.path).header[\($0)]", $1) }
                    table.rows = table.rows.enumerated().map { r, row in
                        row.enumerated().map { transform("\(table.path).rows[\(r)][\($0)]", $1) }
                    }
                    return .table(table)
                case .meetingsTable: return item
                }
            }
        }
        func part(_ p: ReportPart) -> ReportPart {
            var p = p
            p.heading = transform(p.path + "." + p.level.key, p.heading)
            p.content = content(p.content)
            p.parts = p.parts.map(part)
            return p
        }
        report.opening = content(opening)
        report.parts = parts.map(part)
        report.closing = content(closing)
        return report
    }
}
