import ArgumentParser
import Records

/// The `--help` texts of every command: what it does, its arguments and options.
extension Localized {
    /// As an option's or argument's help text, in the process's language (ArgumentParser reads
    /// it after `BanTin.main` has chosen the language).
    var help: ArgumentHelp { ArgumentHelp(text()) }

    static var rootAbstract: Localized {
        Localized(vi: "Dàn trang hồ sơ các cuộc họp (biên bản, bản tin, tập biên bản, báo cáo) thành tệp PDF sẵn để in.",
                  en: "Typeset records of Vietnamese meetings into print-ready PDF documents.")
    }

    static var rootDiscussion: Localized {
        Localized(vi: """
            Hồ sơ là tệp YAML hoặc JSON (thư mục được tìm cả các thư mục con). Mỗi tệp đã ghi được \
            liệt kê trên stdout, sau đó là một dòng tổng kết (--quiet: không in gì); các lỗi in ra stderr. \
            Mã thoát: 0 xong, 1 có dữ liệu sai (các biên bản đúng vẫn được in), 2 dùng lệnh sai, \
            3 hệ thống gặp sự cố (đĩa đầy, không có quyền, lỗi đọc ghi; các tệp PDF cũ được giữ nguyên), \
            130/143/129 bị dừng bởi SIGINT/SIGTERM/SIGHUP (đã xoá các tệp tạm). \
            Thông báo bằng tiếng Việt; thêm --lang en (ở bất kỳ chỗ nào trên dòng lệnh) để đọc bằng tiếng Anh.
            """,
                  en: """
            Records are YAML or JSON files (folders are searched recursively). Each file written \
            is listed on stdout, then a summary (--quiet: nothing); problems go to stderr. Exit status: \
            0 done, 1 some input was bad (the valid records are still rendered), 2 usage error, \
            3 the system failed (disk full, permission denied, I/O error; earlier PDFs are kept), \
            130/143/129 stopped by SIGINT/SIGTERM/SIGHUP (temporary files removed). \
            Messages are in Vietnamese unless LANG is English; --lang en (anywhere on the command line) gives English, --lang vi Vietnamese.
            """)
    }

    // Options every rendering command shares.
    static var layoutHelp: Localized {
        Localized(vi: "Tệp bố cục dùng thay cho bố cục có sẵn theo thể thức của từng hồ sơ.",
                  en: "A layout file to use instead of the bundled one for each record's regime.")
    }
    static var jobsHelp: Localized {
        Localized(vi: "Số tài liệu làm cùng lúc (mặc định và tối đa có ích: số nhân của máy).",
                  en: "How many documents to make at once (default and maximum useful: the number of cores).")
    }
    static var convertLegacyHelp: Localized {
        Localized(vi: "Chuyển chữ gõ theo bảng mã cũ TCVN3, VNI hoặc VIQR sang Unicode thay vì báo lỗi.",
                  en: "Convert text detected as TCVN3, VNI or VIQR instead of reporting it.")
    }
    static var quietHelp: Localized {
        Localized(vi: "Không in dòng cho từng tệp đã ghi và dòng tổng kết (lỗi vẫn được in).",
                  en: "Print no line per file written and no summary (problems are still printed).")
    }
    static var allowFolderHelp: Localized {
        Localized(vi: "Thư mục được phép lấy ảnh và chữ ký, ngoài thư mục của chính hồ sơ (dùng được nhiều lần).",
                  en: "A folder photos and signatures may come from besides each record's own (repeatable).")
    }
    static var pixelBudgetHelp: Localized {
        Localized(vi: "Số điểm ảnh tối đa (tính bằng triệu) mà ảnh trên một trang được dùng sau khi giải nén (mặc định 150).",
                  en: "The most decoded image pixels one page may hold, in millions (default 150).")
    }

    // Arguments and options of several commands.
    static var recordsHelp: Localized {
        Localized(vi: "Các tệp hồ sơ hoặc thư mục chứa hồ sơ.", en: "Record files or folders.")
    }
    static var pdfOutputHelp: Localized {
        Localized(vi: "Tệp PDF cần ghi.", en: "The PDF file to write.")
    }

