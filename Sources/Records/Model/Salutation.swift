/// How a record addresses a person in state documents (`Ông Đàm Văn Chính, Phó Giám đốc
/// Sở, phát biểu: …`); Party documents say `đồng chí` to everyone.
public enum Salutation: String, Sendable, Hashable, CaseIterable {
    case mister = "ông", madam = "bà"
}
