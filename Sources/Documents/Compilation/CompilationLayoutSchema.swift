extension LayoutSchema {
    /// What the compilation builder reads (the booklet's cover, contents, summary and index).
    public static let compilation = LayoutSchema(
        product: "compilation", regimes: ["any"],
        strings: Keys(always: [.contentsTitle, .coverPeriod, .coverTitleBulletin, .coverTitleMinutes,
                               .documentTitleBulletin, .documentTitleMinutes, .indexTitle, .keywords,
                               .summaryAttendance, .summaryByOrganization, .summaryBySection, .summaryMeetings,
                               .summaryRate, .summaryTitle, .summaryTotal]),
        styles: Keys(always: [.contentsEntry, .contentsSection, .contentsTitle, .coverDate, .coverOrganization,
                              .coverParent, .coverPeriod, .coverTitle, .indexEntry, .indexTitle, .sectionTitle,
                              .summaryTitle, .tableCell, .tableHeader, .tableNumber],
                     optional: [.pageNumber, .runningHead]),   // named by page
        rules: Keys(optional: [.runningHeadRule]),
        columns: [.summary: 4],
        spacing: Keys(always: [.coverGap, .meetingGap, .tableBorder, .tablePadding, .tableSpace]),
        placeholders: [
            "cover-title-minutes": ["period"], "cover-title-bulletin": ["period"], "cover-period": ["first", "last"],
            "document-title-minutes": ["period", "organization"], "document-title-bulletin": ["period", "organization"],
        ])
}
