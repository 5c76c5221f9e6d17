/// Numbers in Vietnamese notation (docs/formatting-rules.md §5.2): decimal comma, thousands grouped
/// with dots, `%` without a space.
public enum VietnameseNumber {
    /// `part` as a percentage of `whole` with two decimals, rounded half up in exact integer
    /// arithmetic (25 of 26 → `96,15%`). A non-positive `whole` has no percentage; it gives
    /// `0,00%` rather than trapping, and validation never lets such a base through.
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0,00%" }
        // hundredths of a percent = part * 10_000 / whole, rounded half away from zero; in
        // 128 bits, so no count a caller passes can overflow.
        let numerator = UInt128(part.magnitude) * 20_000 + UInt128(whole)
        let magnitude = UInt(clamping: numerator / (2 * UInt128(whole)))
        let sign = part < 0 && magnitude > 0 ? "-" : ""
        let units = Int(magnitude / 100), cents = Int(magnitude % 100)
        return "\(sign)\(grouped(units)),\(pad(cents, 2))%"
    }

    /// `1234567` → `1.234.567`.
    public static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// A head count: `2`, or `02` when `padded` (the common but unregulated two-digit style
    /// of "Vắng mặt: 02 đồng chí", docs/formatting-rules.md §3.3).
    public static func count(_ value: Int, padded: Bool = false) -> String {
        padded ? pad(value, 2) : String(value)
    }

    /// `value` in Roman numerals (`quý III`, a report's part `IV-`); 1…3999, the numbers Roman
    /// numerals write (4 is `IV`, 9 `IX`). Anything else traps.
    public static func romanNumeral(_ value: Int) -> String {
        precondition((1...3999).contains(value), "no Roman numeral for \(value)")
        let symbols: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value, out = ""
        for (amount, symbol) in symbols {
            while rest >= amount { out += symbol; rest -= amount }
        }
        return out
    }

    /// The letters of points (điểm), in order: `a) b) c) d) đ) e) g) …` (Decree 30;
    /// docs/formatting-rules.md §1.5): the Vietnamese alphabet without f, j, w and z, and without
    /// the marked vowels ă, â, ê, ô, ơ and ư, which practice does not use as point letters
    /// (docs/formatting-rules.md §1.5, unconfirmed).
    public static let pointLetters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                      "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
}
