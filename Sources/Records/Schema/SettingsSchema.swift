/// The schema of every mapping of a settings file (`bantin.yaml`, docs/settings.md): checked
/// like a record's, so a misspelt key is an error at its line and column naming the nearest
/// valid key; `bantin schema --settings` describes the same tables to an editor.
public enum SettingsSchema {
    public static let root = MappingSchema(
        .settingsRootName, id: "settings",
        description: "Thiết lập chung của một tổ chức (bantin.yaml): điền các mục mà hồ sơ trong thư mục bỏ trống",
        reference: "docs/settings.md",
        fields: [
            .optional("organization", .mapping("settingsOrganization"), "Tổ chức ban hành văn bản; hồ sơ ghi mục nào thì mục đó của hồ sơ được dùng"),
            .optional("chair", .mapping("person"), "Người chủ trì thường lệ"),
            .optional("secretary", .mapping("person"), "Người ghi biên bản (thư ký) thường lệ"),
            .optional("signers", .mapping("settingsSigners"), "Người ký mặc định của biên bản và báo cáo"),
            .optional("recipients", .list(.text), "Nơi nhận, mỗi nơi một dòng"),
            .optional("archive", .text, "Nơi lưu bản gốc, dòng cuối của Nơi nhận: Chi bộ (in \"- Lưu Chi bộ.\")"),
            .optional("publisher", .text, "Đơn vị phát hành bản tin"),
            .optional("layout", .mapping("layoutChoice"), "Tệp mẫu trình bày riêng của tổ chức, tính từ thư mục của bantin.yaml"),
            .optional("photo_folders", .list(.text), "Các thư mục khác được lấy ảnh và chữ ký, tính từ thư mục của bantin.yaml"),
        ])
    /// Every field is optional: a record fills the ones it writes itself, field by field.
    public static let organization = MappingSchema(
        .settingsOrganizationName, id: "settingsOrganization", description: "Tổ chức ban hành văn bản; mọi mục đều có thể bỏ",
        fields: [
            .optional("name", .text, "Tên tổ chức ban hành văn bản"),
            .optional("parent", .text, "Tổ chức cấp trên trực tiếp"),
            .optional("code", .text, "Chữ viết tắt của tổ chức trong số văn bản: ĐU trong \"Số 12-BB/ĐU\""),
            .optional("place", .text, "Địa danh ở dòng ngày tháng: Lạng Sơn"),
        ])
    public static let signers = MappingSchema(
        .settingsSignersName, id: "settingsSigners", description: "Người ký mặc định",
        fields: [
            .optional("chair", .mapping("settingsSigner"), "Người ký bên phải của biên bản (chủ trì)"),
            .optional("secretary", .mapping("settingsSigner"), "Người ký bên trái của biên bản (thư ký)"),
            .optional("report", .mapping("settingsSigner"), "Người ký báo cáo"),
        ])
    /// A default signature: the name may be left to the meeting's chair or secretary.
    public static let signer = MappingSchema(
        .settingsSignerName, id: "settingsSigner", description: "Một người ký: thẩm quyền, chức vụ, họ tên",
        fields: [
            .required("title", .text, "Chức vụ người ký: PHÓ BÍ THƯ"),
            .optional("authority", .text, "Thẩm quyền ký: T/M ĐẢNG ỦY, TM. ỦY BAN NHÂN DÂN"),
            .optional("name", .text, "Họ và tên người ký; bỏ trống thì lấy người chủ trì hoặc thư ký của cuộc họp"),
        ])
    public static let layout = MappingSchema(
        .layoutChoiceName, id: "layoutChoice", description: "Tệp mẫu trình bày của từng sản phẩm",
        fields: LayoutProduct.allCases.map { product in
            product.hasRegimes
                ? .optional(product.rawValue, .either([.text, .mapping("layoutByRegime")]),
                            "Mẫu \(product.vietnamese): một tệp, hoặc { party: …, state: … } cho từng thể thức")
                : .optional(product.rawValue, .text, "Mẫu \(product.vietnamese)")
        })
    public static let layoutByRegime = MappingSchema(
        .layoutByRegimeName, id: "layoutByRegime", description: "Một tệp mẫu cho mỗi thể thức",
        fields: [
            .optional(Regime.party.rawValue, .text, "Mẫu cho văn bản Đảng"),
            .optional(Regime.state.rawValue, .text, "Mẫu cho văn bản của cơ quan nhà nước"),
        ])

    /// Every mapping of a settings file, the root first; a person is a record's person.
    public static let all: [MappingSchema] = [root, organization, signers, signer, layout, layoutByRegime, RecordSchema.person]
}

extension LayoutProduct {
    /// The product's name in the settings schema's descriptions.
    var vietnamese: String {
        switch self {
        case .minutes: return "biên bản"
        case .report: return "báo cáo"
        case .bulletin: return "bản tin"
        case .compilation: return "tập biên bản"
        }
    }
}
