import Testing
@testable import Records

/// docs/formatting-rules.md §8 item 25 exactly, plus NFC at the boundary.
struct CollationTests {
    @Test func personNamesByGivenMiddleFamily() {
        #expect(PersonNameOrder.sorted(["Nguyễn Đức Thắng", "Đàm Văn Chính", "Lê Thanh Hà"])
            == ["Đàm Văn Chính", "Lê Thanh Hà", "Nguyễn Đức Thắng"])
        #expect(PersonNameOrder.sorted(["Trần Văn An", "Phạm Ân", "Nguyễn Thị An", "Lê Văn Anh"])
            == ["Nguyễn Thị An", "Trần Văn An", "Lê Văn Anh", "Phạm Ân"])
    }

    @Test func plainWords() {
        let collation = VietnameseCollation.shared
        #expect(collation.sorted(["Đào", "Ân", "Ba", "Anh", "Dũng", "Ăn", "An"]) == ["An", "Anh", "Ăn", "Ân", "Ba", "Dũng", "Đào"])
        #expect(collation.sorted(["mai", "mạ", "má", "mã", "mả", "mà", "ma"]) == ["ma", "mà", "mả", "mã", "má", "mạ", "mai"])
        #expect(collation.compare("Đào", "Dũng") == .orderedDescending)
        #expect(collation.compare("Việt", "Vie\u{323}\u{302}t") == .orderedSame)
        #expect(collation.sortKey("An").lexicographicallyPrecedes(collation.sortKey("Ăn")))
    }

    @Test func normalization() {
        let nfd = "Vie\u{323}\u{302}t Nam"
        #expect(Array(UnicodeNormalization.nfc(nfd).utf8) == Array("Vi\u{1EC7}t Nam".utf8))
        #expect(UnicodeNormalization.isNFC("Việt Nam"))
        #expect(!UnicodeNormalization.isNFC(nfd))
        #expect(UnicodeNormalization.nfc("ASCII only") == "ASCII only")
    }
}
