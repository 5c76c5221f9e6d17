import Documents
import Foundation
import Records
import Testing
import TestSupport
import Typesetting

/// Reports against docs/formatting-rules.md §8, items 13, 15–18, 22 and 27 (issue 5, item 1).
@Suite(.englishMessages) struct ReportTests {
    let mm = millimetres(1)

    @Test func item13_titleAndSummary() throws {
        for (regime, title, summary) in [(Regime.party, "LiberationSerif-Bold 16", "LiberationSerif-Bold 14"),
                                         (.state, "LiberationSerif-Bold 14", "LiberationSerif-Bold 14")] {
            let probe = ReportFixtures.pages(ReportFixtures.report(regime)).probe
            let line = try #require(probe.line("BÁO CÁO"))
            #expect(line.line.fonts == [title], "\(regime)")
            let first = try #require(probe.lines(startingWith: "Sơ kết công tác 6 tháng").first)
            #expect(first.line.fonts == [summary], "\(regime)")
        }
    }

    @Test func items15and16_signatureBlock() throws {
        for regime in [Regime.party, .state] {
            let probe = ReportFixtures.pages(ReportFixtures.report(regime, draft: false)).probe
            let authority = try #require(probe.line(regime == .party ? "T/M ĐẢNG ỦY" : "KT. GIÁM ĐỐC"))
            let position = try #require(probe.line(regime == .party ? "PHÓ BÍ THƯ" : "PHÓ GIÁM ĐỐC"))
            let name = try #require(probe.allLines.last { $0.line.text == "Đàm Văn Chính" })
            for line in [authority.line, position.line, name.line] { #expect(line.fonts == ["LiberationSerif-Bold 14"]) }
            let centres = [authority.line, position.line, name.line].map { ($0.minX + $0.maxX) / 2 }
            #expect(centres.max()! - centres.min()! < 0.5, "not on one axis in the \(regime) report")
            #expect(centres[0] > 595.28 / 2, "not in the right column")
            #expect(name.line.y - position.line.y > 20 * mm, "no room left to sign")
            let prefix = authority.line.text.split(separator: " ").first!
            #expect(regime == .party ? !prefix.contains(".") : prefix.hasSuffix("."))
        }
    }

    @Test func item17_stateRecipientsLevelWithTheAuthorityLine() throws {
        let (document, probe) = ReportFixtures.pages(ReportFixtures.report(.state, draft: false))
        let label = try #require(probe.line("Nơi nhận:"))
        let authority = try #require(probe.line("KT. GIÁM ĐỐC"))
        #expect(label.line.fonts == ["LiberationSerif-BoldItalic 12"])
        #expect(abs(label.line.minX - document.setup.first.margins.left) < 0.5, "Nơi nhận: is not flush left")
        #expect(label.page == authority.page && abs(label.line.y - authority.line.y) <= 1, "\(label.line.y) vs \(authority.line.y)")
        let items = probe.lines(startingWith: "- ").filter { $0.page == label.page && $0.line.y > label.line.y }
        #expect(items.map(\.line.text) == ["- Ủy ban nhân dân tỉnh (b/c);", "- Các phòng thuộc Sở;", "- Lưu: VT, VP."])
        #expect(items.allSatisfy { $0.line.fonts == ["LiberationSerif 11"] })
        #expect(items.last!.line.text.wholeMatch(of: /- Lưu: VT(, .+)?\./) != nil)
    }

    @Test func item18_partyRecipientsUnderlined() throws {
        let probe = ReportFixtures.pages(ReportFixtures.report(.party)).probe
        let label = try #require(probe.line("Nơi nhận:"))
        #expect(probe.rules(page: label.page).contains { $0.from.y > label.line.y && $0.from.y < label.line.y + 4 }, "not underlined")
        let items = probe.lines(startingWith: "- ").filter { $0.page == label.page && $0.line.y > label.line.y }
        #expect(items.map(\.line.text) == ["- Đảng ủy Khối các cơ quan tỉnh (b/c);", "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."])
        #expect(items.last!.line.text.hasPrefix("- Lưu") && items.last!.line.text.hasSuffix("."))
        #expect(!items.last!.line.text.contains("VT"))
    }

    @Test func item22_draftsAreMarkedAndLeaveNumberAndDayBlank() throws {
        let party = ReportFixtures.pages(ReportFixtures.report(.party)).probe
        let mark = try #require(party.line("Dự thảo lần 2"))
        #expect(mark.page == 1 && mark.line.y < (party.line("ĐẢNG CỘNG SẢN VIỆT NAM")?.line.y ?? 0), "the mark is not above the header")
        // Framed: four rules around it.
        let frame = party.rules(page: 1).filter { $0.from.y < mark.line.y + 12 && $0.to.y > mark.line.y - 20 && $0.from.x > mark.line.minX - 10 }
        #expect(frame.count == 4, "\(frame)")
        #expect(try #require(party.lines(startingWith: "Số").first).line.text == "Số \u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}-BC/ĐU")
        let date = try #require(party.lines(startingWith: "Lạng Sơn, ngày").first)
        #expect(date.line.text.wholeMatch(of: /Lạng Sơn, ngày\s+tháng\s+năm 2023/) != nil, "\(date.line.text)")
        #expect(!party.pages.contains { $0.elements.contains { if case .image = $0 { return true } else { return false } } })

        let state = ReportFixtures.pages(ReportFixtures.report(.state, round: nil)).probe
        let stateMark = try #require(state.line("DỰ THẢO"))
        #expect(stateMark.page == 1 && stateMark.line.fonts == ["LiberationSerif-Bold 14"])
        #expect(try #require(state.lines(startingWith: "Số:").first).line.text.wholeMatch(of: /Số:\s+\/BC-SLĐTBXH/) != nil)
        #expect(ReportFixtures.pages(ReportFixtures.report(.state)).probe.line("Lần 2") != nil)
    }

    @Test func item22_aFinalReportHasItsNumberDateAndSignatureImage() throws {
        let signature = SignatureImage(file: "chu-ky-mau.png", resolvedPath: Fixtures.path("Examples/reports/signatures/chu-ky-mau.png"),
                                       pixelWidth: 600, pixelHeight: 240, contentID: "sig")
        let probe = ReportFixtures.pages(ReportFixtures.report(.party, draft: false, signature: signature)).probe
        #expect(probe.line("Dự thảo lần 2") == nil)
        #expect(probe.line("Số 45-BC/ĐU") != nil)
        #expect(probe.line("Lạng Sơn, ngày 30 tháng 6 năm 2023") != nil)
        let position = try #require(probe.line("PHÓ BÍ THƯ"))
        let name = try #require(probe.allLines.last { $0.line.text == "Đàm Văn Chính" })
        let images = probe.pages[name.page - 1].elements.compactMap { if case .image(let i) = $0 { return i } else { return nil } }
        let image = try #require(images.first)
        #expect(image.origin.y > position.line.y && image.origin.y + image.size.height < name.line.y - 10, "not between position and name")
        #expect(abs(image.origin.x + image.size.width / 2 - (name.line.minX + name.line.maxX) / 2) < 0.5, "not centred on the name")
        // The same report as a draft carries no image even when the signer has one.
        let draft = ReportFixtures.pages(ReportFixtures.report(.party, draft: true, signature: signature)).probe
        #expect(!draft.pages.contains { $0.elements.contains { if case .image = $0 { return true } else { return false } } })
    }

    @Test func item22_theWatermarkIsOnEveryPageUnderTheText() throws {
        let (_, probe) = ReportFixtures.pages(ReportFixtures.report(.party, paragraphs: 4), watermark: true)
        #expect(probe.pages.count >= 3)
        for page in probe.pages {
            guard case .watermark(let mark) = page.elements.first else { Issue.record("page \(page.index) has no watermark first"); continue }
            #expect(mark.text == "DỰ THẢO" && mark.gray > 0.5)
            #expect(abs(mark.centre.x - page.size.width / 2) < 0.01 && abs(mark.centre.y - page.size.height / 2) < 0.01)
        }
        // Not part of the text: no line of any page reads DỰ THẢO.
        #expect(probe.line("DỰ THẢO") == nil)
        #expect(ReportFixtures.pages(ReportFixtures.report(.party, paragraphs: 4)).probe.pages.allSatisfy {
            !$0.elements.contains { if case .watermark = $0 { return true } else { return false } }
        })
    }

    @Test func item27_partyHeadings() throws {
        let probe = ReportFixtures.pages(ReportFixtures.report(.party)).probe
        let top = probe.allLines.filter { $0.line.text.firstMatch(of: /^(I|II|III|IV|V|VI|VII|VIII|IX|X)- \S/) != nil }
        #expect(top.map(\.line.text) == ["I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2023", "II- PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023"])
        for heading in top {
            let text = heading.line.text.split(separator: " ", maxSplits: 1)[1]
            #expect(String(text) == text.uppercased())
            #expect(heading.line.fonts == ["LiberationSerif-Bold 14"])
        }
        let second = probe.allLines.filter { $0.line.text.firstMatch(of: #/^\d+\. /#) != nil }
        #expect(second.map(\.line.text) == ["1. Công tác chính trị, tư tưởng", "2. Công tác tổ chức, cán bộ, đảng viên"])
        #expect(second.allSatisfy { $0.line.fonts == ["LiberationSerif-Bold 14"] })
        #expect(probe.line("a) Sinh hoạt chi bộ") != nil && probe.line("b) Phát triển đảng viên") != nil)
        // State documents number parts I., II. (Structure B).
        let state = ReportFixtures.pages(ReportFixtures.report(.state)).probe
        #expect(state.line("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2023") != nil)
    }

    @Test func theSignatureKeepsTwoLinesOfBodyAboveIt() throws {
        // Reports of growing length: wherever the page breaks, the signature's page starts
        // with at least two lines of body above the signature block.
        for paragraphs in 1...8 {
            let probe = ReportFixtures.pages(ReportFixtures.report(.party, draft: false, paragraphs: paragraphs)).probe
            let authority = try #require(probe.line("T/M ĐẢNG ỦY"))
            let above = probe.lines[authority.page - 1].filter { $0.y < authority.line.y - 1 && $0.y > 60 }
            #expect(above.count >= 2, "\(paragraphs) paragraphs: \(above.count) lines above the signature on page \(authority.page)")
        }
    }

    @Test func theMeetingsTableListsThePeriodsMeetings() throws {
        let probe = ReportFixtures.pages(ReportFixtures.report(.party)).probe
        // One row per meeting, by date; the cells of a row share a baseline.
        func row(_ cells: [String]) -> Bool {
            guard let first = probe.line(cells[0]) else { return false }
            return cells.dropFirst().allSatisfy { cell in probe.allLines.contains { $0.page == first.page && $0.line.text == cell && abs($0.line.y - first.line.y) < 0.01 } }
        }
        #expect(row(["03/7/2023", "43/45", "95,56%"]))
        #expect(row(["15/9/2023", "11/12", "91,67%"]))
        #expect(row(["Cộng", "54/57", "94,74%"]), "no total row")
    }

    @Test func kinhGuiListsTheAddresseesUnderTheColon() throws {
        var report = ReportFixtures.report(.state)
        report.addressees = ["Ủy ban nhân dân tỉnh Lạng Sơn", "- Bộ Lao động - Thương binh và Xã hội;"]
        let probe = ReportFixtures.pages(report).probe
        // The label and the first addressee share a line; the trace joins them.
        let first = try #require(probe.line("Kính gửi: - Ủy ban nhân dân tỉnh Lạng Sơn;"), "no Kính gửi line")
        let last = try #require(probe.line("- Bộ Lao động - Thương binh và Xã hội."), "no last addressee")
        let dash = try #require(probe.runs(onLine: first.line, page: first.page).first { $0.text.hasPrefix("- ") })
        #expect(abs(dash.origin.x - last.line.minX) < 0.01, "the dashes are not aligned")
        #expect(first.line.y < (probe.line("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2023")?.line.y ?? 0))
        report.addressees = ["Ủy ban nhân dân tỉnh Lạng Sơn"]
        #expect(ReportFixtures.pages(report).probe.line("Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.") != nil)
    }
}
