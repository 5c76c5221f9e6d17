import Testing
@testable import Documents

/// The index of people's text search: a page's text made byte by byte equals the text split
/// at white-space characters, and a name is found on a page only as whole words.
@Suite struct PageTextAndNameSearchTests {
    /// What the index searched before `PageText.collapsed` existed, and its fallback still.
    func characterwise(_ texts: [String]) -> [UInt8] {
        Array(texts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8)
    }

    @Test(arguments: [
        ["Đồng chí Nguyễn Văn An, Bí thư Chi bộ,", "phát biểu: “Thống nhất”"],
        ["  Số\u{00A0}12-BB/ĐU  ", "", "\tngày 03/7/2023\r\n", " "],
        ["45\u{00A0}000\u{2009}đồng — 96,5% ₫", "Lê-nin…"],
        ["\u{3000}chữ\u{2028}dòng\u{0085}mới", "ẪỄỖỮ ờ ợ"],
        [],
        [" ", "\n"],
    ])
    func bytewiseEqualsCharacterwise(texts: [String]) {
        #expect(PageText.collapsed(texts) == characterwise(texts))
    }

    @Test func aMarkAfterWhiteSpaceTakesTheExactWay() {
        let texts = ["Nguyễn Văn \u{0300}An", "tiếp"]
        #expect(PageText.collapsed(texts) == nil)
        #expect(PageText.collapsed(["a \u{200D}b"]) == nil)
    }

    @Test func namesAreFoundAsWholeWordsOnly() {
        let texts = ["đồng chí Nguyễn Văn Anh, Trưởng phòng", "ý kiến của đồng chí Nguyễn Văn An.",
                     "Nguyễn Văn An", "Trần Thị Hoa và Nguyễn Văn", "Bùi Văn Nam(2)", "(Nguyễn Văn An)"]
        let names = ["Nguyễn Văn An", "Nguyễn Văn Anh", "Trần Thị Hoa", "Bùi Văn Nam", "Vi Thị Hà", "(Nguyễn"]
        let bytes = texts.map { Array($0.utf8) }
        let found = NameSearch(names).pages(in: bytes)
        #expect(found == [[2, 3, 6], [1], [4], [5], [], [6]])
        for (name, pages) in zip(names, found) {
            let expected = bytes.indices.filter { NameSearch.occurs(Array(name.utf8), in: bytes[$0]) }.map { $0 + 1 }
            #expect(pages == expected, "\(name)")
        }
    }
}
