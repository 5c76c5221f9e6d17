extension LayoutSchema {
    /// What the report builder reads (báo cáo, Party and state, draft and final).
    public static let report = LayoutSchema(
        product: "report", regimes: ["party", "state"],
        extraTopLevel: ["pad-counts", "keep-together-rows", "signature-keeps-lines"],
        strings: Keys(
            always: ["addressees-label", "archive", "archive-given", "date-line-blank", "document-title", "draft-mark",
                     "draft-mark-first", "keywords", "meetings-attendance", "meetings-date", "meetings-number",
                     "meetings-rate", "meetings-title", "meetings-title-of", "meetings-total", "motto", "number",
                     "number-blank", "part-heading", "point-heading", "recipient", "recipients-label", "section-heading",
                     "title", "watermark"],
            byRegime: ["party": ["organization-mark"], "state": ["nation"]],
            optional: ["summary-mark"]),
        styles: Keys(
            always: ["addressees", "addressees-label", "body", "bullet", "date-line", "draft-mark", "header-number",
                     "header-organization", "header-parent", "motto", "part-heading", "point-heading", "recipients-item",
                     "recipients-label", "section-heading", "signature-label", "signature-name", "sub-bullet", "summary",
                     "table-cell", "table-header", "table-number", "title"],
            byRegime: ["party": ["header-mark"], "state": ["nation"]],
            optional: ["summary-mark", "page-number", "watermark"]),   // the last two: named by page
        rules: Keys(always: ["motto-rule"], byRegime: ["state": ["organization-rule"]], optional: ["summary-rule"]),
        columns: ["addressees": 3, "header": 2, "meetings": 5, "signature": 2],
        spacing: Keys(always: ["addressees-before", "draft-mark-after", "draft-mark-border", "draft-mark-padding",
                               "signature-before", "signature-space", "table-border", "table-padding", "table-space"]),
        fractions: Keys(always: ["signature-image-width"]),
        requiredPage: ["watermark"],
        stylesForStrings: ["summary-mark": "summary-mark"],
        placeholders: [
            "document-title": ["summary"], "draft-mark": ["round"], "number": ["number", "code"], "date-line-blank": ["place", "year"],
            "part-heading": ["number", "title"], "section-heading": ["number", "title"], "point-heading": ["letter", "title"],
            "meetings-title-of": ["title", "organization"], "recipient": ["recipient"], "archive-given": ["archive"],
        ])
}
