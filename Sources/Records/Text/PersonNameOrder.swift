/// Alphabetical order of Vietnamese personal names (docs/formatting-rules.md §5.1): by given name
/// (the last word), then the middle name(s), then the family name (the first word), each with the
/// `vi` collation. This is office convention, not regulation; rank order often applies instead.
public enum PersonNameOrder {
    /// `names` in given–middle–family order; full ties keep their input order.
    public static func sorted(_ names: [String]) -> [String] {
        sorted(names, by: { $0 })
    }

    /// `items` ordered by the person name `name(item)` gives.
    public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
        let collation = VietnameseCollation.shared
        let keyed = items.enumerated().map { (offset: $0.offset, item: $0.element, key: key(name($0.element), collation)) }
        return keyed.sorted { a, b in
            for (x, y) in zip(a.key, b.key) where x != y { return x.lexicographicallyPrecedes(y) }
            return a.offset < b.offset
        }.map(\.item)
    }

    /// Sort keys of (given, middle, family, whole name); the whole name breaks remaining ties
    /// between names that differ only in spacing.
    private static func key(_ name: String, _ collation: VietnameseCollation) -> [[UInt8]] {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        let given = words.last ?? ""
        let family = words.count > 1 ? words[0] : ""
        let middle = words.count > 2 ? words[1..<(words.count - 1)].joined(separator: " ") : ""
        return [given, middle, family, name].map(collation.sortKey)
    }
}
