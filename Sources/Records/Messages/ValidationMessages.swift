/// The catalogue's messages about values that do not fit together: attendance and vote
/// counts, the meeting's schedule, photo sizes and places, signers.
extension Localized {
    // MARK: Attendance and votes

    static func morePresentThanMembers(_ present: Int, _ members: Int) -> Localized {
        Localized(vi: "số có mặt (\(present)) nhiều hơn số thành viên (\(members))",
                  en: "\(present) present is more than the \(members) members")
    }

    static func namesListed(_ count: Int) -> Localized {
        count == 1 ? Localized(vi: "\(count) tên", en: "\(count) name") : Localized(vi: "\(count) tên", en: "\(count) names")
    }

    static func absentListMismatch(_ listed: Localized, absent: Int) -> Localized {
        Localized(vi: "danh sách vắng mặt có \(listed.vi), nhưng members - present = \(absent) người vắng mặt",
                  en: "\(listed.en) listed but members - present = \(absent) absent")
    }

    static func votesOverPresent(_ cast: Int, _ present: Int) -> Localized {
        Localized(vi: "for + against + other = \(cast), nhiều hơn số người có mặt (\(present))",
                  en: "for + against + other = \(cast) is more than the \(present) present")
    }

    static func votesOverBase(_ cast: Int, _ base: Int) -> Localized {
        Localized(vi: "for + against + other = \(cast), nhiều hơn số làm căn cứ tính tỷ lệ (base: \(base))",
                  en: "for + against + other = \(cast) is more than the base of \(base)")
    }

    // MARK: Schedule

    static func endDateBeforeDate(_ endDate: String, _ date: String) -> Localized {
        Localized(vi: "\(endDate) trước ngày họp \(date)", en: "\(endDate) is before the date \(date)")
    }

    static func endBeforeStart(_ end: String, _ start: String) -> Localized {
        Localized(vi: "\(end) sớm hơn giờ bắt đầu \(start) trong cùng một ngày (nếu cuộc họp kết thúc vào ngày sau, hãy ghi end_date)",
                  en: "\(end) is before the start \(start) on the same day (give end_date if the meeting ended on a later day)")
    }

    // MARK: Photos

    static var underATenthOfAMillimetre: Localized { Localized(vi: "dưới 0.1 mm", en: "less than 0.1 mm") }

    static func photoTooNarrow(_ width: Localized) -> Localized {
        Localized(vi: "\(width.vi) quá hẹp để in; ảnh phải rộng ít nhất 5 mm",
                  en: "\(width.en) is too narrow to print; a photo is at least 5 mm wide")
    }

    static func photoTooShort(_ width: Localized, _ height: Localized) -> Localized {
        Localized(vi: "với độ rộng \(width.vi), ảnh in ra chỉ cao \(height.vi); ảnh phải cao ít nhất 5 mm, hãy đặt độ rộng lớn hơn",
                  en: "at \(width.en) wide the photo prints \(height.en) tall; a photo is at least 5 mm tall, so set a larger width")
    }

    static func fractionTooNarrow(_ percent: Int) -> Localized {
        Localized(vi: "\(percent)% của cột quá hẹp để in; hãy dùng ít nhất 10%",
                  en: "\(percent)% of the column is too narrow to print; use at least 10%")
    }

    static func photoSliver(_ file: String, _ width: Int, _ height: Int, _ ratio: Int) -> Localized {
        Localized(vi: "ảnh \(file) có \(width) × \(height) điểm ảnh; hai cạnh chênh nhau hơn \(ratio) lần, nên một cạnh sẽ in mỏng hơn 5 mm; hãy cắt bớt ảnh",
                  en: "\(file) is \(width) × \(height) pixels; its sides differ more than \(ratio) times, so one would print thinner than 5 mm; crop it")
    }

    static func paragraphs(_ count: Int) -> Localized {
        count == 1 ? Localized(vi: "\(count) đoạn", en: "\(count) paragraph") : Localized(vi: "\(count) đoạn", en: "\(count) paragraphs")
    }

    static var recordHasNoArticle: Localized { Localized(vi: " (biên bản không có article)", en: " (the record has no article)") }

    static func photoAfterTooFar(_ after: Int, _ paragraphs: Localized, of field: String, _ note: Localized) -> Localized {
        Localized(vi: "\(after) vượt quá \(paragraphs.vi) của \(field)\(note.vi)",
                  en: "\(after) is more than the \(paragraphs.en) of \(field)\(note.en)")
    }

    // MARK: Signers

    static var partyPrefixes: Localized { Localized(vi: "T/M, K/T hoặc T/L", en: "T/M, K/T or T/L") }

    static func partyPrefixHasNoPeriod(_ fixed: Localized) -> Localized {
        Localized(vi: "văn bản của Đảng viết T/M, K/T, T/L có gạch chéo, không có dấu chấm: hãy viết \(fixed.vi) (HD 36)",
                  en: "Party prefixes are T/M, K/T, T/L with a slash and no period: write \(fixed.en) (HD 36)")
    }

    static var deputySignsForCommittee: Localized {
        Localized(vi: "phó bí thư ký thay mặt cấp ủy là T/M …, không phải K/T (HD 36)",
                  en: "a deputy secretary signs for the committee as T/M …, not K/T (HD 36)")
    }

    static func statePrefixNeedsPeriod(_ fixed: String) -> Localized {
        Localized(vi: "văn bản hành chính viết TM., KT., Q., TL., TUQ. có dấu chấm, không có gạch chéo: hãy viết \(fixed) (Nghị định 30)",
                  en: "state prefixes are TM., KT., Q., TL., TUQ. with a period and no slash: write \(fixed) (Decree 30)")
    }

