/// The catalogue's messages about YAML that cannot be read as written (the traps a clerk
/// falls into) and about records over the input limits.
extension Localized {
    /// `; put the whole text in quotes`, with the line rewritten when it can be.
    static func quoteWholeText(_ line: String?) -> Localized {
        guard let line else { return Localized(vi: "; hãy đặt cả câu trong ngoặc kép", en: "; put the whole text in quotes") }
        return Localized(vi: "; hãy đặt cả câu trong ngoặc kép: \(line)", en: "; put the whole text in quotes: \(line)")
    }

    static var tabIndentation: Localized {
        Localized(vi: "dòng này thụt lề bằng phím Tab; YAML chỉ cho thụt lề bằng dấu cách: hãy thay mỗi Tab ở đầu dòng bằng dấu cách",
                  en: "a tab is used for indentation; YAML indents with spaces only: replace each tab at the start of the line with spaces")
    }

    static func nestedTooDeep(_ depth: Int) -> Localized {
        Localized(vi: "danh sách và nhóm trường lồng nhau quá sâu (hơn \(depth) tầng); biên bản không bao giờ sâu như vậy, hãy kiểm tra các dấu ngoặc và lề thụt đầu dòng",
                  en: "lists and mappings nested too deep (more than \(depth) levels); a record is never this deep, check the brackets and the indentation")
    }

    static func startsWithStar(_ fix: Localized) -> Localized {
        Localized(vi: "giá trị bắt đầu bằng * được YAML hiểu là tham chiếu đến một giá trị lặp lại (*tên), không phải chữ\(fix.vi)",
                  en: "a value starting with * is read as a reference to a repeated value (*name), not as text\(fix.en)")
    }

    static func startsWithAmpersand(_ fix: Localized) -> Localized {
        Localized(vi: "giá trị bắt đầu bằng & được YAML hiểu là tên mốc (dấu để lặp lại một giá trị), không phải chữ\(fix.vi)",
                  en: "a value starting with & is read as an anchor name (a mark for repeating a value), not as text\(fix.en)")
    }

    static func colonInText(_ fix: Localized) -> Localized {
        Localized(vi: "dấu \": \" giữa câu mở ra một trường mới, điều YAML không cho phép ở đây\(fix.vi)",
                  en: "\": \" inside a text starts a new field, which YAML does not allow here\(fix.en)")
    }

    static func cannotStart(with character: String, _ fix: Localized) -> Localized {
        Localized(vi: "trong YAML, giá trị không được bắt đầu bằng \(character)\(fix.vi)",
                  en: "a value cannot start with \(character) in YAML\(fix.en)")
    }

    static func textAfterClosingQuote(_ fix: String) -> Localized {
        Localized(vi: "câu vẫn tiếp tục sau dấu ngoặc kép đóng, nên YAML không đọc được phần còn lại; hãy đặt cả câu trong ngoặc kép và viết các dấu ngoặc kép bên trong thành “ ”\(fix)",
                  en: "the text goes on after its closing quote, so YAML cannot read the rest; put the whole text in quotes and write the inner quotes as “ ”\(fix)")
    }

    static var unclosedQuote: Localized {
        Localized(vi: "dấu ngoặc kép mở ở đây không được đóng; hãy đóng nó ở cuối câu (hoặc viết các dấu ngoặc kép bên trong thành “ ”)",
                  en: "a quote opened here is never closed; close it at the end of the text (or write the inner quotes as “ ”)")
    }

    static func unreadableFlowList(_ detail: String) -> Localized {
        Localized(vi: "YAML không đọc được danh sách [ … ] này (\(detail)); hãy đóng nó bằng ] và đặt trong ngoặc kép các câu có dấu phẩy, dấu hai chấm hoặc dấu ngoặc",
                  en: "YAML cannot read this list [ … ] (\(detail)); close it with ] and put texts with commas, colons or brackets in quotes")
    }

