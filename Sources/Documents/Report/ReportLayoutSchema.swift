extension LayoutSchema {
    /// What the report builder reads (báo cáo, Party and state, draft and final).
    public static let report = LayoutSchema(
        product: "report", regimes: ["party", "state"],
        extraTopLevel: ["pad-counts", "keep-together-rows", "signature-keeps-lines", "allows-seal"],
        strings: Keys(
            always: [.addresseesLabel, .archive, .archiveGiven, .dateLineBlank, .documentTitle, .draftMark,
                     .draftMarkFirst, .keywords, .meetingsAttendance, .meetingsDate, .meetingsNumber,
                     .meetingsRate, .meetingsTitle, .meetingsTitleOf, .meetingsTotal, .motto, .number,
                     .numberBlank, .partHeading, .pointHeading, .recipient, .recipientsLabel, .sectionHeading,
                     .title, .watermark],
            byRegime: ["party": [.organizationMark], "state": [.nation]],
            optional: [.summaryMark, .bodyEnd]),
        styles: Keys(
            always: [.addressees, .addresseesLabel, .body, .bullet, .dateLine, .draftMark, .headerNumber,
                     .headerOrganization, .headerParent, .motto, .partHeading, .pointHeading, .recipientsItem,
                     .recipientsLabel, .sectionHeading, .signatureLabel, .signatureName, .subBullet, .summary,
                     .tableCell, .tableHeader, .tableNumber, .title],
            byRegime: ["party": [.headerMark], "state": [.nation]],
            optional: [.summaryMark, .pageNumber, .watermark]),   // the last two: named by page
        rules: Keys(always: [.mottoRule], byRegime: ["state": [.organizationRule]], optional: [.summaryRule]),
        columns: [.addressees: 3, .header: 2, .meetings: 5, .signature: 2],
        spacing: Keys(always: [.addresseesBefore, .draftMarkAfter, .draftMarkBorder, .draftMarkPadding,
                               .signatureBefore, .signatureSpace, .tableBorder, .tablePadding, .tableSpace]),
        fractions: Keys(always: [.signatureImageWidth], byRegime: ["state": [.sealOverlap]], optional: [.sealOverlap]),
        requiredPage: ["watermark"],
        stylesForStrings: ["summary-mark": "summary-mark"],
        placeholders: [
            "document-title": ["summary"], "draft-mark": ["round"], "number": ["number", "code"], "date-line-blank": ["place", "year"],
            "part-heading": ["number", "title"], "section-heading": ["number", "title"], "point-heading": ["letter", "title"],
            "meetings-title-of": ["title", "organization"], "recipient": ["recipient"], "archive-given": ["archive"],
        ])
}