    static func titleBeforeSignerName(_ title: String, fixed: String) -> Localized {
        Localized(vi: "không ghi học hàm, học vị, danh hiệu trước tên người ký: hãy bỏ \(title) và viết \(fixed) (Nghị định 30, Phụ lục I, mục II.7)",
                  en: "no academic or honorific title before a signer's name: remove \(title) and write \(fixed) (Decree 30, Appendix I, §II.7)")
    }

    // MARK: Attendance wording

    static func absenteeWithoutReason(_ name: String) -> Localized {
        Localized(vi: "không ghi lý do vắng mặt của \(name); nếu vắng không có lý do, hãy xác nhận bằng cách viết - { name: \(name), reason: không có lý do }, nếu có lý do thì ghi lý do đó",
                  en: "no reason is given for the absence of \(name); to confirm an absence without a reason write - { name: \(name), reason: không có lý do }, otherwise write the reason")
    }

    static func speakerNamedAgain(_ name: String, drop opening: String) -> Localized {
        Localized(vi: "nội dung phát biểu nhắc lại tên \(name) ngay ở đầu, trong khi biên bản đã ghi người phát biểu trước nội dung (\"… \(name), …, phát biểu: …\"); hãy bỏ \"\(opening)\" ở đầu text và bắt đầu bằng nội dung phát biểu",
                  en: "the speech's text names \(name) again at its start, while the minutes already name the speaker before it (\"… \(name), …, phát biểu: …\"); drop \"\(opening)\" from the start of text and begin with what was said")
    }

    static func signatureIsJPEG(_ file: String) -> Localized {
        Localized(vi: "\(file) là ảnh JPEG; ảnh chữ ký phải là tệp PNG có nền trong suốt (Nghị định 30, §II.7.d)",
                  en: "\(file) is a JPEG; a signature image must be a PNG with a transparent background (Decree 30, §II.7.d)")
    }

    static func signatureSliver(_ file: String, _ width: Int, _ height: Int, _ ratio: Int) -> Localized {
        Localized(vi: "ảnh \(file) có \(width) × \(height) điểm ảnh; hai cạnh chênh nhau hơn \(ratio) lần, nên sẽ in ra chỉ như một vệt mỏng; hãy cắt bớt ảnh",
                  en: "\(file) is \(width) × \(height) pixels; its sides differ more than \(ratio) times, so it would print as a sliver; crop it")
    }

    static func signatureOpaque(_ file: String) -> Localized {
        Localized(vi: "\(file) không có nền trong suốt; nền trắng của ảnh sẽ che phần nằm bên dưới",
                  en: "\(file) has no transparency; its white background will cover what lies under it")
    }

    // MARK: Seal

    static func draftHasNoSeal(_ file: String) -> Localized {
        Localized(vi: "bản dự thảo không được đóng dấu; hãy bỏ seal: \(file), hoặc ghi draft: false khi báo cáo đã được ký",
                  en: "a draft carries no seal; remove seal: \(file), or write draft: false once the report is signed")
    }

    static func sealIsJPEG(_ file: String) -> Localized {
        Localized(vi: "\(file) là ảnh JPEG; ảnh con dấu phải là tệp PNG màu đỏ có nền trong suốt (Nghị định 30, Phụ lục I, ô 8)",
                  en: "\(file) is a JPEG; a seal image must be a red PNG with a transparent background (Decree 30, Appendix I, cell 8)")
    }

    static func sealOpaque(_ file: String) -> Localized {
        Localized(vi: "\(file) không có nền trong suốt, nên sẽ che mất chữ ký; hãy lưu ảnh con dấu dạng PNG có kênh alpha (nền trong suốt)",
                  en: "\(file) has no transparency, so it would hide the signature; save the seal as a PNG with an alpha channel (transparent background)")
    }

    static func sealGrey(_ file: String) -> Localized {
        Localized(vi: "\(file) là ảnh xám; con dấu được in màu đỏ; hãy dùng ảnh PNG màu (RGB hoặc RGBA)",
                  en: "\(file) is a greyscale image; a seal prints in red; use a colour PNG (RGB or RGBA)")
    }

    static func sealNotRed(_ file: String, _ colour: String?) -> Localized {
        let seen = colour.map { (vi: "màu trung bình của nét là \($0)", en: "its ink averages \($0)") } ?? (vi: "ảnh trong suốt hoàn toàn", en: "it is fully transparent")
        return Localized(vi: "\(file) không phải ảnh con dấu màu đỏ (\(seen.vi)); con dấu được in màu đỏ; hãy kiểm tra đã chọn đúng tệp (không nhầm với ảnh chữ ký)",
                         en: "\(file) is not a red seal (\(seen.en)); a seal prints in red; check that it is the right file (not the signature)")
    }

    static func sealNoResolution(_ file: String) -> Localized {
        Localized(vi: "\(file) không ghi độ phân giải (khối pHYs của PNG), nên không biết kích thước thật của con dấu; hãy lưu ảnh kèm độ phân giải, ví dụ 300 dpi",
                  en: "\(file) has no resolution (the PNG's pHYs chunk), so the seal's real size is unknown; save the image with its resolution, e.g. 300 dpi")
    }

    static func sealSize(_ file: String, _ width: String, _ height: String, _ smallest: Int, _ largest: Int) -> Localized {
        Localized(vi: "\(file) sẽ in ra \(width) × \(height) mm theo độ phân giải của ảnh; con dấu thật rộng từ \(smallest) đến \(largest) mm; hãy kiểm tra độ phân giải (dpi) đã lưu trong ảnh",
                  en: "\(file) would print \(width) × \(height) mm at the resolution it gives; a real seal is \(smallest) to \(largest) mm across; check the resolution (dpi) saved in the image")
    }
}
