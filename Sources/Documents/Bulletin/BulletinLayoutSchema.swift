extension LayoutSchema {
    /// What the bulletin builder reads (bản tin, one or two columns).
    public static let bulletin = LayoutSchema(
        product: "bulletin", regimes: ["any"],
        strings: Keys(always: ["default-section", "document-title", "generated-lead", "keywords", "masthead-line",
                               "masthead-line-no-issue", "masthead-title"]),
        styles: Keys(always: ["body", "byline", "caption", "headline", "kicker", "lead", "masthead-line",
                              "masthead-organization", "masthead-parent", "masthead-title", "timestamp"],
                     optional: ["page-number"]),   // named by page
        rules: Keys(always: ["masthead-rule"], optional: ["item-rule"]),
        spacing: Keys(always: ["caption-gap", "item-gap", "photo-space"]),
        fractions: Keys(always: ["photo-width"]),
        placeholders: [
            "masthead-line": ["issue", "date", "place", "date-line"], "masthead-line-no-issue": ["issue", "date", "place", "date-line"],
            "generated-lead": ["date", "long-date", "venue", "organization", "title", "start"],
            "document-title": ["organization", "issue", "date"],
        ])
}
