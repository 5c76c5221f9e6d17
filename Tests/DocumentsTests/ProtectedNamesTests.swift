import Testing
import TestSupport
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
