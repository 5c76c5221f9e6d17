import Foundation

/// The checks a record's photo goes through (inside the folder, JPEG or PNG, sound header,
/// size and full decode), for a file that is not named in a record yet: a photo uploaded
/// through `bantin serve` must pass them before it is kept.
public enum ImageFileCheck {
    /// The problems of the image at `path` (which must lie inside `folder`), worded as at a
    /// record's `field`; empty when a record may use the file.
    public static func problems(ofFile path: String, inFolder folder: String, field: String = "photos") -> [Diagnostic] {
        let context = DecodingContext(file: (folder as NSString).appendingPathComponent("(upload)"), convertLegacy: false)
        let location = SourceLocation(file: path, line: 1, column: 1)
        _ = ImageFile.read((path as NSString).lastPathComponent, field: field, at: location, context: context)
        return context.diagnostics
    }
}
