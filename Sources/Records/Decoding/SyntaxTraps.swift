import Yams

/// The YAML mistakes a clerk makes, recognised from libyaml's error and the source line, each
/// explained with what to write instead. libyaml's own wording is kept in parentheses only
/// where no trap is recognised.
enum SyntaxTraps {
    static func explain(problem: String, detail: String, at mark: Mark, context: DecodingContext) -> Localized {
        let lines = context.sourceLines
        let line = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : []
        let quoted = YAMLEventScan.quotedLine(lines, mark.line)
        let fix = Localized.quoteWholeText(quoted)
        let character = context.character(at: mark)
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        if character == "\t" || indentation.contains("\t") || problem.contains("tab character") {
            return .tabIndentation
        }
        if problem.contains("nesting level") {
            return .nestedTooDeep(context.limits.depth)
        }
        if detail.contains("while scanning an alias") {
            return .startsWithStar(fix)
        }
        if detail.contains("while scanning an anchor") {
            return .startsWithAmpersand(fix)
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return .colonInText(fix)
        case "found undefined alias":
            return .startsWithStar(fix)
        case "found character that cannot start any token":
            if let character, "%@`".unicodeScalars.contains(character) {
                return .cannotStart(with: String(character), fix)
            }
        case "did not find expected key", "did not find expected '-' indicator", "did not find expected <document start>":
            // Text going on after a closing quote: `"Khẩu hiệu" và …`.
            let before = line.prefix(max(0, mark.column - 1)).reversed().first { $0 != " " }
            if before == "\"" || before == "'" {
                let curly = YAMLEventScan.quotedLine(lines, mark.line, curly: true).map { ": \($0)" } ?? ""
                return .textAfterClosingQuote(curly)
            }
        case "found unexpected end of stream":
            if detail.contains("quoted scalar") {
                return .unclosedQuote
            }
        default:
            break
        }
        if detail.contains("flow sequence") {
            return .unreadableFlowList(detail)
        }
        if detail.contains("flow mapping") {
            return .unreadableFlowMapping(detail)
        }
        return .unreadableLine(detail)
    }
}
