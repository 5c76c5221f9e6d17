import Testing
@testable import Records

/// Percentages never trap, whatever the counts.
struct VietnameseNumberOverflowTests {
    @Test func percentOfHugeCountsDoesNotOverflow() {
        #expect(VietnameseNumber.percent(1_000_000_000_000_000, of: 1_000_000_000_000_000) == "100,00%")
        #expect(VietnameseNumber.percent(Int.max, of: Int.max) == "100,00%")
        #expect(VietnameseNumber.percent(1, of: Int.max) == "0,00%")
    }
}
