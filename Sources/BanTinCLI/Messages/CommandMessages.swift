import Records

/// What the commands print: the line per file written, summaries, usage errors, notes and
/// the progress line. Vietnamese has no plural; English counts go through one entry per form.
extension Localized {
    // Counted nouns.
    static func recordCount(_ n: Int) -> Localized {
        n == 1 ? Localized(vi: "\(n) biên bản", en: "\(n) record") : Localized(vi: "\(n) biên bản", en: "\(n) records")
    }
    static func fileCount(_ n: Int) -> Localized {
        n == 1 ? Localized(vi: "\(n) hồ sơ", en: "\(n) record") : Localized(vi: "\(n) hồ sơ", en: "\(n) records")
    }
    static func meetingCount(_ n: Int) -> Localized {
        n == 1 ? Localized(vi: "\(n) cuộc họp", en: "\(n) meeting") : Localized(vi: "\(n) cuộc họp", en: "\(n) meetings")
    }

    /// One line per file written.
    static func pagesWritten(_ path: String, pages: Int) -> Localized {
        pages == 1 ? Localized(vi: "\(path): đã ghi, \(pages) trang", en: "\(path): \(pages) page")
            : Localized(vi: "\(path): đã ghi, \(pages) trang", en: "\(path): \(pages) pages")
    }

    // Summaries.
    static func minutesSummary(records: Int, written: Int, notWritten: Int) -> Localized {
        let pdfs = written == 1 ? Localized(vi: "đã ghi \(written) tệp PDF", en: "\(written) PDF written")
            : Localized(vi: "đã ghi \(written) tệp PDF", en: "\(written) PDFs written")
        let missing = notWritten == 0 ? verbatim("")
            : Localized(vi: ", \(notWritten) tệp không ghi được", en: ", \(notWritten) not written")
        return recordCount(records) + verbatim(": ") + pdfs + missing
    }
    static func checkSummary(records: Int, withErrors: Int) -> Localized {
        Localized(vi: "Đã kiểm tra \(fileCount(records).vi), \(withErrors) hồ sơ có lỗi",
                  en: "\(fileCount(records).en) checked, \(withErrors) with errors")
    }
    static func bulletinSummary(items: Int, leftOut: Int) -> Localized {
        let issue = items == 1 ? Localized(vi: "1 số bản tin gồm \(items) tin", en: "1 issue of \(items) item")
            : Localized(vi: "1 số bản tin gồm \(items) tin", en: "1 issue of \(items) items")
        guard leftOut > 0 else { return issue }
        return issue + Localized(vi: ", bỏ ra \(recordCount(leftOut).vi)", en: ", \(recordCount(leftOut).en) left out")
    }
    static func compileSummary(inside: Int, period: String, outside: Int) -> Localized {
        Localized(vi: "\(meetingCount(inside).vi) trong kỳ \(period), \(outside) cuộc họp ngoài kỳ",
                  en: "\(meetingCount(inside).en) in \(period), \(outside) outside it")
    }
    static func reportSummary(inside: Int, outside: Int, leftOut: Int = 0) -> Localized {
        let other = leftOut == 0 ? (vi: "", en: "")
            : (vi: ", \(leftOut) cuộc họp của đơn vị khác không tính", en: ", \(leftOut) of other organisations left out")
        return Localized(vi: "đã tính \(meetingCount(inside).vi), \(outside) cuộc họp ngoài kỳ\(other.vi)",
                         en: "\(meetingCount(inside).en) counted, \(outside) outside the period\(other.en)")
    }
    static var reportSummaryNoRecords: Localized {
        Localized(vi: "không có hồ sơ cuộc họp nào được tính", en: "no meeting records counted")
    }