    // bantin minutes
    static var minutesAbstract: Localized {
        Localized(vi: "In biên bản cuộc họp: mỗi hồ sơ thành một tệp PDF.",
                  en: "Typeset meeting minutes (biên bản), one PDF per record.")
    }
    static var minutesDiscussion: Localized {
        Localized(vi: "Tệp hồ sơ TÊN.yaml thành THƯ_MỤC/TÊN.pdf; hồ sơ tìm thấy trong một thư mục giữ nguyên thư mục con của nó.",
                  en: "A record file NAME.yaml becomes DIR/NAME.pdf; records found in a folder keep their sub-folder.")
    }
    static var minutesOutputHelp: Localized {
        Localized(vi: "Thư mục ghi các tệp PDF; khi chỉ có một tệp hồ sơ, có thể ghi thẳng tên tệp PDF (-o x.pdf).",
                  en: "The folder the PDFs are written to; for a single record file, may name the PDF itself (-o x.pdf).")
    }

    // bantin check
    static var checkAbstract: Localized {
        Localized(vi: "Kiểm tra hồ sơ và in mọi lỗi tìm thấy; không in tài liệu nào.",
                  en: "Validate records and print every problem; render nothing.")
    }

    // bantin bulletin
    static var bulletinAbstract: Localized {
        Localized(vi: "In một số bản tin: mỗi hồ sơ thành một tin, tất cả trong một tệp PDF.",
                  en: "Typeset a bulletin issue (bản tin): one news item per record, in one PDF.")
    }
    static var bulletinDiscussion: Localized {
        Localized(vi: "Hồ sơ có lỗi được báo và bỏ ra; các hồ sơ còn lại vẫn làm thành số bản tin.",
                  en: "Records with errors are reported and left out; the others still make the issue.")
    }
    static var orderHelp: Localized {
        Localized(vi: "Thứ tự các tin: date (theo ngày họp) hoặc given (theo thứ tự ghi trên dòng lệnh).",
                  en: "Item order: date (by meeting date) or given (as the records are named).")
    }
    static var issueHelp: Localized {
        Localized(vi: "Số của bản tin, in ở đầu báo.", en: "The issue number for the masthead.")
    }
    static var dateHelp: Localized {
        Localized(vi: "Ngày in ở đầu báo, dạng NĂM-THÁNG-NGÀY (mặc định: ngày của cuộc họp gần nhất).",
                  en: "The masthead date, YYYY-MM-DD (default: the latest meeting's date).")
    }
    static var publisherHelp: Localized {
        Localized(vi: "Cơ quan xuất bản in ở đầu báo (mặc định: cơ quan có nhiều tin nhất).",
                  en: "The publishing organisation on the masthead (default: the one most items come from).")
    }

    // bantin compile
    static var compileAbstract: Localized {
        Localized(vi: "Gộp các cuộc họp trong một kỳ thành một tập: bìa, mục lục, các phần, bảng tổng hợp, bảng tra tên.",
                  en: "Gather a period's meetings into one booklet: cover, contents, sections, summary, index.")
    }
    static var compileDiscussion: Localized {
        Localized(vi: "Hồ sơ ngoài kỳ được bỏ qua và đếm lại; hồ sơ có lỗi được báo và bỏ ra.",
                  en: "Records outside the period are skipped and counted; records with errors are reported and left out.")
    }
    static var styleHelp: Localized {
        Localized(vi: "Mỗi cuộc họp in dưới dạng: minutes (biên bản) hoặc bulletin (tin bài).",
                  en: "How each meeting appears: minutes or bulletin.")
    }
    static var groupByHelp: Localized {
        Localized(vi: "Chia phần theo tháng (month) hoặc theo tổ chức (organization).",
                  en: "Sections by month or organization.")
    }
    static var imposeHelp: Localized {
        Localized(vi: "saddle: hai trang một mặt trên tờ giấy gấp đôi khổ, theo thứ tự đóng tập (dập ghim giữa).",
                  en: "saddle: two pages a side on sheets twice the page size, in booklet order.")
    }
    static var bleedHelp: Localized {
        Localized(vi: "Phần tràn lề quanh mỗi trang khi bình trang, ví dụ 3mm.",
                  en: "Bleed around each imposed page, e.g. 3mm.")
    }
    static var marksHelp: Localized {
        Localized(vi: "In dấu cắt trên các tờ đã bình trang.", en: "Crop marks on imposed sheets.")
    }
    static var periodHelp: Localized {
        Localized(vi: "Kỳ: 2023-H1 (6 tháng đầu năm), 2023-H2, 2023-Q1 … 2023-Q4 (quý) hoặc 2023 (cả năm).",
                  en: "2023-H1, 2023-H2, 2023-Q1 … 2023-Q4 or 2023.")
    }
    static var fromHelp: Localized {
        Localized(vi: "Ngày đầu, dạng NĂM-THÁNG-NGÀY (dùng cùng --to thay cho --period).",
                  en: "First day, YYYY-MM-DD (with --to instead of --period).")
    }
    static var toHelp: Localized {
        Localized(vi: "Ngày cuối, dạng NĂM-THÁNG-NGÀY.", en: "Last day, YYYY-MM-DD.")
    }

