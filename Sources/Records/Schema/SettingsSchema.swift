/// The schema of every mapping of a settings file (`bantin.yaml`, docs/settings.md): checked
/// like a record's, so a misspelt key is an error at its line and column naming the nearest
/// valid key.
public enum SettingsSchema {
    public static let root = MappingSchema(
        "the settings (bantin.yaml)",
        optional: ["organization", "chair", "secretary", "signers", "recipients", "archive", "publisher", "layout",
                   "photo_folders"],
        reference: "docs/settings.md")
    /// Every field is optional: a record fills the ones it writes itself, field by field.
    public static let organization = MappingSchema("an organization", optional: ["name", "parent", "code", "place"])
    public static let signers = MappingSchema("the signers", optional: ["chair", "secretary", "report"])
    /// A default signature: the name may be left to the meeting's chair or secretary.
    public static let signer = MappingSchema("a signer", required: ["title"], optional: ["authority", "name"])
    public static let layout = MappingSchema("the layout choice", optional: LayoutProduct.allCases.map(\.rawValue))
    public static let layoutByRegime = MappingSchema("a layout per regime", optional: Regime.allCases.map(\.rawValue))
}
