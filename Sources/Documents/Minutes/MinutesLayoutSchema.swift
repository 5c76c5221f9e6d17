extension LayoutSchema {
    /// What the minutes builder reads (biên bản, Party and state).
    public static let minutes = LayoutSchema(
        product: "minutes", regimes: ["party", "state"],
        extraTopLevel: ["pad-counts", "keep-together-rows", "sections"],
        strings: Keys(
            always: ["absent-with-reason", "absent-without-reason", "absentee", "absentee-with-reason", "absentees",
                     "archive", "chair-label", "closing", "closing-no-time", "closing-other-day", "document-title", "guest",
                     "keywords", "motto", "number", "number-blank", "recipient", "recipients-label", "secretary-label",
                     "title", "votes-against", "votes-base", "votes-base-label", "votes-for", "votes-motion", "votes-other"],
            byRegime: ["party": ["organization-mark"], "state": ["nation"]],
            optional: ["summary-mark"]),
        styles: Keys(
            always: ["body", "closing", "header-number", "header-organization", "header-parent", "heading", "motto",
                     "recipients-item", "recipients-label", "signature-label", "signature-name", "summary",
                     "table-cell", "table-header", "table-number", "title"],
            byRegime: ["party": ["date-line", "header-mark"], "state": ["nation"]],
            optional: ["summary-mark", "page-number"]),   // page-number: named by page
        rules: Keys(always: ["motto-rule"], byRegime: ["state": ["organization-rule"]], optional: ["summary-rule"]),
        columns: ["header": 2, "signature": 2, "votes": 4],
        spacing: Keys(always: ["recipients-before", "signature-before", "signature-space", "table-border", "table-padding",
                               "table-space"]),
        stylesForStrings: ["summary-mark": "summary-mark"],
        placeholders: [
            "document-title": MinutesValues.names, "number": MinutesValues.names, "closing": MinutesValues.names,
            "closing-no-time": MinutesValues.names, "closing-other-day": MinutesValues.names,
            "recipient": ["recipient"], "absentee-with-reason": ["name", "reason"], "absentee": ["name"],
            "absent-with-reason": ["count", "names"], "absent-without-reason": ["count", "names"],
            "absentees": ["list"], "guest": ["guest"], "votes-base": ["base", "label"],
        ],
        sectionPlaceholders: ["line": MinutesValues.names, "heading": MinutesValues.names, "speeches": ["speaker", "text"]],
        sectionKinds: ["line", "heading", "proceedings", "speeches", "conclusion", "votes"],
        sectionParts: MinutesValues.parts,
        sectionKindsWithText: ["line", "heading", "speeches"])
}
