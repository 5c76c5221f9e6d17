/// The schema of every mapping of a meeting or report record (README "Records" and "Report
/// records"), in one place.
public enum RecordSchema {
    public static let meeting = MappingSchema(
        .meetingRecordName,
        required: ["kind", "regime", "organization", "title", "date", "venue", "chair", "secretary", "attendance"],
        optional: ["number", "start", "end", "end_date", "guests", "agenda", "proceedings", "speeches", "conclusion",
                   "votes", "photos", "article", "recipients", "signers"])
    public static let organization = MappingSchema(.organizationName, required: ["name", "code", "place"], optional: ["parent"])
    public static let person = MappingSchema(.personName, required: ["name"], optional: ["role"])
    public static let absentee = MappingSchema(.absenteeName, required: ["name"], optional: ["reason"])
    public static let attendance = MappingSchema(.attendanceName, required: ["members", "present"], optional: ["absent"])
    public static let speech = MappingSchema(.speechName, required: ["speaker", "text"])
    public static let vote = MappingSchema(.voteName, required: ["motion", "for"], optional: ["against", "other", "base", "base_label"])
    public static let photo = MappingSchema(.photoName, required: ["file"], optional: ["caption", "width", "after"])
    public static let article = MappingSchema(.articleName, optional: ["section", "headline", "published", "author", "unit", "lead", "body"])
    public static let signers = MappingSchema(.signersName, optional: ["chair", "secretary"])
    public static let signer = MappingSchema(.signerName, required: ["title", "name"], optional: ["authority"])

    public static let report = MappingSchema(
        .reportRecordName,
        required: ["kind", "regime", "organization", "summary", "date", "signer"],
        optional: ["number", "title", "draft", "round", "period", "to", "opening", "parts", "closing", "recipients", "archive"])
    /// A numbered part: exactly one of `part`, `section` or `point` (checked by the decoder).
    public static let reportPart = MappingSchema(.reportPartName, optional: ["part", "section", "point", "body", "parts"])
    public static let reportSigner = MappingSchema(.signerName, required: ["title"], optional: ["authority", "name", "signature"])
    /// A body item that is not text: `{ table: … }`.
    public static let reportBodyItem = MappingSchema(.bodyItemName, required: ["table"])
    public static let reportTable = MappingSchema(.tableName, required: ["header", "rows"], optional: ["columns"])
}
