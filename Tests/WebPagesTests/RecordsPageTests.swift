import Foundation
import Records
import Testing
@testable import WebPages

/// The records page lists what the API lists, grouped by half-year and organisation, and
/// never lets a record's text become markup.
@Suite struct RecordsPageTests {
    static let entries = [
        RecordEntry(path: "2023-H1/2023-03-14.yaml", kind: "meeting", regime: "party", date: "2023-03-14",
                    title: "Hội nghị quý I", organization: "Chi bộ Văn phòng", problems: 0),
        RecordEntry(path: "2023-07-03.yaml", kind: "meeting", regime: "party", date: "2023-07-03",
                    title: "Hội nghị sơ kết", organization: "Đảng ủy Sở", problems: 2),
        RecordEntry(path: "reports/bc.yaml", kind: "report", regime: "party", date: "2023-06-30",
                    title: "<script>alert(1)</script>", organization: "Đảng ủy Sở", problems: 0),
    ]

    @Test func recordsAreGroupedNewestPeriodFirstWithTheirProblems() throws {
        let page = RecordsPage.render(Self.entries, language: .vi)
        let second = try #require(page.range(of: "6 tháng cuối năm 2023"))
        let first = try #require(page.range(of: "6 tháng đầu năm 2023"))
        #expect(second.lowerBound < first.lowerBound)
        #expect(page.contains("2 lỗi"))
        #expect(page.contains("03/07/2023"))
        #expect(page.contains("href=\"/edit/2023-H1/2023-03-14.yaml\""))
        #expect(page.contains("href=\"/api/records/reports/bc.yaml/pdf\""))
        #expect(page.contains("Biên bản mới (văn bản Đảng)"))
    }

    @Test func aRecordsTextIsEscaped() {
        let page = RecordsPage.render(Self.entries, language: .vi)
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func pathsAreEncodedInLinks() {
        let entry = RecordEntry(path: "thư mục/họp #1.yaml", kind: "meeting", regime: nil, date: nil, title: nil,
                                organization: nil, problems: 0)
        let page = RecordsPage.render([entry], language: .vi)
        #expect(page.contains("/edit/th%C6%B0%20m%E1%BB%A5c/h%E1%BB%8Dp%20%231.yaml"))
        #expect(page.contains("Chưa ghi ngày"))
    }

    @Test func anEmptyWorkspaceSaysWhatToDo() {
        #expect(RecordsPage.render([], language: .vi).contains("chưa có hồ sơ nào"))
        #expect(RecordsPage.render([], language: .en).contains("has no records yet"))
    }

    @Test func theListingDecodesFromTheAPI() throws {
        let json = #"[{"path":"a.yaml","kind":"meeting","regime":"party","date":"2023-07-03","title":"T","organization":"O","problems":1}]"#
        let entries = try JSONDecoder().decode([RecordEntry].self, from: Data(json.utf8))
        #expect(entries.first?.halfYear == "2023-H2")
    }

    @Test func escapingCoversEveryMarkupCharacter() {
        #expect(HTML.escape(#"<a href="x" onclick='y'>&</a>"#) == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(!HTML.jsonScript(["k": "</script><b>"]).contains("</script>"))
    }
}
