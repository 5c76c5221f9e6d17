import Testing
import TestSupport
import Typesetting
@testable import Documents

/// The index of people's text search: a page's text made byte by byte equals the text split
/// at white-space characters, and a name is found on a page only as a whole name: whole words,
/// not inside a longer run of name syllables (issue 9, point 7).
@Suite(.englishMessages) struct PageTextAndNameSearchTests {
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
        let names = ["Nguyễn Văn An", "Nguyễn Văn Anh", "Trần Thị Hoa", "Bùi Văn Nam", "Vi Thị Hà", "(Nguyễn Văn An)"]
        let bytes = texts.map { Array($0.utf8) }
        let found = NameSearch(names).pages(in: bytes)
        #expect(found == [[2, 3, 6], [1], [4], [5], [], [6]])
        for (name, pages) in zip(names, found) {
            let expected = bytes.indices.filter { NameSearch.occurs(Array(name.utf8), in: bytes[$0]) }.map { $0 + 1 }
            #expect(pages == expected, "\(name)")
        }
    }

    @Test func aNameInsideALongerNameIsNotFound() {
        let texts = ["đồng chí Nguyễn Thị Thu Hà phát biểu", "Lê Nguyễn Thị Thu phát biểu",
                     "Ông Nguyễn Thị Thu phát biểu", "UBND Nguyễn Thị Thu, Nguyễn Thị Thu Hà.",
                     "“Nguyễn Thị Thu” và …Nguyễn Thị Thu Hà…", "Nguyễn Thị Thu\nHà Nội", "Nguyễn Thị Thu - Hà Giang",
                     "Nguyễn Thị Thu Q1 và Nguyễn Thị Thu HĐND"]
        let names = ["Nguyễn Thị Thu", "Nguyễn Thị Thu Hà", "Thị Thu Hà", "Thu Hà"]
        let bytes = texts.map { Array($0.utf8) }
        let found = NameSearch(names).pages(in: bytes)
        #expect(found == [[3, 4, 5, 6, 7, 8], [1, 4, 5], [], []])
        for (name, pages) in zip(names, found) {
            let expected = bytes.indices.filter { NameSearch.occurs(Array(name.utf8), in: bytes[$0]) }.map { $0 + 1 }
            #expect(pages == expected, "\(name)")
        }
    }

    /// A signature block's two names on one baseline are two names, not one of six syllables;
    /// a name broken across two lines is still one.
    @Test func runsFarApartOnOneBaselineAreSeparateColumns() throws {
        let font = try #require(Fixtures.fonts.font(family: "Liberation Serif"))
        func run(_ text: String, x: Double, y: Double, width: Double) -> PageElement {
            .text(GlyphRun(font: font, size: 14, text: text, glyphs: [], clusters: [], origin: Point(x: x, y: y), width: width))
        }
        let page = Page(size: Size(width: 595, height: 842), index: 1, elements: [
            run("Đàm Văn Chính", x: 350, y: 700, width: 90),
            run("Lê Thanh Hà", x: 100, y: 700, width: 80),
            run("Đồng chí Lê Thanh", x: 85, y: 100, width: 400),
            run("Hà phát biểu.", x: 85, y: 120, width: 80),
        ])
        let text = PageText.bytes(of: page)
        #expect(String(decoding: text, as: UTF8.self) == "Đồng chí Lê Thanh Hà phát biểu. Lê Thanh Hà\nĐàm Văn Chính")
        #expect(NameSearch(["Lê Thanh Hà", "Đàm Văn Chính", "Lê Thanh"]).pages(in: [text]) == [[1], [1], []])
    }

    /// Pages and names made from a seeded generator: the index finds a name on exactly the
    /// pages where an independent reading of the text (words and separators as Characters)
    /// sees it standing on its own.
    @Test(arguments: [1, 2, 3, 4, 5])
    func generatedPagesAgreeWithAWordByWordReading(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let families = ["Nguyễn", "Trần", "Lê", "Đàm", "Vi", "Bùi"]
        let middles = ["Văn", "Thị", "Đức", "Thu", "Thanh"]
        let givens = ["An", "Anh", "Hà", "Thu", "Nam", "Chính"]
        func syllables(_ pool: [String], _ count: Int) -> [String] { (0..<count).map { _ in pool[random.below(pool.count)] } }
        var pool: [String] = []
        for _ in 0..<40 {
            pool.append((syllables(families, 1) + syllables(middles, random.below(3)) + syllables(givens, 1)).joined(separator: " "))
        }
        let fillers = ["đồng chí", "phát biểu", "và", "Sở", "UBND", "Hội nghị", "Ông", "ngày 03/7/2023", "Hà", "thu", "Q1"]
        let separators = [" ", " ", " ", ", ", ". ", " - ", " “", "” ", "\n", " (", ") ", "…", "/"]
        var texts: [String] = []
        for _ in 0..<200 {
            var text = ""
            for piece in 0..<random.below(12) {
                if piece > 0 || random.below(2) == 0 { text += separators[random.below(separators.count)] }
                text += random.below(2) == 0 ? pool[random.below(pool.count)] : fillers[random.below(fillers.count)]
            }
            texts.append(text)
        }
        let names = Array(Set(pool.filter { _ in random.below(2) == 0 } + ["Thị Thu", "Thu Hà"])).sorted()
        let bytes = texts.map { Array($0.utf8) }
        let found = NameSearch(names).pages(in: bytes)
        var matched = 0
        for (name, pages) in zip(names, found) {
            let expected = texts.indices.filter { WordReading(texts[$0]).standsAlone(name) }.map { $0 + 1 }
            #expect(pages == expected, "\(name)")
            matched += expected.count
        }
        #expect(matched > 50, "the generated pages hold only \(matched) matches")
    }
}