    // Usage errors (exit 2), raised while the command line is read.
    static var nameARecord: Localized {
        Localized(vi: "hãy ghi ít nhất một tệp hồ sơ hoặc thư mục", en: "name at least one record file or folder")
    }
    static var jobsAtLeastOne: Localized {
        Localized(vi: "--jobs phải từ 1 trở lên", en: "--jobs must be 1 or more")
    }
    static var pixelBudgetRange: Localized {
        Localized(vi: "--pixel-budget phải từ 1 đến 100000 (triệu điểm ảnh)",
                  en: "--pixel-budget must be 1 to 100000 (millions of pixels)")
    }
    static func allowFolderMissing(_ folder: String) -> Localized {
        Localized(vi: "--allow-folder \(folder): không có thư mục này", en: "--allow-folder \(folder): no such folder")
    }
    static func layoutFileMissing(_ file: String) -> Localized {
        Localized(vi: "--layout \(file): không có tệp này", en: "--layout \(file): no such file")
    }
    static func outputNamesOnePDF(_ output: String) -> Localized {
        Localized(vi: "-o \(output) là tên một tệp PDF, chỉ dùng cho một tệp hồ sơ; để in biên bản của nhiều hồ sơ, hãy ghi tên một thư mục, ví dụ -o out",
                  en: "-o \(output) names one PDF, for a single record file; to make the minutes of several records name a folder, e.g. -o out")
    }
    static var issueAtLeastOne: Localized {
        Localized(vi: "--issue phải từ 1 trở lên", en: "--issue must be 1 or more")
    }
    static func outputMustBePDF(example: String) -> Localized {
        Localized(vi: "-o là tên tệp PDF cần ghi, ví dụ -o \(example)", en: "-o names the PDF file to write, e.g. -o \(example)")
    }
    static var givePeriod: Localized {
        Localized(vi: "hãy ghi --period, hoặc cả --from và --to", en: "give --period, or --from and --to")
    }
    static var periodOrFromTo: Localized {
        Localized(vi: "chỉ ghi --period, hoặc --from và --to, không ghi cả hai", en: "give --period, or --from and --to, not both")
    }
    static var fromAndToTogether: Localized {
        Localized(vi: "--from và --to phải đi cùng nhau", en: "--from and --to go together")
    }
    static func bleedNotALength(_ written: String) -> Localized {
        Localized(vi: "--bleed \(written) không phải độ dài (ví dụ 3mm)", en: "--bleed \(written) is not a length (e.g. 3mm)")
    }
    static func bleedOutside(_ written: String, least: Int, most: Int) -> Localized {
        Localized(vi: "--bleed \(written) nằm ngoài khoảng \(least)–\(most)mm; nhà in thường cần khoảng 3mm",
                  en: "--bleed \(written) is outside \(least)–\(most)mm; printers ask for about 3mm")
    }

    // --lang, the command, and misspelt names.
    static func unknownLanguage(_ value: String) -> Localized {
        Localized(vi: "Lỗi: --lang \(value): không rõ ngôn ngữ này; ghi --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh)",
                  en: "Error: --lang \(value): unknown language; write --lang vi (Vietnamese) or --lang en (English)")
    }
    static var noCommand: Localized {
        Localized(vi: "Lỗi: hãy ghi tên một lệnh: minutes (biên bản), bulletin (bản tin), compile (tập biên bản), report (báo cáo), check (kiểm tra), new (mẫu mới), schema hoặc fonts\nCách dùng: bantin <lệnh>\n  Xem 'bantin --help' để biết thêm.",
                  en: "Error: name a command: minutes, bulletin, compile, report, check, new, schema or fonts\nUsage: bantin <subcommand>\n  See 'bantin --help' for more information.")
    }
    static func unknownCommand(_ name: String, nearest: String) -> Localized {
        Localized(vi: "Lỗi: không có lệnh '\(name)'; có phải ý bạn là '\(nearest)'?\nCách dùng: bantin <lệnh>\n  Xem 'bantin --help' để biết các lệnh.",
                  en: "Error: unknown command '\(name)'; did you mean '\(nearest)'?\nUsage: bantin <subcommand>\n  See 'bantin --help' for the commands.")
    }
    static func unknownOption(_ name: String, nearest: String, command: String) -> Localized {
        Localized(vi: "Lỗi: không có tuỳ chọn '\(name)'; có phải ý bạn là '\(nearest)'?\nCách dùng: xem 'bantin \(command) --help'.",
                  en: "Error: unknown option '\(name)'; did you mean '\(nearest)'?\nUsage: see 'bantin \(command) --help'.")
    }

