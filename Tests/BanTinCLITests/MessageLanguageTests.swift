import Testing

/// Messages are in Vietnamese by default (a Vietnamese or C locale, or none) and in English
/// when the locale asks for it (issue 10, point 3).
@Suite struct MessageLanguageTests {
    /// A record with an impossible date (line 10) and a misspelt key (`guest:`, last line).
    static func badRecord(in scratch: Scratch) throws -> (path: String, guestLine: Int) {
        var text = SmallRecord.with(line: 10, "date: 2023-02-30")
        if !text.hasSuffix("\n") { text += "\n" }
        let guestLine = text.filter { $0 == "\n" }.count + 1
        text += "guest:\n  - Ông Nguyễn Văn A\n"
        return (try scratch.write("bad.yaml", text), guestLine)
    }

    /// Every problem line `check` prints (stdout and stderr), source excerpts left out.
    static func problemLines(_ run: Bantin.Run) -> [String] {
        (run.output + "\n" + run.error).split(separator: "\n").map(String.init)
            .filter { !Bantin.Run.isSourceSnippet($0) && ($0.contains(": lỗi: ") || $0.contains(": error: ")) }
    }

    @Test(arguments: ["vi_VN.UTF-8", "C.UTF-8"])
    func checkSpeaksVietnameseByDefault(_ lang: String) throws {
        let scratch = Scratch()
        let (path, guestLine) = try Self.badRecord(in: scratch)
        let run = try Bantin.run(["check", path], environment: ["LANG": lang])
        #expect(run.status == 1, "\(run)")
        #expect(Self.problemLines(run) == [
            "\(path):10:7: lỗi: date: 2023-02-30 không phải là ngày có thật (tháng 2 năm 2023 có 28 ngày)",
            "\(path):\(guestLine):1: lỗi: guest: không có trường này; có phải là “guests”?",
        ], "\(run)")
    }

    @Test func checkSpeaksEnglishInAnEnglishLocale() throws {
        let scratch = Scratch()
        let (path, guestLine) = try Self.badRecord(in: scratch)
        let run = try Bantin.run(["check", path], environment: ["LANG": "en_US.UTF-8"])
        #expect(run.status == 1, "\(run)")
        #expect(Self.problemLines(run) == [
            "\(path):10:7: error: date: 2023-02-30 is not a date (February 2023 has 28 days)",
            "\(path):\(guestLine):1: error: guest: unknown field; did you mean guests?",
        ], "\(run)")
    }
}
