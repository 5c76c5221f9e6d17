import Foundation
import Testing
import TestSupport

/// Issue 10.3: BanTin speaks Vietnamese unless told otherwise (`--lang en` anywhere on the
/// command line, or an English LANG), in its help, summaries, usage errors and problems.
@Suite struct LanguageTests {
    /// A machine with no English locale: what a clerk's computer usually has.
    static let noLocale = ["LANG": "C.UTF-8"]

    @Test func aSummaryFollowsTheLanguageAskedFor() throws {
        let vietnamese = try Bantin.run(["check", "Examples/2023-07-03.yaml", "--lang", "vi"])
        #expect(vietnamese.status == 0, "\(vietnamese)")
        #expect(vietnamese.output == "Đã kiểm tra 1 hồ sơ, 0 hồ sơ có lỗi\n", "\(vietnamese)")
        let english = try Bantin.run(["--lang", "en", "check", "Examples/2023-07-03.yaml"], environment: Self.noLocale)
        #expect(english.output == "1 record checked, 0 with errors\n", "\(english)")
        let byDefault = try Bantin.run(["check", "Examples/2023-07-03.yaml"], environment: Self.noLocale)
        #expect(byDefault.output == vietnamese.output, "\(byDefault)")
    }

    @Test func theMinutesSummaryAndFileLinesInVietnamese() throws {
        let scratch = Scratch()
        let run = try Bantin.run(["minutes", "Examples/2023-07-03.yaml", "-o", scratch.path, "--lang=vi"])
        #expect(run.status == 0, "\(run)")
        #expect(run.output == "\(scratch.file("2023-07-03.pdf")): đã ghi, 3 trang\n1 biên bản: đã ghi 1 tệp PDF\n", "\(run)")
    }

    @Test func anErrorFollowsTheLanguageAskedFor() throws {
        let scratch = Scratch()
        let vietnamese = try Bantin.run(["minutes", "khong-co.yaml", "-o", scratch.path, "--lang", "vi"])
        #expect(vietnamese.status == 1, "\(vietnamese)")
        #expect(vietnamese.errorLines == ["bantin: khong-co.yaml: không có tệp hoặc thư mục này"], "\(vietnamese)")
        let english = try Bantin.run(["minutes", "khong-co.yaml", "-o", scratch.path, "--lang", "en"], environment: Self.noLocale)
        #expect(english.errorLines == ["bantin: khong-co.yaml: no such file or folder"], "\(english)")
    }

