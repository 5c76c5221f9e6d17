import Documents
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// Issue 11, must-hold 5, as a reader sees it on the page: the header's rules are as long as
/// the text above them, a long place name widens the date's column instead of wrapping the
/// date line, and Nơi nhận stands on the authority line's baseline. All of it is measured as
/// the document is laid out, in the document's own measure.
@Suite(.englishMessages) struct MeasuredHeaderTests {
    let mm = millimetres(1)

    /// The rule drawn just under `line` (within 8 pt of its baseline) on `page`.
    func rule(under line: TraceLine, page: Int, in probe: DocumentProbe) throws -> RuleElement {
        try #require(probe.rules(page: page).first { $0.from.y > line.y && $0.from.y < line.y + 8 && $0.from.x < line.maxX && $0.to.x > line.minX },
                     "no rule under '\(line.text)'")
    }

    @Test func aLongPlaceWidensTheDateColumnAndTheDateLineStaysWhole() throws {
        var meeting = MeetingFixtures.party()
        meeting.organization.place = "Thành phố Hồ Chí Minh"
        let (document, probe) = MeetingFixtures.pages(meeting)
        let date = try #require(probe.line("Thành phố Hồ Chí Minh, ngày 03 tháng 7 năm 2023"), "the date line wrapped")
        let template = document.setup.first
        let right = template.size.width - template.margins.right
        #expect(date.page == 1 && date.line.maxX <= right + 0.1)
        // It is wider than the layout's right column, which therefore widened.
        let columns = try MeetingFixtures.layout("party").columns(.header)
        let share = template.textWidth * columns[1] / columns.reduce(0, +)
        #expect(date.line.maxX - date.line.minX > share, "the test needs a date line wider than the right column")
        // The Party's name stays centred over the date, with its rule as long as the name.
        let party = try #require(probe.line("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(abs((party.line.minX + party.line.maxX) / 2 - (date.line.minX + date.line.maxX) / 2) < 1 * mm)
        let partyRule = try rule(under: party.line, page: 1, in: probe)
        #expect(abs((partyRule.to.x - partyRule.from.x) - (party.line.maxX - party.line.minX)) < 0.1)
        // The left block gave way: no header line runs into the right column's text.
        let organization = probe.lines(startingWith: "ĐẢNG ỦY SỞ").filter { $0.page == 1 }
        #expect(!organization.isEmpty)
        #expect(organization.allSatisfy { $0.line.maxX < date.line.minX }, "\(organization.map(\.line))")
    }

    /// Decree 30, ô 2: a rule under the issuing body a fraction (the layout's 0.4) of its longest
    /// line, centred under it; the motto's rule as long as the motto.
    @Test func stateHeaderRulesAreMeasuredFromTheLinesAboveThem() throws {
        let probe = MeetingFixtures.pages(MeetingFixtures.state()).probe
        let name = try #require(probe.lines(startingWith: "SỞ LAO ĐỘNG").first)
        let nameLines = probe.allLines.filter { $0.page == 1 && $0.line.fonts == name.line.fonts && $0.line.y >= name.line.y
            && $0.line.y < name.line.y + 40 && $0.line.maxX < 300 }
        let longest = nameLines.map { $0.line.maxX - $0.line.minX }.max()!
        let organizationRule = try rule(under: nameLines.last!.line, page: 1, in: probe)
        #expect(abs((organizationRule.to.x - organizationRule.from.x) - 0.4 * longest) < 0.1)
        let centre = (nameLines.last!.line.minX + nameLines.last!.line.maxX) / 2
        #expect(abs((organizationRule.from.x + organizationRule.to.x) / 2 - centre) < 1 * mm)
        let motto = try #require(probe.line("Độc lập - Tự do - Hạnh phúc"))
        let mottoRule = try rule(under: motto.line, page: 1, in: probe)
        #expect(abs((mottoRule.to.x - mottoRule.from.x) - (motto.line.maxX - motto.line.minX)) < 0.1)
    }

    /// Nơi nhận (12 pt) and the authority line (14 pt) on exactly one baseline, in both regimes.
    @Test(arguments: [Regime.party, .state]) func recipientsShareTheAuthorityLinesBaseline(_ regime: Regime) throws {
        let probe = ReportFixtures.pages(ReportFixtures.report(regime, draft: false)).probe
        let label = try #require(probe.line("Nơi nhận:"))
        let authority = try #require(probe.line(regime == .party ? "T/M ĐẢNG ỦY" : "KT. GIÁM ĐỐC"))
        #expect(label.page == authority.page)
        #expect(abs(label.line.y - authority.line.y) < 0.01, "\(label.line.y) vs \(authority.line.y)")
    }
}
