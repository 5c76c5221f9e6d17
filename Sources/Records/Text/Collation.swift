import CICUShim
import Foundation

/// Vietnamese collation (CLDR `vi`, standard type, through ICU): ă â đ ê ô ơ ư are letters
/// of their own, and tones only break ties, in the order grave < hook < tilde < acute < dot.
///
/// `@unchecked Sendable` is safe: the collator is configured once in `init` and ICU documents
/// comparing and making sort keys with one collator from several threads as safe.
public final class VietnameseCollation: @unchecked Sendable {
    /// The `vi` collator, opened once for the whole process.
    public static let shared = VietnameseCollation(locale: "vi")

    private let collator: UnsafeMutableRawPointer?

    /// A collator for `locale`. When ICU cannot open it, comparisons fall back to Unicode
    /// scalar order, which keeps sorting deterministic though not Vietnamese.
    public init(locale: String) {
        collator = bantin_collator_open(locale)
    }

    deinit { bantin_collator_close(collator) }

    /// Orders two strings the way a Vietnamese dictionary does.
    public func compare(_ a: String, _ b: String) -> ComparisonResult {
        guard let collator else {
            if a.unicodeScalars.elementsEqual(b.unicodeScalars) { return .orderedSame }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? .orderedAscending : .orderedDescending
        }
        let (x, y) = (Array(a.utf16), Array(b.utf16))
        let r = bantin_collate(collator, x, Int32(x.count), y, Int32(y.count))
        return r < 0 ? .orderedAscending : (r > 0 ? .orderedDescending : .orderedSame)
    }

    /// ICU's binary sort key: comparing keys bytewise gives the same order as `compare`.
    /// Use it to sort many strings, or to store an order.
    public func sortKey(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        guard let collator else { return Array(text.utf8) }
        var capacity = units.count * 4 + 16
        while true {
            var key = [UInt8](repeating: 0, count: capacity)
            let length = Int(bantin_sort_key(collator, units, Int32(units.count), &key, Int32(capacity)))
            if length <= capacity { return Array(key[0..<max(0, length)]) }
            capacity = length
        }
    }

    /// `strings` in Vietnamese order; equal strings keep their input order.
    public func sorted(_ strings: [String]) -> [String] {
        let keyed = strings.map { (key: sortKey($0), text: $0) }
        return keyed.enumerated().sorted { a, b in
            a.element.key.lexicographicallyPrecedes(b.element.key)
                || (a.element.key == b.element.key && a.offset < b.offset)
        }.map(\.element.text)
    }
}

