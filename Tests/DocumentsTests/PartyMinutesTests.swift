import Documents
import Foundation
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// Party minutes against docs/formatting-rules.md §8 (items 1–21, 23–25, 28 as they apply).
@Suite(.englishMessages) struct PartyMinutesTests {
    let document: BuiltDocument
    let probe: DocumentProbe

    init() { (document, probe) = MeetingFixtures.pages(MeetingFixtures.party()) }
    let mm = millimetres(1)

    @Test func item1_pagesAreA4Portrait() {
        for page in probe.pages {
            #expect(abs(page.size.width - 595.28) < 0.5 && abs(page.size.height - 841.89) < 0.5)
        }
    }

    @Test func item2_textStaysInsideMargins20_20_30_15() {
        let setup = document.setup.first
        #expect(abs(setup.margins.top - 20 * mm) < 0.01 && abs(setup.margins.bottom - 20 * mm) < 0.01)
        #expect(abs(setup.margins.left - 30 * mm) < 0.01 && abs(setup.margins.right - 15 * mm) < 0.01)
        for (page, line) in probe.allLines where line.y > setup.margins.top {
            #expect(line.minX >= setup.margins.left - 0.01, "page \(page): '\(line.text)' starts in the left margin")
            #expect(line.maxX <= setup.size.width - setup.margins.right + 0.01, "page \(page): '\(line.text)' runs into the right margin")
            #expect(line.y <= setup.size.height - setup.margins.bottom, "page \(page): '\(line.text)' in the bottom margin")
        }
    }

