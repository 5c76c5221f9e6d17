/// The catalogue's messages about report records (their fields, parts, tables and
/// placeholders), the figures behind them, and periods.
extension Localized {
    static var periodValue: Localized { Localized(vi: "một kỳ", en: "a period") }
    static var numberValue: Localized { Localized(vi: "một số", en: "a number") }
    static var pngPathValue: Localized { Localized(vi: "đường dẫn của một tệp PNG", en: "a PNG file path") }

    // MARK: Report fields

    static var meetingIsNotAReport: Localized {
        Localized(vi: "biên bản này là một cuộc họp; báo cáo được lập từ tệp có kind: report",
                  en: "this record is a meeting; a report is made from a record with kind: report")
    }

    static func roundOnFinalReport(_ round: Int) -> Localized {
        Localized(vi: "có ghi round \(round) nhưng draft là false; bản chính thức không có lần dự thảo",
                  en: "round \(round) is given but draft is false; a final report has no round")
    }

    static func draftNumberNotPrinted(_ number: Int) -> Localized {
        Localized(vi: "bản dự thảo để trống số cho đến khi báo cáo được ký; số \(number) không được in",
                  en: "a draft's number stays blank until the report is signed; \(number) is not printed")
    }

    static func draftHasNoSignature(_ file: String) -> Localized {
        Localized(vi: "bản dự thảo không kèm ảnh chữ ký; \(file) được bỏ qua",
                  en: "a draft carries no signature image; \(file) is left out")
    }

    static var asAboveAdded: Localized {
        Localized(vi: "báo cáo có Kính gửi (to:) nên Nơi nhận bắt đầu bằng \"- Như trên;\"; dòng này đã được thêm vào đầu danh sách; hãy ghi \"Như trên\" là dòng đầu của recipients",
                  en: "the report has Kính gửi (to:), so Nơi nhận starts with \"- Như trên;\", which was added at the top; write \"Như trên\" as the first line of recipients")
    }

    static func meetingLeftOut(_ date: String, _ organization: String, parent: String?, reporting: String) -> Localized {
        let under = parent.map { (vi: " (cấp trên: \($0))", en: " (its parent: \($0))") } ?? (vi: "", en: "")
        return Localized(vi: "cuộc họp ngày \(date) của \(organization)\(under.vi) không được tính vào số liệu của báo cáo: đây không phải \(reporting) hay một đơn vị trực thuộc; nếu đúng là đơn vị trực thuộc, hãy ghi tên \(organization) vào units: của báo cáo",
                         en: "the meeting of \(date) of \(organization)\(under.en) is left out of the report's figures: it is neither \(reporting) nor a unit under it; if it is one, list \(organization) under the report's units:")
    }

    // MARK: Tables

    static func notMeetingsOrTable(_ quoted: String) -> Localized {
        Localized(vi: "ở đây cần meetings (các cuộc họp trong kỳ) hoặc một bảng có header và rows, nhưng lại là \(quoted)",
                  en: "expected meetings (the period's meetings) or a table with header and rows, found \(quoted)")
    }

    static var tableNeedsHeader: Localized { Localized(vi: "bảng cần có dòng tiêu đề (header)", en: "a table needs a header row") }
    static var tableNeedsRow: Localized { Localized(vi: "bảng cần có ít nhất một dòng (rows)", en: "a table needs at least one row") }

    static func cellsForHeader(_ cells: Int, _ header: Int) -> Localized {
        Localized(vi: "dòng này có \(cells) ô trong khi dòng tiêu đề có \(header) ô", en: "\(cells) cells where the header has \(header)")
    }

    static var columnWidthsExpected: Localized {
        Localized(vi: "ở đây cần tỷ lệ độ rộng các cột, ví dụ [10, 60, 30]", en: "expected relative column widths, e.g. [10, 60, 30]")
    }

    static func widthsForColumns(_ widths: Int, _ columns: Int) -> Localized {
        Localized(vi: "có \(widths) độ rộng cho \(columns) cột", en: "\(widths) widths for \(columns) columns")
    }

    // MARK: Parts and headings

    static func partNeedsHeading(_ numbering: String) -> Localized {
        Localized(vi: "mỗi phần cần có tiêu đề: part: (\(numbering)), section: (1.) hoặc point: (a))",
                  en: "a part needs its heading: part: (\(numbering)), section: (1.) or point: (a))")
    }

    static func partHasOneHeading(_ head: String, _ last: String) -> Localized {
        Localized(vi: "mỗi phần chỉ có một tiêu đề; ở đây có \(head) và \(last)", en: "a part has one heading; found \(head) and \(last)")
    }

    static func headingUnder(_ level: String, _ numbering: String, parent: String, _ parentNumbering: String,
                             below: String, _ belowNumbering: String) -> Localized {
        Localized(vi: "cấp tiêu đề bị nhảy: \(level) (\(numbering)) không được đặt ngay dưới \(parent) (\(parentNumbering)); hãy đặt nó dưới một \(below) (\(belowNumbering))",
                  en: "heading level skips: a \(level) (\(numbering)) cannot stand directly under a \(parent) (\(parentNumbering)); put it under a \(below) (\(belowNumbering))")
    }

    static var nothingUnderPoint: Localized {
        Localized(vi: "cấp tiêu đề bị nhảy: dưới point (a)) không đánh số gì nữa; hãy ghi nội dung vào body",
                  en: "heading level skips: nothing is numbered under a point (a)); write its text under body")
    }

