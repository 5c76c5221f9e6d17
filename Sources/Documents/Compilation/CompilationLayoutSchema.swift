extension LayoutSchema {
    /// What the compilation builder reads (the booklet's cover, contents, summary and index).
    public static let compilation = LayoutSchema(
        product: "compilation", regimes: ["any"],
        strings: Keys(always: ["contents-title", "cover-period", "cover-title-bulletin", "cover-title-minutes",
                               "document-title-bulletin", "document-title-minutes", "index-title", "keywords",
                               "summary-attendance", "summary-by-organization", "summary-by-section", "summary-meetings",
                               "summary-rate", "summary-title", "summary-total"]),
        styles: Keys(always: ["contents-entry", "contents-section", "contents-title", "cover-date", "cover-organization",
                              "cover-parent", "cover-period", "cover-title", "index-entry", "index-title", "section-title",
                              "summary-title", "table-cell", "table-header", "table-number"],
                     optional: ["page-number", "running-head"]),   // named by page
        rules: Keys(optional: ["running-head-rule"]),
        columns: ["summary": 4],
        spacing: Keys(always: ["cover-gap", "meeting-gap", "table-border", "table-padding", "table-space"]),
        placeholders: [
            "cover-title-minutes": ["period"], "cover-title-bulletin": ["period"], "cover-period": ["first", "last"],
            "document-title-minutes": ["period", "organization"], "document-title-bulletin": ["period", "organization"],
        ])
}
