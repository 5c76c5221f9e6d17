@testable import Records
import Testing

/// A bad record's diagnostics read in Vietnamese by default and in English on request; the
/// field path and the record's own text stay as written (issue 10, point 3). The language is
/// passed explicitly, so the tests do not depend on the locale they run in.
@Suite struct DiagnosticLanguageTests {
    /// The diagnostics of the seed record with some lines replaced, as `line:column: …` in
    /// `language`.
    static func problems(_ changes: [Int: String], in language: Language) -> [String] {
        SeedRecord.withRecord(SeedRecord.yaml(replacing: changes)) { _, path in
            let diagnostics: [Diagnostic]
            switch RecordLoader().load(file: path) {
            case .success(_, let warnings): diagnostics = warnings
            case .failure(let all): diagnostics = all
            }
            return diagnostics.map { String($0.description(in: language).dropFirst(path.count + 1)) }
        }
    }

    @Test func vietnameseIsTheDefaultLanguage() {
        #expect(Language.from(environment: [:]) == .vi)
        #expect(Language.from(environment: ["LANG": "C.UTF-8"]) == .vi)
        #expect(Language.from(environment: ["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(Language.from(environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.from(environment: ["LANG": "en_US.UTF-8", "LC_ALL": "vi_VN.UTF-8"]) == .vi)
    }

    @Test func anUnknownField() {
        #expect(Self.problems([16: "guest:"], in: .vi) == ["16:1: lỗi: guest: không có trường này; có phải là “guests”?"])
        #expect(Self.problems([16: "guest:"], in: .en) == ["16:1: error: guest: unknown field; did you mean guests?"])
    }

    @Test func aDateThatDoesNotExist() {
        #expect(Self.problems([10: "date: 30/02/2023"], in: .vi)
            == ["10:7: lỗi: date: 30/02/2023 không phải là ngày có thật (tháng 2 năm 2023 có 28 ngày)"])
        #expect(Self.problems([10: "date: 30/02/2023"], in: .en)
            == ["10:7: error: date: 30/02/2023 is not a date (February 2023 has 28 days)"])
    }

    @Test func aMissingRequiredField() {
        #expect(Self.problems([13: ""], in: .vi) == ["1:1: lỗi: venue: thiếu trường bắt buộc"])
        #expect(Self.problems([13: ""], in: .en) == ["1:1: error: venue: missing required field"])
    }

    @Test func aCommentTrapInAPlainValue() {
        let line = [13: "venue: Phòng họp #3, tầng 2"]
        #expect(Self.problems(line, in: .vi) == [
            "13:18: lỗi: venue: phần chữ từ \" #\" trở đi bị YAML hiểu là ghi chú, nên giá trị chỉ còn \"Phòng họp\"; hãy đặt cả câu trong ngoặc kép: venue: \"Phòng họp #3, tầng 2\"",
        ])
        #expect(Self.problems(line, in: .en) == [
            "13:18: error: venue: the text from \" #\" on was taken as a comment, so the value stops at \"Phòng họp\"; put the whole text in quotes: venue: \"Phòng họp #3, tầng 2\"",
        ])
    }

    @Test func aWarningSaysSoInItsLanguage() {
        let line = [28: "  - Trong 6 tháng *đầu năm 2023."]
        #expect(Self.problems(line, in: .vi).first?.hasPrefix("28:19: cảnh báo: proceedings[0]: * mở chữ nghiêng") == true)
        #expect(Self.problems(line, in: .en).first?.hasPrefix("28:19: warning: proceedings[0]: * opens italic text") == true)
    }
}