    @Test func anEnglishLANGGivesEnglishAndAVietnameseOneVietnamese() throws {
        let english = try Bantin.run(["check", "Examples/2023-07-03.yaml"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.output == "1 record checked, 0 with errors\n", "\(english)")
        let vietnamese = try Bantin.run(["check", "Examples/2023-07-03.yaml"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(vietnamese.output == "Đã kiểm tra 1 hồ sơ, 0 hồ sơ có lỗi\n", "\(vietnamese)")
    }

    @Test func theHelpIsInVietnameseByDefaultAndEnglishOnRequest() throws {
        let vietnamese = try Bantin.run(["--help"], environment: Self.noLocale)
        #expect(vietnamese.status == 0, "\(vietnamese)")
        #expect(vietnamese.output.contains("biên bản cuộc họp: mỗi hồ sơ thành một tệp PDF"), "\(vietnamese)")
        #expect(vietnamese.output.contains("--lang en"), "the root help names --lang: \(vietnamese)")
        let english = try Bantin.run(["--help", "--lang", "en"], environment: Self.noLocale)
        #expect(english.output.contains("OVERVIEW: Typeset records of Vietnamese meetings"), "\(english)")
        #expect(english.output.contains("--lang vi"), "\(english)")
        #expect(!english.output.contains("biên bản cuộc họp"), "\(english)")
    }

    @Test func aCommandsOptionsAreExplainedInVietnamese() throws {
        let run = try Bantin.run(["bulletin", "--help"], environment: Self.noLocale)
        #expect(run.output.contains("Thứ tự các tin: date (theo ngày họp)"), "\(run)")
        #expect(run.output.contains("Số tài liệu làm cùng lúc"), "\(run)")
    }

    @Test func aMisspeltCommandIsAnsweredInBothLanguages() throws {
        let vietnamese = try Bantin.run(["minute"], environment: Self.noLocale)
        #expect(vietnamese.status == 2, "\(vietnamese)")
        #expect(vietnamese.errorLines.first == "Lỗi: không có lệnh 'minute'; có phải ý bạn là 'minutes'?", "\(vietnamese)")
        let english = try Bantin.run(["minute", "--lang", "en"], environment: Self.noLocale)
        #expect(english.status == 2, "\(english)")
        #expect(english.errorLines.first == "Error: unknown command 'minute'; did you mean 'minutes'?", "\(english)")
    }

    @Test func argumentParsersUsageErrorsAreTranslated() throws {
        let missing = try Bantin.run(["minutes", "Examples/2023-07-03.yaml"], environment: Self.noLocale)
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.errorLines.first == "Lỗi: thiếu '--output <output>' trên dòng lệnh", "\(missing)")
        #expect(missing.errorLines.contains { $0.hasPrefix("Cách dùng: bantin minutes") }, "\(missing)")
        let value = try Bantin.run(["bulletin", "Examples", "-o", "x.pdf", "--order", "ngay"], environment: Self.noLocale)
        #expect(value.status == 2, "\(value)")
        #expect(value.errorLines.first == "Lỗi: giá trị 'ngay' không dùng được cho '--order <order>'; hãy ghi một trong các giá trị: 'date', 'given'", "\(value)")
        let ours = try Bantin.run(["minutes", "Examples", "-o", "out", "--jobs", "0"], environment: Self.noLocale)
        #expect(ours.status == 2, "\(ours)")
        #expect(ours.errorLines.first == "Lỗi: --jobs phải từ 1 trở lên", "\(ours)")
    }

    @Test func anUnknownLanguageIsAUsageErrorSaidInBoth() throws {
        for environment in [Self.noLocale, ["LANG": "en_US.UTF-8"]] {
            let run = try Bantin.run(["check", "Examples", "--lang", "fr"], environment: environment)
            #expect(run.status == 2, "\(run)")
            #expect(run.errorLines == [
                "Lỗi: --lang fr: không rõ ngôn ngữ này; ghi --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh)",
                "Error: --lang fr: unknown language; write --lang vi (Vietnamese) or --lang en (English)",
            ], "\(run)")
            #expect(run.output.isEmpty, "\(run)")
        }
        let noValue = try Bantin.run(["check", "Examples", "--lang"])
        #expect(noValue.status == 2, "\(noValue)")
    }

    @Test func aReadOnlyPDFIsSaidInVietnamese() throws {
        let scratch = Scratch()
        let pdf = scratch.file("2023-07-03.pdf")
        try #require(try Bantin.run(["minutes", "Examples/2023-07-03.yaml", "-o", pdf]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: pdf)
        let before = bytes(pdf)
        let run = try Bantin.run(["minutes", "Examples/2023-07-03.yaml", "-o", pdf], environment: Self.noLocale)
        #expect(run.status == 3, "\(run)")
        #expect(run.errorLines == ["\(pdf): lỗi: tệp PDF cũ chỉ cho đọc; hãy cho phép ghi vào nó (chmod u+w) hoặc chọn -o khác"], "\(run)")
        #expect(bytes(pdf) == before)
    }

    @Test func aLayoutErrorIsInVietnamese() throws {
        let scratch = Scratch()
        let layout = try scratch.write("layout.yaml", "product: minutes\nregime: party\npagee: 1\n")
        let run = try Bantin.run(["check", "Examples/2023-07-03.yaml", "--layout", layout], environment: Self.noLocale)
        #expect(run.errorLines.contains("\(layout):3:1: lỗi: pagee: không có khoá này; có phải ý bạn là 'page'?"), "\(run)")
    }
}
