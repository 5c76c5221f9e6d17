import Records

/// What the person making a bulletin issue chooses on the command line.
public struct BulletinOptions: Sendable {
    /// Items by meeting date (the default) or in the order the records were given.
    public enum Order: String, Sendable, CaseIterable { case date, given }

    public var order: Order
    /// The issue number on the masthead, if any.
    public var issue: Int?
    /// The date on the masthead; the latest meeting's date when not given.
    public var date: CivilDate?
    /// ISO 8601 creation date for the PDF (SOURCE_DATE_EPOCH); else the masthead date.
    public var creationDate: String?
    public var creator: String
    /// The publishing organisation on the masthead; by default the one most items come
    /// from (the latest item's on a tie).
    public var publisher: String?

    public init(order: Order = .date, issue: Int? = nil, date: CivilDate? = nil, creationDate: String? = nil,
                creator: String = "BanTin", publisher: String? = nil) {
        self.order = order; self.issue = issue; self.date = date; self.creationDate = creationDate
        self.creator = creator; self.publisher = publisher
    }
}

/// Something the run should tell the user about an item, though the issue was made.
public struct BulletinNote: Sendable, Hashable {
    public var file: String
    public var message: String
}
