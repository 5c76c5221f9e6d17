/// How one report is made beyond what its record says.
public struct ReportOptions: Sendable {
    /// A light diagonal `DỰ THẢO` on every page of a draft.
    public var watermark: Bool
    /// ISO 8601 creation date overriding the report's own date (SOURCE_DATE_EPOCH).
    public var creationDate: String?
    public var creator: String

    public init(watermark: Bool = false, creationDate: String? = nil, creator: String = "BanTin") {
        self.watermark = watermark; self.creationDate = creationDate; self.creator = creator
    }
}
