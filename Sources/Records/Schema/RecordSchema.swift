/// The schema of every mapping of a meeting or report record (README "Records" and "Report
/// records"), in one place.
public enum RecordSchema {
    public static let meeting = MappingSchema(
        "a meeting record",
        required: ["kind", "regime", "organization", "title", "date", "venue", "chair", "secretary", "attendance"],
        optional: ["number", "start", "end", "end_date", "guests", "agenda", "proceedings", "speeches", "conclusion",
                   "votes", "photos", "article", "recipients", "archive", "signers"])
    public static let organization = MappingSchema("an organization", required: ["name", "code", "place"], optional: ["parent"])
    public static let person = MappingSchema("a person", required: ["name"], optional: ["role"])
    public static let absentee = MappingSchema("an absent member", required: ["name"], optional: ["reason"])
    public static let attendance = MappingSchema("the attendance", required: ["members", "present"], optional: ["absent"])
    public static let speech = MappingSchema("a speech", required: ["speaker", "text"])
    public static let vote = MappingSchema("a vote", required: ["motion", "for"], optional: ["against", "other", "base", "base_label"])
    public static let photo = MappingSchema("a photo", required: ["file"], optional: ["caption", "width", "after"])
    public static let article = MappingSchema("an article", optional: ["section", "headline", "published", "author", "unit", "lead", "body"])
    public static let signers = MappingSchema("the signers", optional: ["chair", "secretary"])
    public static let signer = MappingSchema("a signer", required: ["title", "name"], optional: ["authority"])

    public static let report = MappingSchema(
        "a report record",
        required: ["kind", "regime", "organization", "summary", "date", "signer"],
        optional: ["number", "title", "draft", "round", "period", "to", "opening", "parts", "closing", "recipients", "archive"])
    /// A numbered part: exactly one of `part`, `section` or `point` (checked by the decoder).
    public static let reportPart = MappingSchema("a part", optional: ["part", "section", "point", "body", "parts"])
    public static let reportSigner = MappingSchema("a signer", required: ["title"], optional: ["authority", "name", "signature"])
    /// A body item that is not text: `{ table: … }`.
    public static let reportBodyItem = MappingSchema("a body item", required: ["table"])
    public static let reportTable = MappingSchema("a table", required: ["header", "rows"], optional: ["columns"])
}
