import Testing
import TestSupport
import Records
import Typesetting
@testable import Documents

/// Issue 11, must-hold 2: the names a record gives become unbreakable spans wherever they
/// stand as whole words, and nowhere else.
@Suite struct ProtectedNamesTests {
    let style = TextStyle(font: Fixtures.serif(), size: 13)

    func marked(_ text: String, _ names: [String]) -> [(String, Bool)] {
        ProtectedNames(names).mark([TextSpan(text, style: style)]).map { ($0.text, $0.unbreakable) }
    }

    @Test func wholeWordNamesAreMarkedLongestFirst() {
        let result = marked("đồng chí Nguyễn Thị Thu Hà và đồng chí Nguyễn Thị Thu.", ["Nguyễn Thị Thu", "Nguyễn Thị Thu Hà"])
        #expect(result.map(\.0) == ["đồng chí ", "Nguyễn Thị Thu Hà", " và đồng chí ", "Nguyễn Thị Thu", "."])
        #expect(result.map(\.1) == [false, true, false, true, false])
    }

    @Test func aNameInsideALongerWordOrOfOneWordIsLeftAlone() {
        #expect(marked("Vi Thị Hoang và Hoa", ["Vi Thị Hoa", "Hoa"]).map(\.1) == [false])
    }

    @Test func placesAreProtectedWithoutBeingGiven() {
        #expect(marked("tư tưởng Hồ Chí Minh và tỉnh Lạng Sơn, Thanh Hoá", []).filter(\.1).map(\.0)
                == ["Hồ Chí Minh", "Lạng Sơn", "Thanh Hoá"])
        #expect(marked("Thành phố Hồ Chí Minh", []).map(\.0) == ["Thành phố Hồ Chí Minh"])
    }

    @Test func aMeetingProtectsEveryoneItNamesAndItsPlace() {
        let meeting = MeetingFixtures.party()
        let names = meeting.protectedNames
        for person in [meeting.chair.name, meeting.secretary.name, meeting.organization.place]
            + meeting.guests.map(\.name) + meeting.attendance.absent.map(\.name) + meeting.speeches.map(\.speaker) {
            #expect(names.contains(person), "\(person)")
        }
    }

    /// A report protects the people of the period's meetings, not only its signer.
    @Test func aReportProtectsThePeopleOfItsMeetings() throws {
        var report = ReportFixtures.report(.party)
        report.opening = [.paragraph("Đồng chí Vi Thị Hoa và đồng chí Nguyễn Đức Thắng đã dự.", path: "o")]
        let layout = try Layout.load(path: Fixtures.path("Layouts/party-report.yaml"))
        let document = try ReportBuilder(layout: layout, fonts: Fixtures.fonts, words: Fixtures.words)
            .build(report, figures: ReportFixtures.figures, meetings: [MeetingFixtures.party()])
        let spans = document.blocks.compactMap { $0 as? Paragraph }.flatMap(\.spans)
        #expect(Set(spans.filter(\.unbreakable).map(\.text)).isSuperset(of: ["Vi Thị Hoa", "Nguyễn Đức Thắng"]))
    }

    /// A name is found whichever placement of the tone mark the text uses (`Thuý`/`Thúy`,
    /// `Hòa`/`Hoà`), and `quý` is left as it is.
    @Test func eitherPlacementOfTheToneMarkMatches() {
        #expect(marked("đồng chí Nguyễn Thị Thúy và tỉnh Hoà Bình", ["Nguyễn Thị Thuý"]).filter(\.1).map(\.0)
                == ["Nguyễn Thị Thúy", "Hoà Bình"])
        #expect(TonePlacement.spellings("Thanh Hóa") == ["Thanh Hóa", "Thanh Hoá"])
        #expect(TonePlacement.spellings("khoẻ quý") == ["khoẻ quý", "khỏe quý"])
        #expect(TonePlacement.spellings("Hoàng Thuỷ") == ["Hoàng Thuỷ", "Hoàng Thủy"])
    }

    @Test func decomposedTextAndCapitalsMatch() {
        let decomposed = "đồng chí Đàm Văn Chính".decomposedStringWithCanonicalMappingForTest
        #expect(marked(decomposed, ["Đàm Văn Chính"]).map(\.1) == [false, true])
        #expect(marked("ĐỒNG CHÍ ĐÀM VĂN CHÍNH", ["Đàm Văn Chính"]).map(\.1) == [false, true])
    }
}

private extension String {
    /// The text in Unicode normalisation form D, without Foundation: each precomposed
    /// Vietnamese letter written as its base letter and combining marks.
    var decomposedStringWithCanonicalMappingForTest: String {
        let table: [Character: String] = ["đ": "đ", "ồ": "o\u{0302}\u{0300}", "à": "a\u{0300}", "ă": "a\u{0306}", "í": "i\u{0301}"]
        return String(flatMap { table[$0].map(Array.init) ?? [$0] })
    }
}
