import Foundation
import Testing
import TestSupport

/// Issue 11, must-hold 1: a text wider than its column is the one thing broken inside; the
/// run writes the PDF and warns, naming the text.
@Suite struct OverlongTextWarningTests {
    static let url = "https://langson.gov.vn/tin-tuc/hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-phuong-huong-nhiem-vu-6-thang-cuoi-nam-2023"

    @Test func aWordWiderThanTheColumnIsWrittenAndWarnedAbout() throws {
        let scratch = Scratch()
        let seed = try String(contentsOfFile: Fixtures.path("Examples/2023-06-28.yaml"), encoding: .utf8)
        let record = seed.replacingOccurrences(of: "Kế hoạch số 15-KH/ĐU", with: "Kế hoạch số 15-KH/ĐU (\(Self.url))")
        #expect(record != seed)
        let file = try scratch.write("hop.yaml", record)
        let pdf = scratch.file("hop.pdf")
        let run = try Bantin.run(["minutes", file, "-o", pdf])
        #expect(run.status == 0, "\(run)")
        #expect(FileManager.default.fileExists(atPath: pdf))
        #expect(run.errorLines == ["\(pdf): warning: “(\(Self.url))” is wider than its column, so it is broken inside; shorten it or add spaces"],
                "\(run)")
    }

    @Test func theExamplesHaveNoTextWiderThanItsColumn() throws {
        let scratch = Scratch()
        let run = try Bantin.run(["minutes", Fixtures.path("Examples/2023-07-03.yaml"), "-o", scratch.file("seed.pdf")])
        #expect(run.status == 0 && !run.error.contains("wider than its column"), "\(run)")
    }
}
