import Documents
import Foundation
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// State minutes (Decree 30, Mẫu 1.9) against docs/formatting-rules.md §8.
@Suite(.englishMessages) struct StateMinutesTests {
    let document: BuiltDocument
    let probe: DocumentProbe

    init() { (document, probe) = MeetingFixtures.pages(MeetingFixtures.state()) }
    let mm = millimetres(1)

    @Test func item7_noPlaceAndDateLineInTheHeader() {
        let header = probe.lines[0].filter { $0.y < (probe.line("BIÊN BẢN")?.line.y ?? 0) }
        #expect(!header.contains { $0.text.contains("ngày") }, "\(header.map(\.text))")
    }

    @Test func item8_mottoStringsAndRule() throws {
        let nation = try #require(probe.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(Array(nation.line.text.utf8) == Array("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".precomposedStringWithCanonicalMapping.utf8))
        #expect(nation.line.fonts == ["LiberationSerif-Bold 13"])
        let motto = try #require(probe.line("Độc lập - Tự do - Hạnh phúc"))
        #expect(motto.line.fonts == ["LiberationSerif-Bold 14"])
        #expect(motto.line.text.unicodeScalars.filter { $0 == "-" }.count == 2)
        let width = motto.line.maxX - motto.line.minX
        let rule = try #require(probe.rules(page: 1).first { $0.from.y > motto.line.y && $0.from.y < motto.line.y + 12 })
        #expect(abs((rule.to.x - rule.from.x) - width) / width < 0.02)
    }

    @Test func item9_issuingBodyAndItsShortRule() throws {
        let parent = try #require(probe.lines(startingWith: "ỦY BAN NHÂN DÂN").first)
        #expect(parent.line.fonts == ["LiberationSerif 13"])
        let name = try #require(probe.lines(startingWith: "SỞ LAO ĐỘNG").first)
        #expect(name.line.fonts == ["LiberationSerif-Bold 13"])
        let nameLines = probe.lines[0].filter { $0.fonts == ["LiberationSerif-Bold 13"] && $0.maxX < 300 }
        let width = nameLines.map { $0.maxX - $0.minX }.max()!
        let centre = nameLines.map { ($0.maxX + $0.minX) / 2 }.first!
        let lastName = nameLines.map(\.y).max()!
        let rule = try #require(probe.rules(page: 1).first { $0.from.y > lastName && $0.from.y < lastName + 12 && $0.from.x < 300 })
        let length = rule.to.x - rule.from.x
        #expect(length >= width / 3 - 0.5 && length <= width / 2 + 0.5, "rule \(length) for a name line of \(width)")
        #expect(abs((rule.from.x + rule.to.x) / 2 - centre) < 1 * mm)
    }

    @Test func item10_numberLine() throws {
        let number = try #require(probe.lines(startingWith: "Số:").first)
        #expect(number.line.text.wholeMatch(of: /Số: \d{2,}\/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ0-9][A-Za-zĐđ0-9]*)+/) != nil, "\(number.line.text)")
        #expect(number.line.text == "Số: 05/BB-SLĐTBXH")
        #expect(number.line.fonts == ["LiberationSerif 13"])
    }

    @Test func item13_titleAndSummaryWithRule() throws {
        let title = try #require(probe.line("BIÊN BẢN"))
        #expect(title.line.fonts == ["LiberationSerif-Bold 14"])
        let summary = try #require(probe.line("Cuộc họp giao ban công tác tháng 9 năm 2023"))
        #expect(summary.line.fonts == ["LiberationSerif-Bold 14"])
        let width = summary.line.maxX - summary.line.minX
        let rule = try #require(probe.rules(page: 1).first { $0.from.y > summary.line.y && $0.from.y < summary.line.y + 14 })
        let length = rule.to.x - rule.from.x
        #expect(length >= width / 3 - 0.5 && length <= width / 2 + 0.5)
    }

    @Test func items15and17_signaturesAndRecipients() throws {
        let chair = try #require(probe.line("CHỦ TỌA"))
        let secretary = try #require(probe.line("THƯ KÝ"))
        #expect(chair.line.fonts == ["LiberationSerif-Bold 14"] && secretary.line.fonts == ["LiberationSerif-Bold 14"])
        #expect(abs(chair.line.y - secretary.line.y) < 0.01)
        #expect(chair.line.minX > secretary.line.maxX)
        let label = try #require(probe.line("Nơi nhận:"))
        #expect(label.line.fonts == ["LiberationSerif-BoldItalic 12"])
        #expect(abs(label.line.minX - document.setup.first.margins.left) < 0.5, "Nơi nhận: is not flush left")
        let items = probe.lines(startingWith: "- ").filter { $0.line.y > label.line.y && $0.page == label.page }
        #expect(items.count == 3)
        #expect(items.allSatisfy { $0.line.fonts == ["LiberationSerif 11"] })
        #expect(items.dropLast().allSatisfy { $0.line.text.hasSuffix(";") })
        #expect(items.last!.line.text.wholeMatch(of: /- Lưu: VT(, .+)?\./) != nil)
    }

    @Test func item16_statePrefixesEndWithAPeriod() throws {
        var meeting = MeetingFixtures.state()
        meeting.signers = Signers(chair: Signer(authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Đàm Văn Chính"))
        let probe = MeetingFixtures.pages(meeting).probe
        let authority = try #require(probe.line("KT. GIÁM ĐỐC"))
        let position = try #require(probe.line("PHÓ GIÁM ĐỐC"))
        #expect(abs((authority.line.minX + authority.line.maxX) - (position.line.minX + position.line.maxX)) < 1)
        // The secretary's name lines up with the chair's, label rows padded.
        let names = probe.allLines.filter { $0.line.text == "Đàm Văn Chính" || $0.line.text == "Lê Thanh Hà" }.suffix(2)
        #expect(names.count == 2 && abs(names.first!.line.y - names.last!.line.y) < 0.01)
    }

    @Test func item21_stateClosingSentence() {
        #expect(probe.foldedText.contains("Cuộc họp kết thúc vào 11 giờ 05 phút, ngày 15 tháng 9 năm 2023./."))
        #expect(probe.foldedText.contains("Thời gian bắt đầu: 8 giờ 00 phút, ngày 15 tháng 9 năm 2023."))
    }

    @Test func item20_votePercentagesWithDecimalComma() {
        #expect(probe.foldedText.contains("10/12 (83,33%)"))
        #expect(probe.foldedText.contains("1/12 (8,33%)"))
    }
}
