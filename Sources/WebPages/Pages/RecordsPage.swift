import Records

/// The records page: the workspace's meetings and reports grouped by half-year and, within
/// one, by organisation; a search box (the script filters the rows); each record's problem
/// count and links to edit it and to its PDF; buttons that start a new meeting record.
public enum RecordsPage {
    public static func render(_ entries: [RecordEntry], language: Language) -> String {
        func t(_ text: Localized) -> String { HTML.escape(text.text(in: language)) }
        let query = language == .en ? "?lang=en" : ""
        let join = language == .en ? "&" : "?"
        var main = """
        <h1>\(t(.recordsTitle))</h1>
        <div class="toolbar">
          <a class="button primary" id="new-party" href="/meetings/new?regime=party\(language == .en ? "&lang=en" : "")">\(t(.newPartyMeeting))</a>
          <a class="button" id="new-state" href="/meetings/new?regime=state\(language == .en ? "&lang=en" : "")">\(t(.newStateMeeting))</a>
          <label class="search"><span>\(t(.recordsSearch))</span>
            <input type="search" id="search" autocomplete="off"></label>
        </div>
        """
        if entries.isEmpty {
            return PageShell.render(page: .records, title: .recordsTitle, main: main + "\n<p class=\"empty\">\(t(.recordsNone))</p>",
                                    language: language, query: query)
        }
        main += "\n<p class=\"empty\" id=\"no-match\" hidden>\(t(.recordsNoMatch))</p>"
        // Newest period first; records without a date last.
        let periods = Dictionary(grouping: entries) { $0.halfYear ?? "" }
        for period in periods.keys.sorted(by: { ($0.isEmpty ? "0" : $0) > ($1.isEmpty ? "0" : $1) }) {
            main += "\n<section class=\"period\" data-period=\"\(HTML.escape(period))\">\n<h2>\(HTML.escape(periodName(period, language)))</h2>"
            let organisations = Dictionary(grouping: periods[period] ?? []) { $0.organization ?? "" }
            for organisation in VietnameseCollation.shared.sorted(Array(organisations.keys)) {
                let name = organisation.isEmpty ? Localized.noOrganization.text(in: language) : organisation
                main += """

                <section class="organization">
                <h3>\(HTML.escape(name))</h3>
                <table class="records">
                <thead><tr><th scope="col">\(t(.columnDate))</th><th scope="col">\(t(.columnTitle))</th><th scope="col">\(t(.columnKind))</th><th scope="col">\(t(.columnFile))</th><th scope="col">\(t(.columnProblems))</th><th scope="col"></th></tr></thead>
                <tbody>
                """
                let rows = (organisations[organisation] ?? []).sorted { ($0.date ?? "", $0.path) < ($1.date ?? "", $1.path) }
                for entry in rows {
                    main += "\n" + row(entry, language: language, query: query, join: join)
                }
                main += "\n</tbody>\n</table>\n</section>"
            }
            main += "\n</section>"
        }
        return PageShell.render(page: .records, title: .recordsTitle, main: main, language: language, query: query)
    }

    /// One record's row; `data-search` holds what the search box matches against.
    static func row(_ entry: RecordEntry, language: Language, query: String, join: String) -> String {
        let kind: Localized = entry.isReport ? .kindReport : .kindMeeting
        let problems = entry.problems == 0
            ? "<span class=\"ok\">\(HTML.escape(Localized.noProblem.text(in: language)))</span>"
            : "<span class=\"problems\">\(HTML.escape(Localized.problemCount(entry.problems).text(in: language)))</span>"
        let searchable = [entry.title, entry.date, entry.displayDate, entry.organization, entry.path]
            .compactMap { $0 }.joined(separator: " ")
        let link = "/edit/\(HTML.urlPath(entry.path))\(query)"
        let pdf = "/api/records/\(HTML.urlPath(entry.path))/pdf"
        return """
        <tr class="record" data-path="\(HTML.escape(entry.path))" data-search="\(HTML.escape(searchable))">\
        <td>\(HTML.escape(entry.displayDate))</td>\
        <td><a href="\(HTML.escape(link))">\(HTML.escape(entry.title ?? entry.path))</a></td>\
        <td>\(HTML.escape(kind.text(in: language)))</td>\
        <td><code>\(HTML.escape(entry.path))</code></td>\
        <td>\(problems)</td>\
        <td class="actions"><a href="\(HTML.escape(link))">\(HTML.escape(Localized.editRecord.text(in: language)))</a> \
        <a href="\(HTML.escape(pdf))" target="_blank" rel="noopener">\(HTML.escape(Localized.openPDF.text(in: language)))</a></td></tr>
        """
    }

    /// `6 tháng đầu năm 2023` for `2023-H1`.
    static func periodName(_ period: String, _ language: Language) -> String {
        guard period.count == 7 else { return Localized.noDate.text(in: language) }
        let year = String(period.prefix(4))
        return (period.hasSuffix("H1") ? Localized.firstHalf(year) : Localized.secondHalf(year)).text(in: language)
    }
}