/// A text read as words and separators, Character by Character, for the property test: an
/// oracle written apart from `NameSearch`'s byte search.
private struct WordReading {
    enum Token: Equatable { case word(String), separator(Character) }
    let tokens: [Token]

    init(_ text: String) {
        var tokens: [Token] = []
        var word = ""
        for character in text {
            let scalar = character.unicodeScalars.first!.value
            let separates = scalar < 0x80 ? !(character.isLetter || character.isNumber) : (0x2000...0x207F).contains(scalar)
            if separates {
                if !word.isEmpty { tokens.append(.word(word)); word = "" }
                tokens.append(.separator(character))
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(.word(word)) }
        self.tokens = tokens
    }

    /// Whether `name`'s words stand in the text joined by single spaces, with no name
    /// syllable joined to them by a space on either side (a word of address before is fine).
    func standsAlone(_ name: String) -> Bool {
        let wanted = WordReading(name).tokens
        guard !wanted.isEmpty, tokens.count >= wanted.count else { return false }
        for start in 0...(tokens.count - wanted.count) where Array(tokens[start..<(start + wanted.count)]) == wanted {
            let end = start + wanted.count
            let before = start >= 2 && tokens[start - 1] == .separator(" ") && syllable(tokens[start - 2], address: true)
            let after = end + 1 < tokens.count && tokens[end] == .separator(" ") && syllable(tokens[end + 1], address: false)
            if !before && !after { return true }
        }
        return false
    }

    private func syllable(_ token: Token, address: Bool) -> Bool {
        guard case .word(let word) = token, let first = word.first, first.isUppercase,
              word.dropFirst().allSatisfy({ !$0.isUppercase && !$0.isNumber }) else { return false }
        return !(address && ["Ông", "Bà", "Anh", "Chị", "Cô", "Chú", "Bác", "Em", "Cụ", "Thầy"].contains(word))
    }
}

/// A seeded generator (SplitMix64), so a failing case can be run again.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
