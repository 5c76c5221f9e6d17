/// How much work one record file may ask for. A record comes from other offices and USB
/// sticks, so every dimension that could make reading it slow or large is bounded; the
/// defaults sit far above any real meeting or report, and a caller (the CLI's options) may
/// raise them for a real need.
public struct InputLimits: Hashable, Sendable {
    /// Largest record file read, in bytes (checked before the file is read).
    public var fileBytes: Int
    /// Most alias uses (`*name`) in one record.
    public var aliases: Int
    /// Most text, in bytes, the record holds once every alias is expanded; also bounds the
    /// text of a record written without aliases.
    public var expandedBytes: Int
    /// Deepest nesting of lists and mappings.
    public var depth: Int

    /// The defaults: 2 MB files, 100 aliases, 4 MB of text, 64 levels.
    public static let standard = InputLimits(fileBytes: 2_000_000, aliases: 100, expandedBytes: 4_000_000, depth: 64)

    public init(fileBytes: Int, aliases: Int, expandedBytes: Int, depth: Int) {
        self.fileBytes = fileBytes
        self.aliases = aliases
        self.expandedBytes = expandedBytes
        self.depth = depth
    }

    /// `2 MB`, `512 KB`, `300 bytes`: a size for a message.
    static func size(_ bytes: Int) -> Localized {
        if bytes >= 1_000_000 {
            let tenths = (bytes + 50_000) / 100_000
            return .verbatim(tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB")
        }
        if bytes >= 1000 { return .verbatim("\((bytes + 500) / 1000) KB") }
        return .bytes(bytes)
    }
}
