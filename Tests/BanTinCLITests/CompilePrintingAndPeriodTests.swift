import Foundation
import Testing
import TestSupport

/// Issue 4, "What must hold" 3 (saddle imposition of an 18-page booklet, read back with
/// poppler) and the period selection of the CLI (records outside counted, empty period an error).
@Suite struct CompilePrintingAndPeriodTests {
    // MARK: Saddle imposition

    /// 12 records of seed 6: those of 2023-Q2 make an 18-page booklet (re-chosen when a vote
    /// table started keeping its note and the signatures with it).
    static let eighteenPages = (seed: 6, count: 12, period: "2023-Q2")

    /// Page sizes `pdfinfo` reports for pages 1…count.
    static func pageSizes(_ pdf: String, count: Int) throws -> [(width: Double, height: Double)] {
        let text = try PDF.tool("pdfinfo", ["-f", "1", "-l", "\(count)", pdf])
        let pattern = try NSRegularExpression(pattern: #"^Page\s+\d+ size:\s+([0-9.]+) x ([0-9.]+) pts"#, options: .anchorsMatchLines)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (Double(text[Range(match.range(at: 1), in: text)!])!, Double(text[Range(match.range(at: 2), in: text)!])!)
        }
    }

    @Test func saddleImpositionOfAnEighteenPageBookletGivesTenFacesStartingWithTwentyAndOne() throws {
        let scratch = Scratch()
        let set = Self.eighteenPages
        let records = try Booklet.generate(count: set.count, seed: set.seed, into: scratch, "records")
        let flat = scratch.file("flat.pdf"), imposed = scratch.file("imposed.pdf")
        let flatRun = try Bantin.run(["compile", records, "--period", set.period, "-o", flat])
        try #require(flatRun.status == 0, "\(flatRun)")
        try #require(try Booklet.pageCount(flat) == 18,
                     "the test's record set no longer makes an 18-page booklet (gen-records.py changed?): \(flatRun.error)")
        let run = try Bantin.run(["compile", records, "--period", set.period, "--impose", "saddle", "-o", imposed])
        try #require(run.status == 0, "\(run)")

