/// What one product's builder reads from its layout. A layout is checked against the schema of
/// its product when it is loaded, so every key a builder reads exists, every key written is
/// one a builder reads, and no lookup can fail later.
public struct LayoutSchema: Sendable {
    /// Names a builder reads under one map of the layout (`strings`, `styles` …): some in every
    /// layout of the product, some only in one regime's, some optional.
    public struct Keys<Map: LayoutMap>: Sendable {
        public var always: Set<String>
        public var byRegime: [String: Set<String>]
        public var optional: Set<String>

        public init(always: [LayoutKey<Map>] = [], byRegime: [String: [LayoutKey<Map>]] = [:], optional: [LayoutKey<Map>] = []) {
            self.always = Set(always.map(\.name))
            self.byRegime = byRegime.mapValues { Set($0.map(\.name)) }
            self.optional = Set(optional.map(\.name))
        }

        /// The names a layout of `regime` must have.
        public func required(regime: String) -> Set<String> { always.union(byRegime[regime] ?? []) }
        /// Every name a layout of `regime` may have.
        public func allowed(regime: String) -> Set<String> { required(regime: regime).union(optional) }
        /// Every name a builder may read, whatever the regime.
        public var declared: Set<String> { byRegime.values.reduce(always.union(optional)) { $0.union($1) } }
    }

    public var product: String
    /// Allowed values of `regime`.
    public var regimes: [String]
    /// Top-level keys beyond those every layout has (`product`, `regime`, `page`, `fonts`, `styles`
    /// and the maps below).
    public var extraTopLevel: Set<String> = []
    public var strings = Keys<StringsMap>()
    public var styles = Keys<StylesMap>()
    public var rules = Keys<RulesMap>()
    /// Column sets and how many widths each has.
    public var columns: [ColumnsKey: Int] = [:]
    public var spacing = Keys<SpacingMap>()
    public var fractions = Keys<FractionsMap>()
    /// Keys under `page` a layout of the product must have (e.g. a report's `watermark`).
    public var requiredPage: Set<String> = []
    /// A string that, when the layout has it, needs a style of its own (string → style).
    public var stylesForStrings: [String: String] = [:]
    /// The `{placeholders}` each sentence template may use; a string not listed is printed as written.
    public var placeholders: [String: Set<String>] = [:]
    /// The `{placeholders}` a section's text may use, by section kind.
    public var sectionPlaceholders: [String: Set<String>] = [:]
    /// Section kinds a layout of the product may list; nil when it has no `sections`.
    public var sectionKinds: Set<String>? = nil
    /// Record parts a section may `require`.
    public var sectionParts: Set<String> = []
    /// Section kinds that need a `text`.
    public var sectionKindsWithText: Set<String> = []

    /// The schema of `product`, nil for a product BanTin does not make.
    public static func named(_ product: String) -> LayoutSchema? {
        all.first { $0.product == product }
    }

    /// Every product's schema.
    public static let all: [LayoutSchema] = [.minutes, .bulletin, .compilation, .report]
}
