import Records

/// The products page: a bulletin of the meetings ticked, the booklet of a period, a report
/// (draft or final); each form makes the PDF through the API and downloads it.
public enum ProductsPage {
    public static func render(_ entries: [RecordEntry], language: Language) -> String {
        func t(_ text: Localized) -> String { HTML.escape(text.text(in: language)) }
        let meetings = entries.filter { !$0.isReport }.sorted { ($0.date ?? "", $0.path) > ($1.date ?? "", $1.path) }
        let reports = entries.filter(\.isReport).sorted { $0.path < $1.path }
        let checkboxes = meetings.map { entry in
            """
            <li><label><input type="checkbox" name="records" value="\(HTML.escape(entry.path))"\(entry.problems > 0 ? " disabled" : "")> \
            \(HTML.escape(entry.displayDate)) · \(HTML.escape(entry.title ?? entry.path)) <small>\(HTML.escape(entry.organization ?? ""))</small>\
            \(entry.problems > 0 ? " <span class=\"problems\">\(HTML.escape(Localized.problemCount(entry.problems).text(in: language)))</span>" : "")</label></li>
            """
        }.joined(separator: "\n")
        let periodOptions = periods(of: meetings).map { "<option value=\"\(HTML.escape($0.value))\">\(HTML.escape($0.label))</option>" }.joined()
        let reportOptions = reports.map { "<option value=\"\(HTML.escape($0.path))\">\(HTML.escape($0.title ?? $0.path)) (\(HTML.escape($0.path)))</option>" }.joined()
        let main = """
        <h1>\(t(.productsTitle))</h1>
        <form class="product" id="bulletin-form" data-endpoint="/api/bulletin" data-file="ban-tin.pdf">
        <h2>\(t(.bulletinHeading))</h2>
        <p class="help">\(t(.bulletinHelp))</p>
        <label class="inline"><input type="checkbox" class="select-all"> \(t(.selectAll))</label>
        <ul class="choices">\(checkboxes)</ul>
        <div class="row">
        <label><span class="label">\(t(.bulletinIssue))</span><input type="text" name="issue" inputmode="numeric" data-type="number"></label>
        <label><span class="label">\(t(.bulletinDate))</span><input type="text" name="date" placeholder="2024-03-15"></label>
        <label><span class="label">\(t(.bulletinPublisher))</span><input type="text" name="publisher"></label>
        </div>
        <button type="submit" class="primary">\(t(.makePDF))</button> <span class="status" role="status" aria-live="polite"></span>
        </form>
        <form class="product" id="compile-form" data-endpoint="/api/compile" data-file="tap-bien-ban.pdf">
        <h2>\(t(.bookletHeading))</h2>
        <div class="row">
        <label><span class="label">\(t(.bookletPeriod))</span><select name="period">\(periodOptions)</select></label>
        <label><span class="label">\(t(.bookletStyle))</span><select name="style"><option value="minutes">\(t(.bookletStyleMinutes))</option><option value="bulletin">\(t(.bookletStyleBulletin))</option></select></label>
        <label><span class="label">\(t(.bookletGroup))</span><select name="group-by"><option value="month">\(t(.bookletGroupMonth))</option><option value="organization">\(t(.bookletGroupOrganization))</option></select></label>
        </div>
        <button type="submit" class="primary">\(t(.makePDF))</button> <span class="status" role="status" aria-live="polite"></span>
        </form>
        <form class="product" id="report-form" data-endpoint="/api/report" data-file="bao-cao.pdf" data-all-records>
        <h2>\(t(.reportHeading))</h2>
        \(reports.isEmpty ? "<p class=\"empty\">\(t(.reportNone))</p>" : "")
        <div class="row">
        <label><span class="label">\(t(.reportRecord))</span><select name="report">\(reportOptions)</select></label>
        <label><span class="label">\(t(.reportPeriod))</span><select name="period"><option value=""></option>\(periodOptions)</select></label>
        <label class="inline"><input type="checkbox" name="watermark" value="true"> \(t(.reportWatermark))</label>
        </div>
        <button type="submit" class="primary"\(reports.isEmpty ? " disabled" : "")>\(t(.makePDF))</button> <span class="status" role="status" aria-live="polite"></span>
        </form>
        <ul class="diags" id="general-diags"></ul>
        """
        return PageShell.render(page: .products, title: .productsTitle, main: main, language: language,
                                query: language == .en ? "?lang=en" : "")

        /// The periods the meetings fall in, newest first: each year, its halves and quarters.
        func periods(of meetings: [RecordEntry]) -> [(value: String, label: String)] {
            var found = Set<String>()
            for entry in meetings {
                guard let date = entry.date, date.count >= 7, let month = Int(date.dropFirst(5).prefix(2)), (1...12).contains(month) else { continue }
                let year = String(date.prefix(4))
                found.formUnion([year, "\(year)-H\(month <= 6 ? 1 : 2)", "\(year)-Q\((month - 1) / 3 + 1)"])
            }
            // Newest year first; in a year the whole year, its halves, then its quarters.
            let rank = ["": 0, "-H1": 1, "-H2": 2, "-Q1": 3, "-Q2": 4, "-Q3": 5, "-Q4": 6]
            return found.sorted { ($1.prefix(4), rank[String($0.dropFirst(4))] ?? 9) < ($0.prefix(4), rank[String($1.dropFirst(4))] ?? 9) }
                .map { value in
                    let year = String(value.prefix(4))
                    let words: Localized
                    switch value.dropFirst(4) {
                    case "-H1": words = .firstHalf(year)
                    case "-H2": words = .secondHalf(year)
                    case "": words = .wholeYear(year)
                    default: words = .quarter(["I", "II", "III", "IV"][(Int(value.suffix(1)) ?? 1) - 1], year)
                    }
                    return (value, "\(value) — \(words.text(in: language))")
                }
        }
    }
}