        // 10 faces (5 sheets, 20 pages with 2 blanks), each two A4 pages wide: 1190.55 x 841.89.
        #expect(try Booklet.pageCount(imposed) == 10)
        let sizes = try Self.pageSizes(imposed, count: 10)
        #expect(sizes.count == 10)
        for (face, size) in sizes.enumerated() {
            #expect(abs(size.width - 1190.55) < 0.01 && abs(size.height - 841.89) < 0.01,
                    "face \(face + 1) is \(size.width) x \(size.height)")
        }

        // Each half of each face carries the page the saddle order puts there, its text still
        // text; a page beyond 18 is blank.
        var order: [(left: Int, right: Int)] = []
        for k in 0..<10 {
            let outer = 20 - k, inner = k + 1
            order.append(k % 2 == 0 ? (left: outer, right: inner) : (left: inner, right: outer))
        }
        #expect(order[0].left == 20 && order[0].right == 1)
        for (index, pair) in order.enumerated() {
            for (slot, number) in [pair.left, pair.right].enumerated() {
                let half = Text.fold(try Booklet.pageText(imposed, index + 1, crop: (x: slot * 595, y: 0, width: 596, height: 842)))
                if number > 18 {
                    #expect(half.isEmpty, "face \(index + 1), \(slot == 0 ? "left" : "right"): page \(number) should be blank, has \(half.prefix(80))")
                } else {
                    let page = Text.fold(try Booklet.pageText(flat, number))
                    #expect(!page.isEmpty && half == page,
                            "face \(index + 1), \(slot == 0 ? "left" : "right"): expected page \(number) (\(page.prefix(80))), found \(half.prefix(80))")
                }
            }
        }

        // The first face: page 20 (blank) on the left, the cover (its organisation) on the right.
        let cover = try Booklet.pageText(flat, 1, layout: true)
        let organization = try #require(cover.components(separatedBy: "\n").map(Text.fold).first { $0.hasPrefix("SỞ ") || $0.hasPrefix("ĐẢNG") || $0.hasPrefix("CHI BỘ") },
                                        "no organisation on the cover: \(cover)")
        let right = try Booklet.pageText(imposed, 1, layout: true, crop: (x: 595, y: 0, width: 596, height: 842))
        let left = try Booklet.pageText(imposed, 1, layout: true, crop: (x: 0, y: 0, width: 595, height: 842))
        #expect(Text.fold(right).contains(organization), "the right half of face 1 lacks \(organization): \(right)")
        #expect(Text.fold(left).isEmpty, "the left half of face 1 (page 20) is not blank: \(left)")

        // Vector text with embedded fonts, no image: nothing was rasterised.
        let fonts = try PDF.tool("pdffonts", [imposed]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains(" yes ") }, "pdffonts: \(fonts)")
        let images = try PDF.tool("pdfimages", ["-list", imposed]).split(separator: "\n").dropFirst(2)
        #expect(images.isEmpty, "imposed faces hold images: \(images)")
        let check = Tool.run("qpdf", ["--check", imposed])
        #expect(check.status == 0, "qpdf --check: \(check.output)\(check.error)")
    }

    @Test func bleedAndMarksWidenTheSheetsAndKeepTheText() throws {
        let scratch = Scratch()
        let set = Self.eighteenPages
        let records = try Booklet.generate(count: set.count, seed: set.seed, into: scratch, "records")
        let imposed = scratch.file("imposed.pdf")
        let run = try Bantin.run(["compile", records, "--period", set.period, "--impose", "saddle", "--bleed", "3mm", "--marks", "-o", imposed])
        try #require(run.status == 0, "\(run)")
        let sizes = try Self.pageSizes(imposed, count: 10)
        #expect(sizes.count == 10)
        // A4 pages side by side with at least the 3 mm bleed all round.
        let bleed = 3 * 72 / 25.4
        for size in sizes {
            #expect(size.width >= 1190.55 + 2 * bleed - 0.01 && size.height >= 841.89 + 2 * bleed - 0.01, "\(size)")
        }
        #expect(!Text.fold(try Booklet.pageText(imposed, 1)).isEmpty)
        let check = Tool.run("qpdf", ["--check", imposed])
        #expect(check.status == 0, "qpdf --check: \(check.output)\(check.error)")
    }

    // MARK: Period selection

    /// 12 records of 2023 (seed 7), 4 of 2022 (seed 3) and the examples (2023).
    static func mixedRecords(_ scratch: Scratch) throws -> (folders: [String], dates: [(year: Int, month: Int, day: Int)]) {
        let this = try Booklet.generate(count: 12, seed: 7, year: 2023, into: scratch, "records/2023")
        let last = try Booklet.generate(count: 4, seed: 3, year: 2022, into: scratch, "records/2022")
        let files = Booklet.records(in: scratch.file("records")) + Booklet.records(in: Fixtures.path("Examples"))
        let dates = try files.map { file in
            let date = try RecordText.meeting(file).date
            return (date.year, date.month, date.day)
        }
        #expect(dates.count == 12 + 4 + ExamplesTests.examples.count)
        return ([this, last, "Examples"], dates)
    }

    @Test(arguments: [
        (["--period", "2023-H1"], "2023-H1", "2023-01-01", "2023-06-30"),
        (["--period", "2023-Q3"], "2023-Q3", "2023-07-01", "2023-09-30"),
        (["--period", "2023"], "2023", "2023-01-01", "2023-12-31"),
        (["--from", "2023-03-01", "--to", "2023-08-31"], "2023-03-01..2023-08-31", "2023-03-01", "2023-08-31"),
    ])
    func recordsOutsideThePeriodAreSkippedAndCounted(options: [String], name: String, first: String, last: String) throws {
        let scratch = Scratch()
        let (folders, dates) = try Self.mixedRecords(scratch)
        func iso(_ date: (year: Int, month: Int, day: Int)) -> String {
            String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        }
        let inside = dates.filter { iso($0) >= first && iso($0) <= last }.count
        let outside = dates.count - inside
        try #require(inside > 0 && outside > 0, "the records do not straddle \(name)")
        let pdf = scratch.file("booklet.pdf")
        let run = try Bantin.run(["compile"] + folders + options + ["-o", pdf])
        try #require(run.status == 0, "\(run)")
        let pages = try Booklet.pageCount(pdf)
        let summary = "\(inside) meeting\(inside == 1 ? "" : "s") in \(name), \(outside) outside it"
        #expect(run.output == "\(pdf): \(pages) pages\n\(summary)\n", "\(run)")
        // The booklet holds exactly the meetings inside.
        let outline = try #require(try Booklet.qpdfJSON(pdf)["outlines"] as? [[String: Any]])
        #expect(outline.map { ($0["kids"] as? [Any])?.count ?? 0 }.reduce(0, +) == inside)
    }

    @Test(arguments: [
        (["--period", "2024"], "no meeting falls in the period 2024 (2024-01-01 to 2024-12-31); 24 records are outside it"),
        (["--period", "2022-Q1"], "no meeting falls in the period 2022-Q1 (2022-01-01 to 2022-03-31); 24 records are outside it"),
        (["--from", "2023-12-25", "--to", "2023-12-31"],
         "no meeting falls in the period 2023-12-25..2023-12-31 (2023-12-25 to 2023-12-31); 24 records are outside it"),
    ])
    func anEmptyPeriodIsAnErrorAndWritesNothing(options: [String], message: String) throws {
        let scratch = Scratch()
        let (folders, dates) = try Self.mixedRecords(scratch)
        // The chosen periods hold none of the records (the 2022 ones are all after March).
        try #require(!dates.contains { $0.year == 2024 || ($0.year == 2023 && $0.month == 12 && $0.day >= 25) })
        try #require(!dates.contains { $0.year == 2022 && $0.month <= 3 }, "a 2022 record falls in 2022-Q1: \(dates)")
        let pdf = scratch.file("booklet.pdf")
        let run = try Bantin.run(["compile"] + folders + options + ["-o", pdf])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines.contains("bantin: \(message)"), "stderr: \(run.error)")
        #expect(!FileManager.default.fileExists(atPath: pdf), "a booklet was written for an empty period")
    }
}