    @Test func item3_onlyLiberationSerif() {
        for (_, line) in probe.allLines {
            for font in line.fonts { #expect(font.hasPrefix("LiberationSerif"), "\(font) used for '\(line.text)'") }
        }
    }

    @Test func item6_dateLineItalic14CentredUnderTheParty() throws {
        let date = try #require(probe.line("Lạng Sơn, ngày 03 tháng 7 năm 2023"))
        #expect(date.page == 1)
        #expect(date.line.fonts == ["LiberationSerif-Italic 14"])
        let party = try #require(probe.line("ĐẢNG CỘNG SẢN VIỆT NAM"))
        let centre = { (l: TraceLine) in (l.minX + l.maxX) / 2 }
        #expect(abs(centre(date.line) - centre(party.line)) < 1 * mm)
        #expect(date.line.y > party.line.y)
    }

    @Test func item11_numberAndStar() throws {
        let number = try #require(probe.lines(startingWith: "Số ").first)
        #expect(number.line.text.wholeMatch(of: /Số \d{2,}-[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-ZĐ0-9]*/) != nil, "\(number.line.text)")
        #expect(number.line.text == "Số 12-BB/ĐU")
        #expect(number.line.fonts == ["LiberationSerif 14"])
        let star = try #require(probe.line("*"))
        let organization = try #require(probe.lines(startingWith: "ĐẢNG ỦY SỞ LAO ĐỘNG").first)
        #expect(organization.line.fonts == ["LiberationSerif-Bold 14"])
        let bodyLines = probe.allLines.filter { $0.line.fonts == ["LiberationSerif-Bold 14"] && $0.line.y < star.line.y && $0.line.y >= organization.line.y }
        let left = bodyLines.map(\.line.minX).min()!, right = bodyLines.map(\.line.maxX).max()!
        #expect(abs((star.line.minX + star.line.maxX) / 2 - (left + right) / 2) < 1 * mm)
        // docs/formatting-rules.md §3.2: the star shares its row with the date line; the number
        // comes under both.
        let date = try #require(probe.line("Lạng Sơn, ngày 03 tháng 7 năm 2023"))
        #expect(abs(star.line.y - date.line.y) < 1)
        #expect(number.line.y > star.line.y)
    }

    @Test func item12_partyTitleBold15WithARuleAsLong() throws {
        let party = try #require(probe.line("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(party.line.fonts == ["LiberationSerif-Bold 15"])
        let width = party.line.maxX - party.line.minX
        let rule = try #require(probe.rules(page: 1).first { $0.from.y > party.line.y && $0.from.y < party.line.y + 12 })
        #expect(abs((rule.to.x - rule.from.x) - width) / width < 0.02)
    }

    @Test func item13_titleAndSummary() throws {
        let title = try #require(probe.line("BIÊN BẢN"))
        #expect(title.line.fonts == ["LiberationSerif-Bold 15"])
        let summary = probe.allLines.filter { $0.line.y > title.line.y && $0.line.y < title.line.y + 60 }
        #expect(summary.first?.line.fonts == ["LiberationSerif-Bold 14"])
        #expect(probe.line("-----") != nil)
    }

    @Test func item14_bodyJustifiedIndentedAndSpaced() throws {
        let first = try #require(probe.lines(startingWith: "Trong 6 tháng đầu năm 2023").first)
        #expect(abs(first.line.minX - (document.setup.first.margins.left + 10 * mm)) < 0.2 * mm)
        let page = probe.lines[first.page - 1]
        let index = page.firstIndex { $0 == first.line }!
        let left = document.setup.first.margins.left
        // The paragraph runs until the next indented first line.
        let paragraph = [first.line] + page[(index + 1)...].prefix { abs($0.minX - left) < 0.5 }
        let right = document.setup.first.size.width - document.setup.first.margins.right
        for line in paragraph.dropLast().dropFirst() { #expect(abs(line.maxX - right) < 0.1, "'\(line.text)' not justified") }
        let pitch = page[index + 1].y - page[index].y
        let natural = Fixtures.serif().lineHeight(size: 14)
        #expect(pitch >= natural && pitch <= 1.5 * natural)
        let previous = page[index - 1]
        #expect(first.line.y - previous.y >= pitch + 6 - 0.01, "less than 6 pt between paragraphs")
    }

    @Test func item14_upperCaseHeaderLinesHaveRoomForStackedMarks() throws {
        // docs/formatting-rules.md §5.6: below 1.15 em the marks of Ễ or Ẫ touch the descenders of
        // the line above.
        let first = try #require(probe.lines(startingWith: "ĐẢNG ỦY SỞ LAO ĐỘNG").first)
        let page = probe.lines[0]
        let next = try #require(page.first { $0.y > first.line.y && abs($0.minX - first.line.minX) < 40 })
        #expect(next.y - first.line.y >= 1.15 * 14 - 0.01)
    }

    @Test func items15and16_signatureAxisAndPartyPrefixes() throws {
        let authority = try #require(probe.line("T/M ĐẢNG ỦY"))
        let position = try #require(probe.line("PHÓ BÍ THƯ"))
        let name = try #require(probe.allLines.last { $0.line.text == "Đàm Văn Chính" })
        for line in [authority.line, position.line, name.line] { #expect(line.fonts == ["LiberationSerif-Bold 14"]) }
        let centres = [authority.line, position.line, name.line].map { ($0.minX + $0.maxX) / 2 }
        #expect(centres.max()! - centres.min()! < 0.5)
        #expect(centres[0] > document.setup.first.size.width / 2 - 20, "not in the right column")
        #expect(!authority.line.text.contains("."))
        #expect(probe.line("THƯ KÝ") != nil)
    }

    @Test func signatureNamesShareABaselineWhenALabelWraps() throws {
        var meeting = MeetingFixtures.party()
        meeting.signers.chair = Signer(authority: "T/M BAN CHẤP HÀNH ĐẢNG BỘ SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                                       title: "PHÓ BÍ THƯ THƯỜNG TRỰC", name: "Đàm Văn Chính")
        let probe = MeetingFixtures.pages(meeting).probe
        let chair = try #require(probe.allLines.last { $0.line.text == "Đàm Văn Chính" })
        let secretary = try #require(probe.allLines.last { $0.line.text == "Lê Thanh Hà" })
        #expect(chair.page == secretary.page && abs(chair.line.y - secretary.line.y) < 0.01)
        let position = try #require(probe.line("PHÓ BÍ THƯ THƯỜNG TRỰC"))
        #expect(chair.line.y - position.line.y > millimetres(20), "no room left to sign")
    }

    @Test func item18_recipientsUnderlinedAndArchiveLine() throws {
        let label = try #require(probe.line("Nơi nhận:"))
        let underline = probe.rules(page: label.page).first { $0.from.y > label.line.y && $0.from.y < label.line.y + 4 }
        #expect(underline != nil, "Nơi nhận: is not underlined")
        let items = probe.lines(startingWith: "- ").filter { $0.page == label.page && $0.line.y > label.line.y }
        #expect(items.map(\.line.text) == ["- Đảng ủy Khối các cơ quan tỉnh (b/c);", "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."])
        #expect(items.allSatisfy { $0.line.fonts == ["LiberationSerif 12"] })
    }

    @Test func items19and20_attendanceAndVotes() {
        let text = probe.foldedText
        #expect(text.contains("tổng số 45 đồng chí; có mặt 43 đồng chí; vắng mặt 2 đồng chí (có lý do: 01 đồng chí Hoàng Văn Nam, đi công tác; không có lý do: 01 đồng chí Vi Thị Hoa)."))
        #expect(text.contains("43/45 (95,56%)"))
        #expect(text.contains("0/45 (0,00%)"))
        #expect(text.contains("Tỷ lệ phần trăm tính trên tổng số 45 đảng viên."))
    }

    @Test func item21_closingLine() throws {
        let closing = try #require(probe.lines(startingWith: "Hội nghị kết thúc").first)
        #expect(closing.line.text.wholeMatch(of: /Hội nghị kết thúc vào lúc \d{1,2} giờ \d{2} phút cùng ngày\./) != nil)
        var later = MeetingFixtures.party()
        later.endDate = CivilDate(year: 2023, month: 7, day: 4)
        let other = MeetingFixtures.pages(later).probe
        #expect(other.foldedText.contains("Hội nghị kết thúc vào lúc 16 giờ 30 phút, ngày 04 tháng 7 năm 2023."))
    }

    @Test func item4_pageNumbersAndLongMinutesKeepTheirShape() {
        let (document, probe) = MeetingFixtures.pages(MeetingFixtures.party(paragraphs: 9, speeches: 3))
        #expect(probe.pages.count >= 3)
        #expect(PageChecks.widowsAndOrphans(probe.pages) == [])
        #expect(PageChecks.headingsAtFoot(probe.pages) == [])
        #expect(PageChecks.pagesWithOnly("signature", probe.pages) == [])
        #expect(PageChecks.overflow(probe.pages, setup: document.setup) == [])
        for (index, lines) in probe.lines.enumerated() {
            let numbers = lines.filter { $0.y < document.setup.first.margins.top }
            #expect(numbers.map(\.text) == (index == 0 ? [] : ["\(index + 1)"]))
            #expect(numbers.allSatisfy { $0.fonts == ["LiberationSerif 14"] })
        }
        // The signature page also carries body text.
        let signaturePage = probe.pages.firstIndex { $0.placed.contains { $0.role == .block("signature") } }!
        #expect(probe.pages[signaturePage].placed.contains { if case .line = $0.role { return true } else { return false } })
    }

    @Test func everyRecordTextIsOnThePage() {
        let text = probe.foldedText + " " + probe.columnText(splitAt: document.setup.first.margins.left + document.setup.first.textWidth * 0.45)
        for field in MeetingFixtures.party().textFields {
            let expected = Text.fold(InlineMarkup.plainText(field.value))
            let visible = ["organization.name", "organization.parent"].contains(field.path) ? expected.uppercased() : expected
            if field.path == "organization.code" || field.path == "organization.place" { continue }
            #expect(text.contains(visible), "\(field.path) missing: \(visible)")
        }
    }
}
