import Records

/// A layout file that cannot be used: one or more problems, each at its line and column
/// when the file is known, each saying what is wrong and how to fix it.
public struct LayoutError: Error, CustomStringConvertible, Equatable, Sendable {
    /// One thing wrong with a layout, at `file:line:column` when known.
    public struct Problem: Equatable, Sendable {
        public var file: String?
        public var position: LayoutPosition?
        /// The key path as written in the layout, e.g. `styles.title.size`.
        public var path: String
        /// What is wrong; how to fix it.
        public var message: String

        public init(file: String? = nil, position: LayoutPosition? = nil, path: String, message: String) {
            self.file = file; self.position = position; self.path = path; self.message = message
        }

        /// `file:line:column: error: path: message`, with as much of the place as is known.
        public var description: String {
            let place = [file ?? "layout", position.map { "\($0.line):\($0.column)" }].compactMap { $0 }.joined(separator: ":")
            return "\(place): \(Localized.layoutErrorLabel): \(path.isEmpty ? "" : path + ": ")\(message)"
        }
    }

    /// Problems in the order they appear in the file.
    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }

    public init(file: String? = nil, position: LayoutPosition? = nil, path: String, message: String) {
        self.init([Problem(file: file, position: position, path: path, message: message)])
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }

    /// The layout file could not be read.
    public static func unreadable(_ path: String) -> LayoutError {
        LayoutError(file: path, path: "", message: Localized.layoutUnreadable.text())
    }

    /// `path` has a value the builder cannot use (found while building, without a position).
    public static func invalid(_ path: String, _ why: String) -> LayoutError { LayoutError(path: path, message: why) }

    /// A key the builder reads is not in the layout.
    public static func missing(_ key: String) -> LayoutError {
        LayoutError(path: key, message: Localized.layoutMissingKey.text())
    }

    /// A style the builder or the layout names is not under `styles`.
    public static func unknownStyle(_ name: String) -> LayoutError {
        LayoutError(path: "styles", message: Localized.layoutUnknownStyle(name).text())
    }

    /// The builder read a key its product's schema does not declare: a defect of BanTin,
    /// never of the layout, since loading checks every declared key.
    static func undeclared(_ path: String, product: String) -> LayoutError {
        LayoutError(path: path, message: Localized.layoutUndeclared(product).text())
    }
}

extension LayoutError {
    /// The problems as diagnostics at their places in the layout file, for a command that
    /// reports them among a record's; nil when one has no place.
    public var diagnostics: [Diagnostic]? {
        var result: [Diagnostic] = []
        for problem in problems {
            guard let file = problem.file, let position = problem.position else { return nil }
            result.append(Diagnostic(location: SourceLocation(file: file, line: position.line, column: position.column),
                                     field: problem.path.isEmpty ? "(layout)" : problem.path, message: .verbatim(problem.message)))
        }
        return result
    }
}
