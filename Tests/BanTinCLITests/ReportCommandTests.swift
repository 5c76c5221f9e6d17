import Foundation
import Records
import Testing
import TestSupport

/// `bantin report` on the examples and on bad reports (issue 5, items 2–4).
@Suite struct ReportCommandTests {
    static let draft = "Examples/reports/bao-cao-so-ket-6-thang-2023.yaml"
    static let final = "Examples/reports/bao-cao-so-ket-6-thang-2023-ban-ky.yaml"

    /// Runs `bantin report` into `scratch/name` and returns the PDF's path and the run.
    static func report(_ arguments: [String], into scratch: Scratch, _ name: String = "bao-cao.pdf",
                       environment: [String: String] = [:]) throws -> (pdf: String, run: Bantin.Run) {
        let pdf = scratch.file(name)
        return (pdf, try Bantin.run(["report"] + arguments + ["-o", pdf], environment: environment))
    }

    /// The H1 meetings of the examples, loaded by the record loader.
    static func halfYearMeetings(in folder: String = Fixtures.path("Examples")) throws -> [Meeting] {
        try RecordFiles.collect([folder]).compactMap { file -> Meeting? in
            guard RecordLoader.kind(ofFile: file) != .report else { return nil }
            let meeting = try RecordText.meeting(file)
            return meeting.date.year == 2023 && meeting.date.month <= 6 ? meeting : nil
        }
    }

    /// Present over members, by hand: two decimals, half up, decimal comma.
    static func rate(_ meetings: [Meeting]) -> String {
        let present = meetings.reduce(0) { $0 + $1.attendance.present }, members = meetings.reduce(0) { $0 + $1.attendance.members }
        let hundredths = (present * 20_000 + members) / (2 * members)
        return "\(hundredths / 100)," + String(format: "%02d", hundredths % 100) + "%"
    }

    @Test func theExampleDraftHoldsEveryTextWithItsFigures() throws {
        let scratch = Scratch()
        let (pdf, run) = try Self.report([Self.draft, "Examples"], into: scratch)
        try #require(run.status == 0, "\(run)")
        let meetings = try Self.halfYearMeetings()
        // Four pages: "Kết quả các kỳ họp …:" goes with its table to page 2, and the signature
        // with the two lines of the last section no longer fits under page 3.
        #expect(run.output == "\(pdf): 4 pages\n\(meetings.count) meetings counted, 2 outside the period\n", "\(run)")
        let text = Text.fold(try PDF.rawText(pdf))
        // Every text of the record, its placeholders filled by the library from the same records.
        guard case .success(let report, _) = ReportLoader().load(file: Fixtures.path(Self.draft)) else { Issue.record("the example does not load"); return }
        let figures = ReportFigures(meetings: meetings, period: try Period.parse("2023-H1"))
        let resolved = try #require(ReportResolver.resolve(report, figures: figures).report)
        var headingsInCapitals: Set<String> = []
        func collect(_ part: ReportPart) { if part.level == .part { headingsInCapitals.insert(part.heading) }; part.parts.forEach(collect) }
        resolved.parts.forEach(collect)
        for (path, value) in resolved.texts where path != "organization.place" {
            var expected = Text.fold(value)
            if path.hasPrefix("organization.") || headingsInCapitals.contains(value) { expected = expected.uppercased() }
            if path.hasPrefix("recipients") { expected = "- " + expected + ";" }
            if path == "archive" { expected = "- Lưu " + expected + "." }
            #expect(text.contains(expected), "\(path) is not in the PDF: \(expected.prefix(90))")
        }
        #expect(!text.contains("{"), "a placeholder was printed")
        // The figures, as a clerk counts them from the records.
        let present = meetings.reduce(0) { $0 + $1.attendance.present }, members = meetings.reduce(0) { $0 + $1.attendance.members }
        #expect(text.contains("tổ chức \(meetings.count) hội nghị"))
        #expect(text.contains("triệu tập là \(members), có mặt \(present) lượt, đạt tỷ lệ \(Self.rate(meetings))"))
        #expect(text.contains("Dự thảo lần 2") && text.contains("Lạng Sơn, ngày tháng năm 2023"))
        let check = try PDF.tool("qpdf", ["--check", pdf])
        #expect(check.contains("No syntax or stream encoding errors found"), "\(check)")
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        let scratch = Scratch()
        let first = try Self.report([Self.final, "Examples"], into: scratch, "a.pdf")
        let second = try Self.report([Self.final, "Examples"], into: scratch, "b.pdf")
        try #require(first.run.status == 0 && second.run.status == 0, "\(first.run)")
        #expect(bytes(first.pdf) == bytes(second.pdf))
        let text = Text.fold(try PDF.rawText(first.pdf))
        #expect(text.contains("Số 45-BC/ĐU") && text.contains("Lạng Sơn, ngày 30 tháng 6 năm 2023") && !text.contains("Dự thảo"))
        // The signature image is in the final report, once.
        let images = try PDF.tool("pdfimages", ["-list", first.pdf]).split(separator: "\n").dropFirst(2)
        #expect(images.filter { $0.split(separator: " ")[2] == "image" }.count == 1, "\(images)")
    }

