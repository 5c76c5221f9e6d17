/// The products whose layout a settings file may choose.
public enum LayoutProduct: String, Sendable, Hashable, CaseIterable {
    case minutes, report, bulletin, compilation

    /// Minutes and reports have one layout per regime; a bulletin or booklet one for all.
    public var hasRegimes: Bool { self == .minutes || self == .report }
}

/// The layout files a settings file chooses: one per product, or for minutes and reports
/// one per regime (`minutes: { party: …, state: … }`).
public struct LayoutChoice: Sendable, Hashable {
    /// Product → regime (nil: every regime) → absolute path of the layout file.
    public var paths: [LayoutProduct: [Regime?: String]] = [:]

    public init() {}

    /// The layout for `product` in `regime`: the regime's own, else the product's.
    public func path(_ product: LayoutProduct, regime: Regime? = nil) -> String? {
        guard let byRegime = paths[product] else { return nil }
        if let regime, let path = byRegime[regime] { return path }
        return byRegime[nil]
    }
}
