extension LayoutSchema {
    /// What the minutes builder reads (biên bản, Party and state).
    public static let minutes = LayoutSchema(
        product: "minutes", regimes: ["party", "state"],
        extraTopLevel: ["pad-counts", "keep-together-rows", "sections", "signature-labels-fixed"],
        strings: Keys(
            always: [.absentWithReason, .absentWithoutReason, .absentee, .absenteeWithReason, .absentees,
                     .archive, .chairLabel, .closing, .closingNoTime, .closingOtherDay, .documentTitle, .guest,
                     .keywords, .motto, .number, .numberBlank, .recipient, .recipientsLabel, .secretaryLabel,
                     .title, .votesAgainst, .votesBase, .votesBaseLabel, .votesFor, .votesMotion, .votesOther],
            byRegime: ["party": [.organizationMark], "state": [.nation]],
            optional: [.archiveGiven, .summaryMark, .agendaItem, .agendaLastItem, .speaker, .speakerWithRole,
                       .meetingConference, .meetingMeeting, .meetingCellMeeting, .meetingWorkshop]),
        styles: Keys(
            always: [.body, .closing, .headerNumber, .headerOrganization, .headerParent, .heading, .motto,
                     .recipientsItem, .recipientsLabel, .signatureLabel, .signatureName, .summary,
                     .tableCell, .tableHeader, .tableNumber, .title],
            byRegime: ["party": [.dateLine, .headerMark], "state": [.nation]],
            optional: [.summaryMark, .pageNumber]),   // page-number: named by page
        rules: Keys(always: [.mottoRule], byRegime: ["state": [.organizationRule]], optional: [.summaryRule]),
        columns: [.header: 2, .signature: 2, .votes: 4],
        spacing: Keys(always: [.recipientsBefore, .signatureBefore, .signatureSpace, .tableBorder, .tablePadding,
                               .tableSpace]),
        stylesForStrings: ["summary-mark": "summary-mark"],
        placeholders: [
            "document-title": MinutesValues.names, "number": MinutesValues.names, "closing": MinutesValues.names,
            "closing-no-time": MinutesValues.names, "closing-other-day": MinutesValues.names,
            "recipient": ["recipient"], "archive-given": ["archive"],
            "absentee-with-reason": ["name", "addressed", "reason"], "absentee": ["name", "addressed"],
            "absent-with-reason": ["count", "listed-count", "names"], "absent-without-reason": ["count", "listed-count", "names"],
            "absentees": ["list"], "guest": ["guest", "guest-addressed"], "votes-base": ["base", "label"],
            "agenda-item": ["item"], "agenda-last-item": ["item"],
            "speaker": ["name", "addressed"], "speaker-with-role": ["name", "addressed", "role"],
            "meeting-conference": [], "meeting-meeting": [], "meeting-cell-meeting": [], "meeting-workshop": [],
        ],
        sectionPlaceholders: ["line": MinutesValues.names, "heading": MinutesValues.names,
                              "speeches": ["speaker", "introduction", "text"], "agenda": MinutesValues.names],
        sectionKinds: ["line", "heading", "agenda", "proceedings", "speeches", "conclusion", "votes"],
        sectionParts: MinutesValues.parts,
        sectionKindsWithText: ["line", "heading", "speeches", "agenda"])
}
