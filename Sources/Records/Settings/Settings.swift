/// What an organisation writes once, in a `bantin.yaml` beside its records (or in a folder
/// above them), instead of in every record: docs/settings.md. A record's own fields win over
/// these, and the command line's options win over both.
public struct Settings: Sendable, Hashable {
    /// The file name looked for in a record's folder and every folder above it.
    public static let fileName = "bantin.yaml"

    /// The settings file as it was found (absolute).
    public var file: String
    /// Organisation fields a record leaves out, filled field by field.
    public var organization = OrganizationDefaults()
    /// The chair and secretary of a meeting record that names none.
    public var chair: Person?
    public var secretary: Person?
    /// The signatures of minutes whose record has no `signers`, and a report's `signer`.
    public var signers = SignerDefaults()
    /// The Nơi nhận list of a record that gives none.
    public var recipients: [String] = []
    /// What the archive line keeps (`Chi bộ` → `- Lưu Chi bộ.`), when a record gives no `archive`.
    public var archive: String?
    /// The bulletin's publishing organisation when `--publisher` is not given.
    public var publisher: String?
    /// Layout files chosen per product (and regime), absolute.
    public var layouts = LayoutChoice()
    /// Folders photos may come from, absolute: the settings file's folder-relative paths
    /// resolved. Empty: no folder beyond what the command line allows.
    public var photoFolders: [String] = []
    /// Dotted path → where each setting stands in `file`, so a problem with a value that came
    /// from the settings (a character no font has) is reported there.
    public var locations: [String: SourceLocation] = [:]

    public init(file: String) {
        self.file = file
    }

    /// Where the setting at `path` (`organization.name`, `recipients[0]`) stands in `file`.
    public func location(of path: String) -> SourceLocation? {
        locations[path]
    }
}

/// Organisation fields given in the settings; each is nil when the settings leave it out.
public struct OrganizationDefaults: Sendable, Hashable {
    public var name: String?
    public var parent: String?
    public var code: String?
    public var place: String?

    public init(name: String? = nil, parent: String? = nil, code: String? = nil, place: String? = nil) {
        self.name = name
        self.parent = parent
        self.code = code
        self.place = place
    }

    public var isEmpty: Bool { name == nil && parent == nil && code == nil && place == nil }

    /// The value of a field by its key in the record (`name`, `parent`, `code`, `place`).
    public subscript(key: String) -> String? {
        switch key {
        case "name": return name
        case "parent": return parent
        case "code": return code
        case "place": return place
        default: return nil
        }
    }
}

/// A default signature from the settings: title and capacity line, and a name that may be
/// left to the meeting's chair or secretary (or, on a report, to the record).
public struct SignerDefault: Sendable, Hashable {
    public var authority: String?
    public var title: String
    public var name: String?

    public init(authority: String? = nil, title: String, name: String? = nil) {
        self.authority = authority
        self.title = title
        self.name = name
    }
}

/// The default signatures: minutes' chair and secretary, and a report's signer.
public struct SignerDefaults: Sendable, Hashable {
    public var chair: SignerDefault?
    public var secretary: SignerDefault?
    public var report: SignerDefault?

    public init(chair: SignerDefault? = nil, secretary: SignerDefault? = nil, report: SignerDefault? = nil) {
        self.chair = chair
        self.secretary = secretary
        self.report = report
    }
}

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