    // Notes and warnings that belong to no record position.
    static func reportLeftOut(_ file: String) -> Localized {
        Localized(vi: "\(file): ghi chú: đã bỏ qua hồ sơ báo cáo này (kind: report); hãy in nó bằng lệnh bantin report",
                  en: "\(file): note: a report record (kind: report), left out; make it with bantin report")
    }
    static func bulletinNote(_ file: String, _ message: String) -> Localized {
        Localized(vi: "\(file): ghi chú: \(message)", en: "\(file): note: \(message)")
    }
    static func sourceDateEpochIgnored(_ value: String) -> Localized {
        Localized(vi: "bantin: cảnh báo: SOURCE_DATE_EPOCH=\(value) không phải một số giây; dùng ngày của từng hồ sơ",
                  en: "bantin: warning: SOURCE_DATE_EPOCH=\(value) is not a number of seconds; using each record's date")
    }
    static func noValidRecord(_ output: String) -> Localized {
        Localized(vi: "bantin: không có hồ sơ nào hợp lệ; chưa ghi \(output)", en: "bantin: no valid record; \(output) was not written")
    }
    static func watermarkOnFinal(_ file: String) -> Localized {
        Localized(vi: "\(file): lỗi: --watermark chỉ dùng cho bản dự thảo; báo cáo này là bản chính thức (draft: false)",
                  en: "\(file): error: --watermark marks drafts; this report is final (draft: false)")
    }
    static func reportNeedsPeriod(_ file: String) -> Localized {
        Localized(vi: "bantin: hãy ghi kỳ tính số liệu: --period 2023-H1, hoặc period: trong \(file)",
                  en: "bantin: name the period the records are counted in: --period 2023-H1, or period: in \(file)")
    }
    static var reportNotWritten: Localized {
        Localized(vi: "bantin: chưa ghi báo cáo: số liệu sẽ thiếu các hồ sơ có lỗi ở trên; hãy sửa chúng rồi chạy lại",
                  en: "bantin: no report written: its figures would leave out the records above; correct them and run again")
    }

    static func layoutRegimeMismatch(_ path: String, layout: String, record: String) -> Localized {
        Localized(vi: "bố cục \(path) dành cho văn bản \(layout) nhưng hồ sơ này theo thể thức \(record); hãy dùng --layout với một bố cục \(record)",
                  en: "the layout \(path) is for \(layout) documents but this record's regime is \(record); give --layout a \(record) layout")
    }

    /// The progress line on a terminal.
    static func progress(done: Int, total: Int) -> Localized {
        Localized(vi: "[\(done)/\(total)] đang dàn trang…", en: "[\(done)/\(total)] rendering…")
    }

    /// The last line after SIGINT, SIGTERM or SIGHUP.
    static func stoppedBySignal(_ signal: String, removed: Int) -> Localized {
        removed == 1
            ? Localized(vi: "bantin: bị dừng bởi \(signal); đã xoá \(removed) tệp tạm, các tệp PDF đã có vẫn giữ nguyên",
                        en: "bantin: stopped by \(signal); \(removed) temporary file removed, earlier PDFs left as they were")
            : Localized(vi: "bantin: bị dừng bởi \(signal); đã xoá \(removed) tệp tạm, các tệp PDF đã có vẫn giữ nguyên",
                        en: "bantin: stopped by \(signal); \(removed) temporary files removed, earlier PDFs left as they were")
    }
}
