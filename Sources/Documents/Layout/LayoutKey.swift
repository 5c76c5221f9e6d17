/// The name of one key a builder reads under a map of a layout (`strings`, `styles` …). Its
/// constants (`StringKey.closing`) are what the product schemas list and what builders read,
/// so a builder cannot ask for a key by a misspelt name, and the schema checked at load is
/// the one list of what each product reads.
public struct LayoutKey<Map: LayoutMap>: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    /// A key by name: the constants below, or a style a layout names (a section's `style`).
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}

extension LayoutKey: Decodable {
    /// A key as a layout names it (a section's or the page number's `style`).
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }
}

/// One of a layout's maps of named keys, for typing LayoutKey.
public protocol LayoutMap: Sendable {
    /// The map's key in the layout file.
    static var name: String { get }
}

/// The `strings` map of a layout.
public enum StringsMap: LayoutMap { public static let name = "strings" }
public typealias StringKey = LayoutKey<StringsMap>

/// The `styles` map of a layout.
public enum StylesMap: LayoutMap { public static let name = "styles" }
public typealias StyleKey = LayoutKey<StylesMap>

/// The `rules` map of a layout.
public enum RulesMap: LayoutMap { public static let name = "rules" }
public typealias RuleKey = LayoutKey<RulesMap>

/// The `spacing` map of a layout.
public enum SpacingMap: LayoutMap { public static let name = "spacing" }
public typealias SpacingKey = LayoutKey<SpacingMap>

/// The `fractions` map of a layout.
public enum FractionsMap: LayoutMap { public static let name = "fractions" }
public typealias FractionKey = LayoutKey<FractionsMap>

/// The `columns` map of a layout.
public enum ColumnsMap: LayoutMap { public static let name = "columns" }
public typealias ColumnsKey = LayoutKey<ColumnsMap>
