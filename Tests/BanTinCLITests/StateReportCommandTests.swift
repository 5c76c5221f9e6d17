import Foundation
import Testing
import TestSupport

/// Issue 12, points 4 and 5, from outside: an unseen state report with Kính gửi over unseen
/// meetings of its Sở and its units mixed with Party meetings, read back from the PDF; the seal
/// in the finished file; the seal refused where it does not belong.
@Suite struct StateReportCommandTests {
    /// A meeting record of `organization` (under `parent`) with `present` of `members`.
    static func meeting(_ organization: String, parent: String, regime: String = "state", date: String,
                        members: Int, present: Int) -> String {
        """
        kind: meeting
        regime: \(regime)
        organization: { name: \(organization), parent: \(parent), code: X, place: Cao Bằng }
        title: Họp giao ban ngày \(date)
        date: \(date)
        venue: Phòng họp số 2
        chair: { name: Nông Văn Quý, role: Giám đốc }
        secretary: { name: Hà Thị Mai, role: Chuyên viên }
        attendance:
          members: \(members)
          present: \(present)
          absent:
        \((0..<(members - present)).map { "    - { name: Lục Văn Tài \($0 + 1), reason: đi công tác }" }.joined(separator: "\n"))

        """
    }

    static let so = "Sở Y tế tỉnh Cao Bằng"

    static func report(seal: String? = nil, draft: Bool = false, regime: String = "state", recipients: String = "[ Giám đốc Sở ]") -> String {
        """
        kind: report
        regime: \(regime)
        organization: { name: \(so), parent: Ủy ban nhân dân tỉnh Cao Bằng, code: SYT, place: Cao Bằng }
        summary: kết quả công tác {period}
        number: 7
        date: 2024-04-05
        period: 2024-Q1
        draft: \(draft)
        to: Ủy ban nhân dân tỉnh Cao Bằng
        units: [ Trung tâm Kiểm soát bệnh tật ]
        parts:
          - part: Kết quả
            body:
              - table: meetings
              - Sở đã tổ chức {meetings.count} cuộc họp; có mặt {attendance.present} trên {attendance.members} lượt, đạt {attendance.rate}.
        signer:
          authority: \(regime == "state" ? "KT. GIÁM ĐỐC" : "T/M ĐẢNG ỦY")
          title: PHÓ GIÁM ĐỐC
          name: Nông Văn Quý
        \(seal.map { "  seal: \($0)" } ?? "")
        recipients: \(recipients)

        """
    }

    /// The records: two of the Sở, one of a unit under it by `parent`, one of a unit it lists
    /// under `units:`, and two Party meetings (its Đảng ủy and a chi bộ) that must not count.
    static func records(in scratch: Scratch) throws -> String {
        _ = try scratch.write("hop/so-1.yaml", meeting(so, parent: "Ủy ban nhân dân tỉnh Cao Bằng", date: "2024-01-10", members: 20, present: 18))
        _ = try scratch.write("hop/so-2.yaml", meeting(so, parent: "Ủy ban nhân dân tỉnh Cao Bằng", date: "2024-03-12", members: 20, present: 20))
        _ = try scratch.write("hop/phong.yaml", meeting("Phòng Nghiệp vụ Y", parent: so, date: "2024-02-06", members: 8, present: 7))
        _ = try scratch.write("hop/cdc.yaml", meeting("Trung tâm Kiểm soát bệnh tật", parent: "Ủy ban nhân dân tỉnh Cao Bằng",
                                                      date: "2024-02-20", members: 12, present: 12))
        _ = try scratch.write("hop/dang-uy.yaml", meeting("Đảng ủy Sở Y tế tỉnh Cao Bằng", parent: "Đảng bộ Khối các cơ quan tỉnh",
                                                          regime: "party", date: "2024-01-25", members: 30, present: 21))
        _ = try scratch.write("hop/chi-bo.yaml", meeting("Chi bộ Văn phòng Sở", parent: "Đảng bộ Sở Y tế tỉnh Cao Bằng",
                                                         regime: "party", date: "2024-03-05", members: 9, present: 5))
        return scratch.file("hop")
    }

