/// The pages of the clerk's web app; the navigation marks the current one.
public enum Page: String, Sendable, CaseIterable {
    case records, meeting, report, products, login

    /// The script (in the web assets) that drives the page.
    var script: String {
        switch self {
        case .records: "records.js"
        case .meeting: "meeting-form.js"
        case .report: "report-editor.js"
        case .products: "products.js"
        case .login: "login.js"
        }
    }
}