    @Test func changingOneRecordChangesTheFigures() throws {
        let scratch = Scratch()
        let folder = scratch.file("records")
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples"), toPath: folder)
        let before = try Self.report([folder + "/reports/bao-cao-so-ket-6-thang-2023.yaml", folder], into: scratch, "before.pdf")
        try #require(before.run.status == 0, "\(before.run)")
        // The May chi bộ meeting: one absentee came after all.
        let may = folder + "/2023-H1/2023-05-16.yaml"
        let meeting = try RecordText.meeting(may)
        var text = try String(contentsOfFile: may, encoding: .utf8)
        let present = "present: \(meeting.attendance.present)"
        text = text.replacingOccurrences(of: present, with: "present: \(meeting.attendance.present + 1)")
        // Drop the first absentee (a `- name:` item with its reason line, if any).
        var lines = text.components(separatedBy: "\n")
        let absent = try #require(lines.firstIndex { $0.hasPrefix("  absent:") })
        let first = try #require(lines[absent...].firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- name:") })
        lines.remove(at: first)
        if first < lines.count, lines[first].trimmingCharacters(in: .whitespaces).hasPrefix("reason:") { lines.remove(at: first) }
        try lines.joined(separator: "\n").write(toFile: may, atomically: true, encoding: .utf8)
        let after = try Self.report([folder + "/reports/bao-cao-so-ket-6-thang-2023.yaml", folder], into: scratch, "after.pdf")
        try #require(after.run.status == 0, "\(after.run)")
        let meetings = try Self.halfYearMeetings(in: folder)
        let newRate = Self.rate(meetings)
        let beforeText = Text.fold(try PDF.rawText(before.pdf)), afterText = Text.fold(try PDF.rawText(after.pdf))
        #expect(afterText.contains("đạt tỷ lệ \(newRate)"), "the new rate \(newRate) is not printed")
        #expect(!beforeText.contains("đạt tỷ lệ \(newRate)"))
    }

    @Test(arguments: [
        ("          - Đã tổ chức {meeting.count} hội nghị.", 17, "13: error: parts[0].parts[0].body[0]: unknown placeholder {meeting.count}; did you mean {meetings.count}?"),
        ("      - point: Công tác tổ chức", 15, "9: error: parts[0].parts[0].point: heading level skips: a point (a)) cannot stand directly under a part"),
    ])
    func aBadReportGetsItsMessageAndNoPDF(line: String, number: Int, message: String) throws {
        let scratch = Scratch()
        var lines = try String(contentsOfFile: Fixtures.path("Tests/BanTinCLITests/Fixtures/report.yaml"), encoding: .utf8).components(separatedBy: "\n")
        lines[number - 1] = line
        let record = try scratch.write("report.yaml", lines.joined(separator: "\n"))
        let (pdf, run) = try Self.report([record, "Examples"], into: scratch)
        #expect(run.status == 1)
        #expect(run.errorLines.contains { $0.hasPrefix("\(record):\(number):\(message)") }, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test func aFinalReportNeedsASignerNameAndAPNGSignature() throws {
        let scratch = Scratch()
        let text = try String(contentsOfFile: Fixtures.path(Self.final), encoding: .utf8)
        let noName = try scratch.write("reports/no-name.yaml", text.replacingOccurrences(of: "  name: Đàm Văn Chính\n", with: ""))
        var run = try Self.report([noName, "Examples"], into: scratch).run
        #expect(run.status == 1 && run.errorLines.contains { $0.hasPrefix(noName) && $0.hasSuffix(": error: signer.name: missing required field") }, "\(run)")
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/photos/toan-canh.jpg"), toPath: scratch.file("reports/chu-ky.jpg"))
        let jpeg = try scratch.write("reports/jpeg.yaml", text.replacingOccurrences(of: "signatures/chu-ky-mau.png", with: "chu-ky.jpg"))
        run = try Self.report([jpeg, "Examples"], into: scratch).run
        #expect(run.status == 1 && run.errorLines.contains { $0.hasSuffix(": error: signer.signature: chu-ky.jpg is a JPEG; a signature image must be a PNG with a transparent background (Decree 30, §II.7.d)") }, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("bao-cao.pdf")))
    }

