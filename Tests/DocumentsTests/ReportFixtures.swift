import Documents
import Records
import TestSupport
import Typesetting

/// Reports built in code, so document tests do not depend on the record loader.
enum ReportFixtures {
    static let paragraph = MeetingFixtures.seedReport

    /// A half-year review report (docs/formatting-rules.md §4.1) of the seed organisation, or of
    /// the Sở in state form; `paragraphs` per section make it as long as a test needs.
    static func report(_ regime: Regime, draft: Bool = true, round: Int? = 2, paragraphs: Int = 1,
                       signature: SignatureImage? = nil) -> Report {
        let organization = regime == .party
            ? Organization(name: "Đảng ủy Sở Lao động - Thương binh và Xã hội", parent: "Đảng bộ Khối các cơ quan tỉnh", code: "ĐU", place: "Lạng Sơn")
            : Organization(name: "Sở Lao động - Thương binh và Xã hội", parent: "Ủy ban nhân dân tỉnh Lạng Sơn", code: "SLĐTBXH", place: "Lạng Sơn")
        func body(_ n: Int) -> [ReportContent] { (0..<n).map { .paragraph(paragraph, path: "p\($0)") } }
        let parts = [
            ReportPart(level: .part, heading: "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023", parts: [
                ReportPart(level: .section, heading: "Công tác chính trị, tư tưởng", content: body(paragraphs)),
                ReportPart(level: .section, heading: "Công tác tổ chức, cán bộ, đảng viên",
                           content: body(paragraphs) + [.meetingsTable(path: "t")], parts: [
                    ReportPart(level: .point, heading: "Sinh hoạt chi bộ", content: body(1)),
                    ReportPart(level: .point, heading: "Phát triển đảng viên", content: [.paragraph("- Kết nạp 01 đảng viên mới.", path: "b")]),
                ]),
            ]),
            ReportPart(level: .part, heading: "Phương hướng, nhiệm vụ 6 tháng cuối năm 2023", content: body(paragraphs)),
        ]
        let signer = regime == .party
            ? ReportSigner(authority: "T/M ĐẢNG ỦY", title: "PHÓ BÍ THƯ", name: "Đàm Văn Chính", signature: signature)
            : ReportSigner(authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Đàm Văn Chính", signature: signature)
        return Report(regime: regime, organization: organization, number: 45,
                      summary: "Sơ kết công tác 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2023",
                      date: CivilDate(year: 2023, month: 6, day: 30)!, draft: draft, round: round,
                      period: try! Period.parse("2023-H1"), opening: body(1), parts: parts, signer: signer,
                      recipients: regime == .party ? ["Đảng ủy Khối các cơ quan tỉnh (b/c)", "Các chi bộ trực thuộc"]
                                                   : ["Ủy ban nhân dân tỉnh (b/c)", "Các phòng thuộc Sở;"],
                      archive: regime == .party ? nil : "VP")
    }

    static let figures = ReportFigures(meetings: [MeetingFixtures.party(), MeetingFixtures.state()], period: try! Period.parse("2023"))

    /// The laid-out pages of `report` in its regime's bundled layout.
    static func pages(_ report: Report, watermark: Bool = false) -> (document: BuiltDocument, probe: DocumentProbe) {
        let layout = try! Layout.load(path: Fixtures.path("Layouts/\(report.regime.rawValue)-report.yaml"))
        let builder = try! ReportBuilder(layout: layout, fonts: Fixtures.fonts, words: Fixtures.words)
        let document = try! builder.build(report, figures: figures, options: ReportOptions(watermark: watermark))
        return (document, DocumentProbe(pages: Typesetter(setup: document.setup).layout(document.blocks)))
    }
}
