import Documents
import Typesetting

/// The line printed for an error that stops a command. A layout's or a font file's error
/// already starts with its file (and line and column), so it is printed as it is.
func errorLine(_ error: any Error) -> String {
    if error is LayoutError { return "\(error)" }
    if case FontError.brokenFont? = error as? FontError { return "\(error)" }
    return "bantin: \(error)"
}
