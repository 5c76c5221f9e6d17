import Documents
import Records
import Render
import Typesetting

/// The line printed for an error that stops a command. A layout's or a font file's error
/// already starts with its file (and line and column), so it is printed as it is.
func errorLine(_ error: any Error) -> String {
    if error is LayoutError { return "\(error)" }
    if case FontError.brokenFont? = error as? FontError { return errorText(error) }
    return "bantin: \(errorText(error))"
}

/// An error's text in the user's language. The libraries that know no Vietnamese
/// (Typesetting, Render) are translated here; the others already speak it.
func errorText(_ error: any Error) -> String {
    switch error {
    case let error as OutputError: return error.localized.text()
    case let error as InputError: return error.localized.text()
    case let error as ResourcesNotFound: return error.description
    case let error as WordListUnusable: return error.description
    case let error as RenderError: return Localized.render(error).text()
    case let error as FontError: return Localized.font(error).text()
    default: return "\(error)"
    }
}
