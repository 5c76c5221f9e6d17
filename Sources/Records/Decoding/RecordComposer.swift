import Yams

/// Turns a record's text into a Yams node tree. JSON goes through the same composer (JSON is
/// YAML). The events are scanned first (`YAMLEventScan`), so a record over the input limits
/// is refused before anything is built. A syntax error becomes one diagnostic at libyaml's
/// position that says what happened and what to write instead; duplicated keys are all
/// reported, each at its repeated occurrence, and reading goes on (see `DuplicateKeys`).
enum RecordComposer {
    static func compose(_ text: String, context: DecodingContext) -> Node? {
        var source = text
        context.sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard YAMLEventScan(context: context, limits: context.limits).scan(text) else { return nil }
        var renames: [DuplicateKeys.Rename] = []
        while true {
            do {
                guard let root = try Yams.compose(yaml: source) else {
                    context.error("(record)", at: SourceLocation(file: context.file, line: 1, column: 1), .emptyRecord)
                    return nil
                }
                DuplicateKeys.report(renames, in: root, context: context)
                return root
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let yamlContext) {
                let key = duplicates.first ?? ""
                guard renames.count < 1000,
                      let rename = DuplicateKeys.rename(key: key, at: yamlContext.mark, in: &source, round: renames.count) else {
                    context.error(key, at: context.location(yamlContext.mark), .duplicatedKey)
                    return nil
                }
                renames.append(rename)
            } catch let error as YamlError {
                report(error, context: context)
                return nil
            } catch {
                context.error("(syntax)", at: SourceLocation(file: context.file, line: 1, column: 1), .yamlCannotReadFile("\(error)"))
                return nil
            }
        }
    }

    /// One `(syntax)` diagnostic for a libyaml error: what happened, in words, and the fix.
    private static func report(_ error: YamlError, context: DecodingContext) {
        switch error {
        case .scanner(let yamlContext, let problem, let mark, _),
             .parser(let yamlContext, let problem, let mark, _),
             .composer(let yamlContext, let problem, let mark, _):
            var detail = problem
            if let yamlContext {
                detail += " (\(yamlContext.text) at line \(yamlContext.mark.line), column \(yamlContext.mark.column))"
            }
            // A word after * or & that is not a valid name fails inside it; the trap is the
            // value's first character.
            let start = yamlContext.flatMap { ["while scanning an alias", "while scanning an anchor"].contains($0.text) ? $0.mark : nil }
            context.error("(syntax)", at: context.location(start ?? mark),
                          SyntaxTraps.explain(problem: problem, detail: detail, at: start ?? mark, context: context))
        case .reader(let problem, let offset, _, let yaml):
            let (line, column) = lineAndColumn(ofCharacter: offset ?? 0, in: yaml)
            let location = SourceLocation(file: context.file, line: line, column: column)
            if problem.contains("control characters"), line <= context.sourceLines.count, column <= context.sourceLines[line - 1].count {
                let character = context.sourceLines[line - 1][column - 1]
                context.error("(syntax)", at: location,
                              .controlCharacter(SafeText.escaped(String(character))))
            } else {
                context.error("(syntax)", at: location, .notText(problem))
            }
        default:
            context.error("(syntax)", at: SourceLocation(file: context.file, line: 1, column: 1),
                          .yamlCannotReadFile("\(error)"))
        }
    }

    /// 1-based line and column (in Unicode scalars) of the character at `offset`.
    static func lineAndColumn(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character.isNewline { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return (line, column)
    }
}
