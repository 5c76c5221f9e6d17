import Records

/// A record refused because its settings file has errors: the one line said at the record.
struct SettingsRefusal: Error {
    let diagnostic: Diagnostic
}
