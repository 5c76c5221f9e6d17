import Yams
import Records

/// A YAML syntax error of a layout file as a problem at libyaml's line and column, with a fix.
enum LayoutYAMLError {
    static func problem(_ error: any Error, file: String) -> LayoutError.Problem {
        func at(_ mark: Mark) -> LayoutPosition { LayoutPosition(line: mark.line, column: mark.column) }
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _)?, .parser(_, let problem, let mark, _)?, .composer(_, let problem, let mark, _)?:
            return LayoutError.Problem(file: file, position: at(mark), path: "", message: Localized.layoutNotValidYAML(problem).text())
        case .duplicatedKeysInMapping(let duplicates, let context)?:
            return LayoutError.Problem(file: file, position: at(context.mark), path: duplicates.first ?? "",
                                       message: Localized.layoutKeyTwice.text())
        default:
            return LayoutError.Problem(file: file, position: LayoutPosition(line: 1, column: 1), path: "",
                                       message: Localized.layoutNotValidYAML("\(error)").text())
        }
    }
}