    @Test func theSosReportCountsOnlyItsMeetingsAndEndsAsTheDecreeSays() throws {
        let scratch = Scratch()
        let folder = try Self.records(in: scratch)
        let record = try scratch.write("bao-cao.yaml", Self.report())
        let pdf = scratch.file("bao-cao.pdf")
        let run = try Bantin.run(["report", record, folder, "-o", pdf, "--lang", "en"])
        try #require(run.status == 0, "\(run)")
        // 18 + 20 + 7 + 12 present of 20 + 20 + 8 + 12: 57/60 = 95,00%.
        let text = Text.fold(try PDF.rawText(pdf))
        #expect(text.contains("Sở đã tổ chức 4 cuộc họp; có mặt 57 trên 60 lượt, đạt 95,00%./."), "\(text)")
        #expect(!text.contains("Chi bộ Văn phòng Sở") && !text.contains("Đảng ủy Sở Y tế"))
        // Nơi nhận starts with "- Như trên;", added with a warning at recipients.
        let lines = try PDF.rawText(pdf).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let label = try #require(lines.firstIndex { $0.hasPrefix("Nơi nhận:") })
        #expect(lines[label...].contains("- Như trên;"), "\(lines[label...])")
        #expect(run.errorLines.contains { $0.hasPrefix(record + ":21:13: warning: recipients: the report has Kính gửi (to:)") }, "\(run)")
        // Each meeting left out is said, at its record's organisation, and counted at the end.
        for file in ["dang-uy", "chi-bo"] {
            #expect(run.errorLines.contains { $0.hasPrefix("\(folder)/\(file).yaml:3:23: warning: organization.name: the meeting of ") && $0.contains("is left out of the report's figures") }, "\(run.error)")
        }
        #expect(run.output.hasSuffix("4 meetings counted, 0 outside the period, 2 of other organisations left out\n"), "\(run)")
    }

    @Test func theSealIsInTheFinishedFileAtItsRealSize() throws {
        let scratch = Scratch()
        let folder = try Self.records(in: scratch)
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/reports/signatures/dau-mau.png"), toPath: scratch.file("dau.png"))
        let record = try scratch.write("bao-cao.yaml", Self.report(seal: "dau.png", recipients: "[ Như trên, Giám đốc Sở ]"))
        let pdf = scratch.file("bao-cao.pdf")
        let run = try Bantin.run(["report", record, folder, "-o", pdf, "--lang", "en"])
        try #require(run.status == 0, "\(run)")
        #expect(!run.errorLines.contains { $0.contains("warning: recipients") }, "\(run)")
        // pdfimages: the seal once, 425 × 425 pixels at 300 ppi, i.e. 36 mm across, with its
        // transparency (an smask).
        let list = try PDF.tool("pdfimages", ["-list", pdf]).split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
        let seal = try #require(list.first { $0[2] == "image" && $0[3] == "425" })
        #expect(seal[4] == "425" && seal[12] == "300" && seal[13] == "300", "\(seal)")
        #expect(list.contains { $0[2] == "smask" && $0[3] == "425" }, "the seal lost its transparency: \(list)")
        let check = try PDF.tool("qpdf", ["--check", pdf])
        #expect(check.contains("No syntax or stream encoding errors found"), "\(check)")
    }

    @Test func theSealIsRefusedInADraftAndInAPartyDocument() throws {
        let scratch = Scratch()
        let folder = try Self.records(in: scratch)
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/reports/signatures/dau-mau.png"), toPath: scratch.file("dau.png"))
        let draft = try scratch.write("du-thao.yaml", Self.report(seal: "dau.png", draft: true))
        var run = try Bantin.run(["report", draft, folder, "-o", scratch.file("du-thao.pdf"), "--lang", "en"])
        #expect(run.status == 1 && run.errorLines.contains { $0 == draft + ":20:9: error: signer.seal: a draft carries no seal; remove seal: dau.png, or write draft: false once the report is signed" }, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("du-thao.pdf")))
        let party = try scratch.write("dang.yaml", Self.report(seal: "dau.png", regime: "party"))
        run = try Bantin.run(["report", party, folder, "-o", scratch.file("dang.pdf"), "--lang", "en"])
        #expect(run.status == 1 && run.errorLines.contains { $0.hasPrefix(party + ":20:9: error: signer.seal: a Party document prints no seal image unless its layout allows it") }, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("dang.pdf")))
    }
}