    static func unreadableFlowMapping(_ detail: String) -> Localized {
        Localized(vi: "YAML không đọc được nhóm { … } này (\(detail)); hãy đóng nó bằng } và đặt trong ngoặc kép các câu có dấu phẩy, dấu hai chấm hoặc dấu ngoặc nhọn",
                  en: "YAML cannot read this { … } (\(detail)); close it with } and put texts with commas, colons or braces in quotes")
    }

    static func unreadableLine(_ detail: String) -> Localized {
        Localized(vi: "YAML không đọc được dòng này (\(detail)); hãy kiểm tra lề thụt đầu dòng và đặt trong ngoặc kép các câu có \": \", \" #\" hoặc dấu ngoặc kép",
                  en: "YAML cannot read this line (\(detail)); check its indentation and put texts containing \": \", \" #\" or quotes in quotes")
    }

    // MARK: Traps found while scanning the events

    static func hashStartsComment(_ value: String, _ fix: String) -> Localized {
        Localized(vi: "phần chữ từ \" #\" trở đi bị YAML hiểu là ghi chú, nên giá trị chỉ còn \(value); hãy đặt cả câu trong ngoặc kép\(fix)",
                  en: "the text from \" #\" on was taken as a comment, so the value stops at \(value); put the whole text in quotes\(fix)")
    }

    static func ampersandDropsWord(_ anchor: String, _ fix: String) -> Localized {
        Localized(vi: "chữ bắt đầu bằng & được YAML hiểu là tên mốc (&\(anchor)) và bị bỏ khỏi giá trị; hãy đặt cả câu trong ngoặc kép\(fix)",
                  en: "text starting with & is read as an anchor name (&\(anchor)) and left out of the value; put the whole text in quotes\(fix)")
    }

    static func bangDropsWord(_ tag: String, _ fix: String) -> Localized {
        Localized(vi: "chữ bắt đầu bằng ! được YAML hiểu là thẻ (\(tag)) và bị bỏ khỏi giá trị; hãy đặt cả câu trong ngoặc kép\(fix)",
                  en: "text starting with ! is read as a YAML tag (\(tag)) and left out of the value; put the whole text in quotes\(fix)")
    }

    static var secondDocument: Localized {
        Localized(vi: "một tài liệu thứ hai bắt đầu ở đây (---); mỗi tệp chỉ chứa một biên bản: hãy xóa dòng --- này, hoặc chuyển phần sau nó sang một tệp riêng",
                  en: "a second document starts here (---); a record file holds one record: delete this --- line, or move what follows into a file of its own")
    }

    // MARK: Input limits

    static func expandsTooMuch(_ size: Localized) -> Localized {
        Localized(vi: "khi trải các tham chiếu (*tên) ra, biên bản có hơn \(size.vi) chữ; BanTin từ chối đọc (hãy viết biên bản ngắn hơn, hoặc nâng giới hạn đầu vào)",
                  en: "the record holds more than \(size.en) of text once its aliases (*name) are repeated out; it is refused (write a shorter record, or raise the input limit)")
    }

    static func tooManyAliases(_ limit: Int, _ anchor: String) -> Localized {
        Localized(vi: "hơn \(limit) tham chiếu (*\(anchor)); BanTin từ chối biên bản lặp lại nhiều như vậy, hãy viết đầy đủ đoạn chữ ra (đây là giới hạn đầu vào của lệnh)",
                  en: "more than \(limit) aliases (*\(anchor)); a record this repetitive is refused, write the text out (the limit is an input limit of the command)")
    }

    static func nestedMoreThan(_ depth: Int) -> Localized {
        Localized(vi: "danh sách và nhóm trường lồng nhau hơn \(depth) tầng; biên bản không bao giờ sâu như vậy, hãy kiểm tra lề thụt đầu dòng",
                  en: "lists and mappings nested more than \(depth) levels deep; a record is never this deep, check the indentation")
    }
}
