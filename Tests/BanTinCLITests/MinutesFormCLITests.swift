import Foundation
import Testing
import TestSupport

/// Issue 12, points 1–3, from outside: the examples' minutes read back from the PDFs are
/// what a clerk signs, and a wrong signer stops minutes and booklets alike.
@Suite struct MinutesFormCLITests {
    /// Points 1 and 3: the wording of the example minutes, read back from the PDFs.
    @Test func theExampleMinutesReadAsTheFormsWriteThem() throws {
        let scratch = Scratch()
        let run = try Bantin.run(["minutes", "Examples/2023-07-03.yaml", "Examples/state/2023-09-15.yaml",
                                  "Examples/2023-06-28.yaml", "-o", scratch.file("out")])
        #expect(run.status == 0 && run.error.isEmpty, "\(run)")
        let party = folded(try PDF.rawText(scratch.file("out/2023-07-03.pdf")))
        #expect(party.contains("vắng mặt 2 đồng chí (có lý do: 01 đồng chí Hoàng Văn Nam, đi công tác; không có lý do: 01 đồng chí Vi Thị Hoa)."), "\(party)")
        #expect(party.contains("Đồng chí Nguyễn Đức Thắng, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh, phát biểu: Ghi nhận những kết quả"))
        #expect(party.components(separatedBy: "Nguyễn Đức Thắng").count - 1 == 2, "named as a guest and once for the speech")
        #expect(party.contains("- Nội dung: + Báo cáo sơ kết") && !party.contains("2023; Thảo luận"))
        #expect(party.contains("Hội nghị kết thúc vào lúc 16 giờ 30 phút cùng ngày."))
        #expect(!party.contains("))"))

        let state = folded(try PDF.rawText(scratch.file("out/2023-09-15.pdf")))
        #expect(!state.contains("theo diễn biến") && !state.contains("cuộc họp/hội nghị"))
        #expect(state.contains("Nội dung hội nghị:"))
        #expect(state.contains("vắng mặt 2 người (có lý do: ông Vy Văn Thành, nghỉ phép; bà Chu Thị Ngọc Diệp, đi công tác tại huyện Cao Lộc)."))
        #expect(state.contains("Ông Đàm Văn Chính, Phó Giám đốc Sở, phát biểu: Đề nghị"))
        #expect(state.contains("Chủ trì (chủ toạ): ông Hoàng Minh Tuấn, Giám đốc Sở."))
        #expect(state.contains("Hội nghị kết thúc vào 11 giờ 15 phút, ngày 15 tháng 9 năm 2023./."))
        #expect(state.contains("THƯ KÝ CHỦ TỌA GIÁM ĐỐC") || state.contains("CHỦ TỌA GIÁM ĐỐC"), "\(state)")

        let chiBo = folded(try PDF.rawText(scratch.file("out/2023-06-28.pdf")))
        #expect(chiBo.contains("2. Diễn biến buổi sinh hoạt chi bộ"))
        #expect(chiBo.contains("Buổi sinh hoạt chi bộ kết thúc vào lúc 17 giờ 00 phút cùng ngày."))
    }

    /// Point 2: a Party prefix written the state's way stops the minutes and the booklet,
    /// at its line and column, with the line corrected.
    @Test(arguments: [["minutes"], ["compile", "--period", "2023-Q1"]])
    func aWrongSignerIsReportedByEveryCommand(_ command: [String]) throws {
        let scratch = Scratch()
        let bad = try scratch.write("records/bad.yaml",
                                    SmallRecord.with(line: 28, "  chair: { authority: TM. CHI BỘ, title: BÍ THƯ, name: ThS. Lê Văn Minh }"))
        let output = scratch.file(command[0] == "minutes" ? "out" : "out.pdf")
        let run = try Bantin.run(command + [bad, "-o", output])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.filter { $0.hasPrefix(bad) } == [
            "\(bad):28:23: error: signers.chair.authority: Party prefixes are T/M, K/T, T/L with a slash and no period: write T/M CHI BỘ (HD 36)",
            "\(bad):28:56: error: signers.chair.name: no academic or honorific title before a signer's name: remove ThS. and write Lê Văn Minh (Decree 30, Appendix I, §II.7)",
        ], "\(run)")
    }
}
