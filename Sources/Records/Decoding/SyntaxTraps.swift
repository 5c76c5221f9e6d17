import Yams

/// The YAML mistakes a clerk makes, recognised from libyaml's error and the source line, each
/// explained with what to write instead. libyaml's own wording is kept in parentheses only
/// where no trap is recognised.
enum SyntaxTraps {
    static func explain(problem: String, detail: String, at mark: Mark, context: DecodingContext) -> String {
        let lines = context.sourceLines
        let line = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : []
        let quoted = YAMLEventScan.quotedLine(lines, mark.line)
        let fix = quoted.map { "; put the whole text in quotes: \($0)" } ?? "; put the whole text in quotes"
        let character = context.character(at: mark)
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        if character == "\t" || indentation.contains("\t") || problem.contains("tab character") {
            return "a tab is used for indentation; YAML indents with spaces only: replace each tab at the start of the line with spaces"
        }
        if problem.contains("nesting level") {
            return "lists and mappings nested too deep (more than \(context.limits.depth) levels); a record is never this deep, check the brackets and the indentation"
        }
        if detail.contains("while scanning an alias") {
            return "a value starting with * is read as a reference to a repeated value (*name), not as text\(fix)"
        }
        if detail.contains("while scanning an anchor") {
            return "a value starting with & is read as an anchor name (a mark for repeating a value), not as text\(fix)"
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return "\": \" inside a text starts a new field, which YAML does not allow here\(fix)"
        case "found undefined alias":
            return "a value starting with * is read as a reference to a repeated value (*name), not as text\(fix)"
        case "found character that cannot start any token":
            if let character, "%@`".unicodeScalars.contains(character) {
                return "a value cannot start with \(character) in YAML\(fix)"
            }
        case "did not find expected key", "did not find expected '-' indicator", "did not find expected <document start>":
            // Text going on after a closing quote: `"Khẩu hiệu" và …`.
            let before = line.prefix(max(0, mark.column - 1)).reversed().first { $0 != " " }
            if before == "\"" || before == "'" {
                let curly = YAMLEventScan.quotedLine(lines, mark.line, curly: true).map { ": \($0)" } ?? ""
                return "the text goes on after its closing quote, so YAML cannot read the rest; put the whole text in quotes and write the inner quotes as “ ”\(curly)"
            }
        case "found unexpected end of stream":
            if detail.contains("quoted scalar") {
                return "a quote opened here is never closed; close it at the end of the text (or write the inner quotes as “ ”)"
            }
        default:
            break
        }
        if detail.contains("flow sequence") {
            return "YAML cannot read this list [ … ] (\(detail)); close it with ] and put texts with commas, colons or brackets in quotes"
        }
        if detail.contains("flow mapping") {
            return "YAML cannot read this { … } (\(detail)); close it with } and put texts with commas, colons or braces in quotes"
        }
        return "YAML cannot read this line (\(detail)); check its indentation and put texts containing \": \", \" #\" or quotes in quotes"
    }
}