    // bantin report
    static var reportAbstract: Localized {
        Localized(vi: "Dự thảo báo cáo, các số liệu lấy từ hồ sơ các cuộc họp trong kỳ.",
                  en: "Draft a report (báo cáo) whose figures come from a period's meeting records.")
    }
    static var reportDiscussion: Localized {
        Localized(vi: """
            BÁO_CÁO là hồ sơ có kind: report. Nội dung có thể gọi các số liệu như {meetings.count} \
            hoặc {attendance.rate}, tính từ hồ sơ các cuộc họp trong kỳ (--period, hoặc period: trong \
            báo cáo). Chỉ một hồ sơ sai cũng làm dừng việc in.
            """,
                  en: """
            REPORT is a record with kind: report. Its texts may name figures such as \
            {meetings.count} or {attendance.rate}, computed from the meeting RECORDS of the period \
            (--period, or period: in the report). Any bad record stops the run.
            """)
    }
    static var reportRecordHelp: Localized {
        Localized(vi: "Hồ sơ báo cáo.", en: "The report record.")
    }
    static var reportMeetingsHelp: Localized {
        Localized(vi: "Các tệp hồ sơ cuộc họp (hoặc thư mục) dùng để tính số liệu.",
                  en: "Meeting record files or folders the figures are computed from.")
    }
    static var watermarkHelp: Localized {
        Localized(vi: "In chữ DỰ THẢO mờ, chéo trên mọi trang của bản dự thảo.",
                  en: "A light diagonal DỰ THẢO on every page of a draft.")
    }

    // bantin new
    static var newAbstract: Localized {
        Localized(vi: "Ghi một mẫu hồ sơ có chú thích: minutes (biên bản), report (báo cáo) hoặc item (cuộc họp kèm tin bài).",
                  en: "Write a commented record template: minutes, report or item (a meeting with its news item).")
    }
    static var newDiscussion: Localized {
        Localized(vi: "Không có -o thì in mẫu ra màn hình. Tệp đã có không bao giờ bị ghi đè.",
                  en: "Without -o the template is printed. An existing file is never overwritten.")
    }
    static var newKindHelp: Localized {
        Localized(vi: "minutes (biên bản), report (báo cáo) hoặc item (cuộc họp kèm tin bài).",
                  en: "minutes, report or item.")
    }
    static var newRegimeHelp: Localized {
        Localized(vi: "party (văn bản của Đảng, mặc định) hoặc state (cơ quan nhà nước).",
                  en: "party (Party documents, the default) or state (state agencies).")
    }
    static var newOutputHelp: Localized {
        Localized(vi: "Tệp cần ghi (mặc định: in mẫu ra màn hình).", en: "The file to write (default: print the template).")
    }

    // bantin fonts
    static var fontsAbstract: Localized {
        Localized(vi: "Liệt kê các phông chữ tìm thấy và mức độ đủ chữ tiếng Việt của từng phông.",
                  en: "List the fonts found and their Vietnamese coverage.")
    }
}
