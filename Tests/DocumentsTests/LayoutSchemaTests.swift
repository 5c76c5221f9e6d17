import Documents
import Foundation
import Testing
import TestSupport
import Typesetting

/// A layout is checked against its product's schema when it is loaded: every mistake in a
/// user's copy is an error at its own line and column, before any record is read.
@Suite(.englishMessages) struct LayoutSchemaTests {
    @Test(arguments: ["party-minutes", "state-minutes", "bulletin", "bulletin-two-columns", "compilation",
                      "party-report", "state-report"])
    func everyShippedLayoutLoads(name: String) throws {
        let layout = try Layout.load(path: Fixtures.path("Layouts/\(name).yaml"))
        // Every style the product reads is there, so the sheet resolves them all.
        _ = try StyleSheet(layout: layout, fonts: Fixtures.fonts, words: Fixtures.words)
    }

    @Test func aBulletinCopyWithMisspeltKeysAtSeveralDepths() throws {
        let copy = try LayoutCopy("bulletin", [
            ("  masthead-title: BẢN TIN", "  mastehad-title: BẢN TIN"),
            ("  lead:  ", "  laed:  "),
            ("italic: true, align: right", "italic: true, algin: right"),
            ("  margins: {", "  margin: {"),
        ])
        #expect(copy.problems() == [
            "layout.yaml:\(copy.at("margin:")): error: page.margin: unknown key; did you mean 'margins'?",
            "layout.yaml:\(copy.at("laed:")): error: styles.laed: unknown key; did you mean 'lead'?",
            "layout.yaml:\(copy.at("algin")): error: styles.byline.algin: unknown key; did you mean 'align'?",
            "layout.yaml:\(copy.at("mastehad-title")): error: strings.mastehad-title: unknown key; did you mean 'masthead-title'?",
        ])
    }

    @Test func aCompilationCopyWithMisspeltKeysAtSeveralDepths() throws {
        let copy = try LayoutCopy("compilation", [
            ("  contents-title: MỤC LỤC", "  contents-titel: MỤC LỤC"),
            ("  index-entry:        { size: 13,", "  index-entry:        { sise: 13,"),
            ("running-head: { style: running-head,", "running-head: { stlye: running-head,"),
            ("keywords:", "keyword:"),
        ])
        #expect(copy.problems() == [
            "layout.yaml:\(copy.at("stlye")): error: page.running-head.stlye: unknown key; did you mean 'style'?",
            "layout.yaml:\(copy.at("sise")): error: styles.index-entry.sise: unknown key; did you mean 'size'?",
            "layout.yaml:\(copy.at("contents-titel")): error: strings.contents-titel: unknown key; did you mean 'contents-title'?",
            "layout.yaml:\(copy.at("keyword:")): error: strings.keyword: unknown key; did you mean 'keywords'?",
        ])
    }

    @Test func aMissingStringIsNamedAtItsMap() throws {
        let copy = try LayoutCopy("bulletin", [("  keywords: \"bản tin; phông chữ Liberation Serif thay cho Times New Roman\"\n", "")])
        #expect(copy.problems() == ["layout.yaml:\(copy.at("strings:")): error: strings.keywords: missing; add `keywords:` under strings"])
    }

    @Test func aMissingStyleIsNamedAtItsMap() throws {
        let copy = try LayoutCopy("compilation", [("  index-entry:        { size: 13, align: left, leading: 1.3em }\n", "")])
        #expect(copy.problems() == ["layout.yaml:\(copy.at("styles:")): error: styles.index-entry: missing; add `index-entry:` under styles"])
    }

    @Test func aSectionNamingAStyleThatDoesNotExist() throws {
        let copy = try LayoutCopy("state-minutes", [("text: \"Nội dung {meeting}:\", style: heading }",
                                                     "text: \"Nội dung {meeting}:\", style: heading-two }")])
        #expect(copy.problems() == [
            "layout.yaml:\(copy.at("heading-two")): error: sections[7].style: no style named 'heading-two' under styles; did you mean 'heading'? or add it under styles",
        ])
    }

    @Test func aLayoutForAnotherProductIsRefusedAtItsProductLine() throws {
        let bulletin = try Layout.load(path: Fixtures.path("Layouts/bulletin.yaml"))
        #expect(throws: LayoutError(file: Fixtures.path("Layouts/bulletin.yaml"), position: LayoutPosition(line: 4, column: 10),
                                    path: "product", message: "this layout is for bulletin, not minutes; give a minutes layout (see Layouts/)")) {
            try MinutesBuilder(layout: bulletin, fonts: Fixtures.fonts, words: Fixtures.words)
        }
    }

    @Test func aFontFamilyNotInTheFontFolderIsAnErrorAtItsLine() throws {
        let copy = try LayoutCopy("party-minutes", [("  serif: Liberation Serif", "  serif: Liberation Serf")])
        let layout = try Layout.load(path: copy.path)
        let message = "no font family 'Liberation Serf' in the font folder; did you mean 'Liberation Serif'? (the folder has Liberation Sans, Liberation Serif)"
        // At the family's own line, wherever the layout's comments put it.
        let place = copy.at("Liberation Serf").split(separator: ":").compactMap { Int($0) }
        #expect(place.count == 2 && place[1] == 10)
        #expect(throws: LayoutError(file: copy.path, position: LayoutPosition(line: place[0], column: place[1]), path: "fonts.serif", message: message)) {
            try MinutesBuilder(layout: layout, fonts: Fixtures.fonts, words: Fixtures.words)
        }
    }

    @Test func aYAMLSyntaxErrorIsReportedAtItsPlace() throws {
        let copy = try LayoutCopy("bulletin", [("  item-gap: 8pt", "  item-gap: [8pt")])
        let lines = copy.problems()
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.wholeMatch(of: /layout\.yaml:\d+:\d+: error: not valid YAML \(.+\); check the indentation and put texts with ': ', ' #' or quotes inside them in double quotes/) != nil, "\(lines)")
    }

    @Test func aMisspeltPlaceholderIsFoundWhenLoadingNotWhenAMeetingEndsAnotherDay() throws {
        let copy = try LayoutCopy("party-minutes", [("kết thúc vào lúc {end}, {end-date}.", "kết thúc vào lúc {end}, {end-dat}.")])
        #expect(copy.problems() == [
            "layout.yaml:\(copy.at("\"{meeting} kết thúc vào lúc {end}, {end-dat}")): error: strings.closing-other-day: unknown placeholder {end-dat}; did you mean {end-date}? (this text may use {absent}, {absentees}, {agenda}, {chair}, {chair-addressed}, {code}, {date}, {date-line}, {end}, {end-date}, {guests}, {meeting}, {members}, {number}, {organization}, {place}, {present}, {secretary}, {secretary-addressed}, {start}, {title}, {venue})",
        ])
    }

    @Test func aMisspeltPlaceholderInABulletinLead() throws {
        let copy = try LayoutCopy("bulletin", [("{organization} đã tổ chức", "{organisation} đã tổ chức")])
        #expect(copy.problems() == [
            "layout.yaml:\(copy.at("\"Ngày {date}")): error: strings.generated-lead: unknown placeholder {organisation}; did you mean {organization}? (this text may use {date}, {long-date}, {organization}, {start}, {title}, {venue})",
        ])
    }

    @Test func aFileThatIsNotUTF8IsSaidSo() throws {
        let path = Fixtures.temporaryFolder() + "/layout.yaml"
        try Data([0x70, 0x3A, 0x20, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(throws: LayoutError(file: path, path: "", message: "the file is not UTF-8 text; save it as UTF-8")) {
            try Layout.load(path: path)
        }
    }
}