    static func partsStartWith(_ numbering: String) -> Localized {
        Localized(vi: "cấp tiêu đề bị nhảy: các phần của báo cáo bắt đầu bằng part: (\(numbering)) hoặc section: (1.), không phải point: (a))",
                  en: "heading level skips: the report's parts start with part: (\(numbering)) or section: (1.), not point: (a))")
    }

    static func mixedHeadingLevels(_ level: String, _ first: String) -> Localized {
        Localized(vi: "\(level) đứng cạnh \(first): các phần cùng cấp phải dùng cùng một loại tiêu đề",
                  en: "a \(level) beside a \(first): parts at one level share it")
    }

    static func tooManyPoints(_ count: Int, _ largest: Int) -> Localized {
        Localized(vi: "\(count) điểm; chữ cái đánh thứ tự chỉ đến \(largest) (y))", en: "\(count) points; lettering stops at \(largest) (y))")
    }

    // MARK: Placeholders and figures

    static var unclosedPlaceholder: Localized {
        Localized(vi: "có '{' nhưng thiếu '}' (viết {{ để in dấu ngoặc nhọn)", en: "a '{' without its '}' (write {{ for a brace)")
    }

    static var emptyPlaceholder: Localized {
        Localized(vi: "chỗ điền trống {} (viết {{}} để in hai dấu ngoặc nhọn)", en: "an empty placeholder {} (write {{}} for braces)")
    }

    static func unknownPlaceholder(_ name: String) -> Localized {
        Localized(vi: "không có chỗ điền {\(name)} (README liệt kê mọi tên)", en: "unknown placeholder {\(name)} (the README lists every name)")
    }

    static func unknownPlaceholder(_ name: String, didYouMean nearest: String) -> Localized {
        Localized(vi: "không có chỗ điền {\(name)}; có phải là {\(nearest)}? (README liệt kê mọi tên)",
                  en: "unknown placeholder {\(name)}; did you mean {\(nearest)}? (the README lists every name)")
    }

    static var unknownPlaceholderName: Localized { Localized(vi: "không có chỗ điền này", en: "unknown placeholder") }

    static func noRecordsBehind(_ name: String, _ missing: Localized) -> Localized {
        Localized(vi: "{\(name)} không có biên bản nào làm căn cứ: \(missing.vi)", en: "{\(name)} has no records behind it: \(missing.en)")
    }

    static func meetingsTableWithoutRecords(_ inPeriod: Localized) -> Localized {
        Localized(vi: "bảng các cuộc họp không có biên bản nào làm căn cứ: chưa có biên bản cuộc họp nào\(inPeriod.vi)",
                  en: "the table of meetings has no records behind it: no meeting record\(inPeriod.en) was given")
    }

    static func inPeriod(_ period: String) -> Localized { Localized(vi: " trong kỳ \(period)", en: " in \(period)") }

    static var noPeriodGiven: Localized {
        Localized(vi: "chưa có kỳ báo cáo (ghi period: trong báo cáo hoặc dùng --period)",
                  en: "no period was given (write period: in the report or use --period)")
    }

    static func noMeetingRecord(_ inPeriod: Localized) -> Localized {
        Localized(vi: "chưa có biên bản cuộc họp nào\(inPeriod.vi)", en: "no meeting record\(inPeriod.en) was given")
    }

    static func noMeetingWithVote(_ inPeriod: Localized) -> Localized {
        Localized(vi: "không biên bản cuộc họp nào\(inPeriod.vi) có biểu quyết", en: "no meeting record\(inPeriod.en) has a vote")
    }

    static func noMeetingWithSpeech(_ inPeriod: Localized) -> Localized {
        Localized(vi: "không biên bản cuộc họp nào\(inPeriod.vi) có ý kiến phát biểu", en: "no meeting record\(inPeriod.en) has a speech")
    }

    static func noMeetingWithGuests(_ inPeriod: Localized) -> Localized {
        Localized(vi: "không biên bản cuộc họp nào\(inPeriod.vi) có khách mời", en: "no meeting record\(inPeriod.en) has guests")
    }

    // MARK: Periods

    static func notAPeriod(_ text: String, year: String) -> Localized {
        Localized(vi: "\"\(text)\" không phải là một kỳ: hãy ghi \(year)-H1, \(year)-H2, \(year)-Q1 … \(year)-Q4 hoặc \(year)",
                  en: "\"\(text)\" is not a period: write \(year)-H1, \(year)-H2, \(year)-Q1 … \(year)-Q4 or \(year)")
    }

    static func optionNotADate(_ option: String, _ text: String, _ reason: Localized) -> Localized {
        Localized(vi: "\(option) \(text) không phải là ngày: \(reason.vi)", en: "\(option) \(text) is not a date: \(reason.en)")
    }

    static var writeISODate: Localized { Localized(vi: "hãy ghi YYYY-MM-DD, ví dụ 2023-07-01", en: "write YYYY-MM-DD, e.g. 2023-07-01") }

    static func fromAfterTo(_ from: String, _ to: String) -> Localized {
        Localized(vi: "--from \(from) muộn hơn --to \(to)", en: "--from \(from) is after --to \(to)")
    }

    static func recordsOutsidePeriod(_ count: Int) -> Localized {
        count == 1 ? Localized(vi: "1 biên bản nằm ngoài kỳ", en: "1 record is outside it")
            : Localized(vi: "\(count) biên bản nằm ngoài kỳ", en: "\(count) records are outside it")
    }

    static func noMeetingInPeriod(_ period: String, _ first: String, _ last: String, _ outside: Localized) -> Localized {
        Localized(vi: "không có cuộc họp nào trong kỳ \(period) (\(first) đến \(last)); \(outside.vi)",
                  en: "no meeting falls in the period \(period) (\(first) to \(last)); \(outside.en)")
    }
}
