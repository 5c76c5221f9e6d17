extension LayoutSchema {
    /// What the bulletin builder reads (bản tin, one or two columns).
    public static let bulletin = LayoutSchema(
        product: "bulletin", regimes: ["any"],
        strings: Keys(always: [.defaultSection, .documentTitle, .generatedLead, .keywords, .mastheadLine,
                               .mastheadLineNoIssue, .mastheadTitle]),
        styles: Keys(always: [.body, .byline, .caption, .headline, .kicker, .lead, .mastheadLine,
                              .mastheadOrganization, .mastheadParent, .mastheadTitle, .timestamp],
                     optional: [.pageNumber]),   // named by page
        rules: Keys(always: [.mastheadRule], optional: [.itemRule]),
        spacing: Keys(always: [.captionGap, .itemGap, .photoSpace]),
        fractions: Keys(always: [.photoWidth]),
        placeholders: [
            "masthead-line": ["issue", "date", "place", "date-line"], "masthead-line-no-issue": ["issue", "date", "place", "date-line"],
            "generated-lead": ["date", "long-date", "venue", "organization", "title", "start"],
            "document-title": ["organization", "issue", "date"],
        ])
}
