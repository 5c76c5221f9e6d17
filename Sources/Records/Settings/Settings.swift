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