    @Test func aFigureWithoutRecordsIsAnErrorNotAZero() throws {
        let scratch = Scratch()
        // The May chi bộ meeting alone: it voted on nothing.
        let (pdf, run) = try Self.report([Self.draft, "Examples/2023-H1/2023-05-16.yaml", "--period", "2023-Q2"], into: scratch)
        #expect(run.status == 1)
        #expect(run.errorLines.contains { $0.hasSuffix("error: parts[0].parts[1].body[3]: {votes.count} has no records behind it: no meeting record in 2023-Q2 has a vote") }, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test func aBadMeetingRecordStopsTheReport() throws {
        let scratch = Scratch()
        let seed = try String(contentsOfFile: Fixtures.path("Examples/2023-06-28.yaml"), encoding: .utf8)
        try scratch.write("records/bad.yaml", seed.replacingOccurrences(of: "present: 8", with: "present: 80"))
        let (pdf, run) = try Self.report([Self.draft, scratch.file("records"), "Examples/2023-H1"], into: scratch)
        #expect(run.status == 1)
        #expect(run.errorLines.last == "bantin: no report written: its figures would leave out the records above; correct them and run again", "\(run)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test func theWatermarkIsLightInkNotText() throws {
        let scratch = Scratch()
        let plain = try Self.report([Self.draft, "Examples"], into: scratch, "plain.pdf")
        let marked = try Self.report([Self.draft, "Examples", "--watermark"], into: scratch, "marked.pdf")
        try #require(plain.run.status == 0 && marked.run.status == 0, "\(marked.run)")
        #expect(try PDF.rawText(plain.pdf) == (try PDF.rawText(marked.pdf)), "the watermark changed the text layer")
        #expect(try PDF.tool("qpdf", ["--check", marked.pdf]).contains("No syntax or stream encoding errors found"))
        // On every page, many more light-grey pixels than without it.
        for page in 1...3 {
            func light(_ pdf: String) throws -> Int {
                let base = scratch.file("p\(page)-\(UUID().uuidString)")
                _ = try PDF.tool("pdftoppm", ["-gray", "-r", "30", "-f", "\(page)", "-l", "\(page)", pdf, base])
                let file = try #require(scratch.files(under: ".").first { scratch.file($0).hasPrefix(base) })
                let data = try #require(bytes(scratch.file(file)))
                // The watermark's own grey (0.85 of white), which text edges rarely hit exactly.
                return data.filter { (216...217).contains($0) }.count
            }
            #expect(try light(marked.pdf) > 3 * (try light(plain.pdf)) + 200, "page \(page) shows no watermark")
        }
        let final = try Self.report([Self.final, "Examples", "--watermark"], into: scratch, "final.pdf")
        #expect(final.run.status == 1 && final.run.errorLines.last?.hasSuffix("error: --watermark marks drafts; this report is final (draft: false)") == true, "\(final.run)")
    }

    @Test func theReadmeListsEveryPlaceholder() throws {
        let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
        for (name, _) in ReportPlaceholders.catalogue {
            #expect(readme.contains("| `{\(name)}` |"), "README does not document {\(name)}")
        }
    }

    @Test func checkValidatesReportRecordsToo() throws {
        let run = try Bantin.run(["check", "Examples"])
        #expect(run.status == 0, "\(run)")
        #expect(run.output == "\(ExamplesTests.examples.count + ExamplesTests.reports.count) records checked, 0 with errors\n", "\(run)")
        let scratch = Scratch()
        var lines = try String(contentsOfFile: Fixtures.path("Tests/BanTinCLITests/Fixtures/report.yaml"), encoding: .utf8).components(separatedBy: "\n")
        lines[16] = "          - Đã tổ chức {meeting.count} hội nghị."
        let record = try scratch.write("report.yaml", lines.joined(separator: "\n"))
        let bad = try Bantin.run(["check", record])
        #expect(bad.status == 1 && bad.error.hasPrefix("\(record):17:13: error: parts[0].parts[0].body[0]: unknown placeholder {meeting.count}"), "\(bad)")
    }
}
